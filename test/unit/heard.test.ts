/**
 * speaking/heard.ts: the words the skill understands in a slot's raw value, per language, from the words files'
 * `heard` lists — German beside English, an English variant through its source, the list's place in the words.
 */
import { expect } from 'chai';
import { heard, heardWords, withoutHeard } from '../../lambda/src/speaking/heard';
import { pointsAtDeal } from '../../lambda/src/deals/dealSlot';
import { priorityInSubject } from '../../lambda/src/conversations/case/handler';

describe('words the skill understands, per language (speaking/heard.ts)', () => {
  it('reads "this one" in English and "den hier" in German as the deal spoken of, and a name as a name', () => {
    expect(pointsAtDeal('this one', 'en-US')).to.equal(true);
    expect(pointsAtDeal('That deal.', 'en-US')).to.equal(true);
    expect(pointsAtDeal('den hier', 'de-DE')).to.equal(true);
    expect(pointsAtDeal('Diesen Deal', 'de-DE')).to.equal(true);
    expect(pointsAtDeal('den hier', 'en-US')).to.equal(false);
    expect(pointsAtDeal('this one', 'de-DE')).to.equal(false);
    expect(pointsAtDeal('globex', 'de-DE')).to.equal(false);
  });

  it('gives an English variant its source\'s words, and another country of German the German ones', () => {
    expect(heardWords('en-GB', 'deal.heard.pointing')).to.deep.equal(heardWords('en-US', 'deal.heard.pointing'));
    expect(pointsAtDeal('den hier', 'de-AT')).to.equal(true);
  });

  it('compares without accents or case, as whole words, at the place asked', () => {
    const field = heard('de-DE', 'updateDeal.heard.nextStepField', 'start');
    expect(field.test('den nachsten schritt auf angebot')).to.equal(true); // "nächsten" in spokenForm
    expect(field.test('den nachsten schrittweise')).to.equal(false);
    expect(heard('de-DE', 'updateDeal.heard.dealNoun', 'end').exec('der globex deal')?.[1]).to.equal('deal');
    expect(heard('en-US', 'updateDeal.heard.dealNoun', 'end').test('the globex dealer')).to.equal(false);
  });

  it('takes the priority said at a subject\'s end out of it, in each language\'s words', () => {
    expect(priorityInSubject('late delivery, with high priority', 'en-US')).to.deep.equal({ subject: 'late delivery', priority: 'High' });
    expect(priorityInSubject('login problem, urgent', 'en-US')).to.deep.equal({ subject: 'login problem', priority: 'High' });
    expect(priorityInSubject('Scanner defekt, mit niedriger Priorität', 'de-DE')).to.deep.equal({ subject: 'Scanner defekt', priority: 'Low' });
    expect(priorityInSubject('Lieferung fehlt, dringend', 'de-DE')).to.deep.equal({ subject: 'Lieferung fehlt', priority: 'High' });
    // "it's" is one word said and two in spokenForm: only it goes, not the word before it.
    expect(priorityInSubject("scanner won't sync, it's high priority", 'en-US')).to.deep.equal({ subject: "scanner won't sync", priority: 'High' });
    // A German priority in English words is no priority: the subject stays as said.
    expect(priorityInSubject('Lieferung fehlt, dringend', 'en-US')).to.deep.equal({ subject: 'Lieferung fehlt, dringend' });
  });

  it('takes a list\'s words off the start or the end of words as said, keeping their spelling', () => {
    expect(withoutHeard('Is to send the Quote', 'en-US', 'updateDeal.heard.nextStepLead')).to.equal('to send the Quote');
    expect(withoutHeard('ein, sie wollen ein neues Angebot', 'de-DE', 'logActivity.heard.afterName')).to.equal('sie wollen ein neues Angebot');
    expect(withoutHeard('Einen Drucker', 'de-DE', 'case.heard.article')).to.equal('Drucker');
    expect(withoutHeard('late delivery, with a', 'en-US', 'case.heard.priorityLead', 'end')).to.equal('late delivery,');
    expect(withoutHeard('Globex Corporation', 'de-DE', 'case.heard.article')).to.equal('Globex Corporation');
  });

  it('takes a French priority said after the word priorité ("priorité haute"), with its lead, or alone', () => {
    expect(priorityInSubject('scanner en panne, priorité haute', 'fr-FR')).to.deep.equal({ subject: 'scanner en panne', priority: 'High' });
    expect(priorityInSubject('facture erronée avec une priorité basse', 'fr-FR')).to.deep.equal({ subject: 'facture erronée', priority: 'Low' });
    expect(priorityInSubject('écran noir, urgent', 'fr-FR')).to.deep.equal({ subject: 'écran noir', priority: 'High' });
    // "Priorité" alone at the end names no priority: the subject stays as said.
    expect(priorityInSubject('changer la priorité', 'fr-FR')).to.deep.equal({ subject: 'changer la priorité' });
  });
});
