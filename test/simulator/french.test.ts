/**
 * The simulator's NLU in French, against the generated fr-FR model (skill-package/interactionModels/custom/fr-FR.json): French built-in
 * phrases, the ways to invoke a skill in French, French dates (chrono-node's French parser), "10 h 30" and numbers
 * as French recognition writes them ("1,5 million").
 */
import { expect } from 'chai';
import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve, type Resolution } from '../../local/simulator';
import { parseCardinal, parseOrdinal } from '../../local/simulator/nlu/numbers';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaDuration } from '../../local/simulator/nlu/slots/duration';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { keysOf, tokenize } from '../../local/simulator/nlu/text';
import { interactionModelFile } from '../../models/build';
import { NOW, TIME_ZONE, nluState } from './helpers';

const french = loadInteractionModel(interactionModelFile('fr-FR'));
const inFrench = (inSession: boolean) => nluState(inSession, { locale: 'fr-FR' });
/** As the slot filler hands words over: word keys, apostrophes dropped ("l'année" → "lannée"). */
const date = (said: string) => toAlexaDate(keysOf(tokenize(said)), NOW, TIME_ZONE, 'fr-FR');

function intentOf(resolution: Resolution): Intent {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${JSON.stringify(resolution)}`);
  return resolution.intent;
}

describe('simulator NLU in French', () => {
  it('launches on "ouvre assistant commercial" and "lance assistant commercial", and takes a request after "demande à"', () => {
    expect(resolve('ouvre assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(resolve('lance assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(resolve('demande à assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(intentOf(resolve('demande à assistant commercial aide', french, inFrench(false))).name).to.equal('AMAZON.HelpIntent');
    expect(resolve('open assistant commercial', french, inFrench(false))).to.not.deep.equal({ kind: 'launch' });
  });
  it('hears French built-in phrases and the model\'s own, and not the English ones', () => {
    expect(intentOf(resolve('suivant', french, inFrench(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('la suivante s\'il vous plaît', french, inFrench(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('oui', french, inFrench(true))).name).to.equal('AMAZON.YesIntent');
    expect(intentOf(resolve('non merci', french, inFrench(true))).name).to.equal('AMAZON.NoIntent');
    expect(intentOf(resolve('merci c\'est tout', french, inFrench(true))).name).to.equal('AMAZON.StopIntent');
    expect(intentOf(resolve('next', french, inFrench(true))).name).to.equal('AMAZON.FallbackIntent');
  });
  it('ends the session on "quitter" in French, where English says "exit"', () => {
    expect(resolve('quitter', french, inFrench(true))).to.deep.equal({ kind: 'end-session' });
  });
  it('reads French days with chrono-node\'s French parser, and weeks, months and years by their names', () => {
    // NOW is Thursday 2026-11-26.
    expect(date('demain')).to.equal('2026-11-27');
    expect(date('mardi prochain')).to.equal('2026-12-01');
    expect(date('le 15 décembre')).to.equal('2026-12-15');
    expect(date('le 1er décembre')).to.equal('2026-12-01');
    expect(date('la semaine prochaine')).to.equal('2026-W49');
    expect(date('ce mois-ci')).to.equal('2026-11');
    expect(date('l\'année dernière')).to.equal('2025');
    expect(toAlexaDate(['mardi'], NOW, TIME_ZONE, 'en-US')).to.equal(null);
  });
  it('fills a meeting\'s day and time from "mardi prochain à 10 heures", and a request\'s count from digits', () => {
    // NOW is Thursday 2026-11-26.
    const meeting = intentOf(resolve('planifie la réunion commerciale mardi prochain à 10 heures', french, inFrench(true)));
    expect(meeting.name).to.equal('ScheduleMeetingIntent');
    expect(meeting.slots?.date?.value).to.equal('2026-12-01');
    expect(meeting.slots?.time?.value).to.equal('10:00');
    expect(meeting.slots?.subject?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id).to.equal('SALES_MEETING');
    const top = intentOf(resolve('demande à assistant commercial quelles sont mes 3 plus grosses affaires', french, inFrench(false)));
    expect(top.name).to.equal('MyTopOpportunitiesIntent');
    expect(top.slots?.count?.value).to.equal('3');
  });
  it('reads French durations and ordinals', () => {
    expect(toAlexaDuration(keysOf(tokenize('une heure et demie')))).to.equal('PT1H30M');
    expect(toAlexaDuration(keysOf(tokenize('une demi-heure')))).to.equal('PT30M');
    expect(toAlexaDuration(keysOf(tokenize('an hour')))).to.equal('PT1H');
    expect(parseOrdinal(['deuxième'], 'fr-FR')).to.equal(2);
    expect(parseOrdinal(['1re'], 'fr-FR')).to.equal(1);
  });
  it('reads "10 heures", "10 h 30" and "midi" as clock times', () => {
    expect(toAlexaTime(tokenize('10 heures'))).to.equal('10:00');
    expect(toAlexaTime(tokenize('10 h 30'))).to.equal('10:30');
    expect(toAlexaTime(tokenize('14 heures 15'))).to.equal('14:15');
    expect(toAlexaTime(tokenize('midi'))).to.equal('12:00');
  });
  it('reads amounts as French recognition writes them: a decimal comma and French scale words', () => {
    expect(parseCardinal(tokenize('1,5 million'), 'fr-FR')).to.equal(1_500_000);
    expect(parseCardinal(tokenize('2 millions'), 'fr-FR')).to.equal(2_000_000);
    expect(parseCardinal(tokenize('250 mille'), 'fr-FR')).to.equal(250_000);
    expect(parseCardinal(tokenize('1,250'), 'fr-FR')).to.equal(1250);
    // French groups thousands with a space; English reads no such pair as one number.
    expect(parseCardinal(tokenize('80 000'), 'fr-FR')).to.equal(80_000);
    expect(parseCardinal(tokenize('1 250 000'), 'fr-FR')).to.equal(1_250_000);
    expect(parseCardinal(tokenize('80 000'), 'en-US')).to.equal(null);
  });
  it('reads "d\'une semaine" as a week: the elided "de" stays on the article', () => {
    expect(toAlexaDuration(keysOf(tokenize("d'une semaine")))).to.equal('P1W');
    expect(toAlexaDuration(keysOf(tokenize('deux semaines')))).to.equal('P2W');
  });
});

describe('simulator NLU in French: the writes', () => {
  const heard = (said: string) => intentOf(resolve(said, french, inFrench(true)));
  const id = (intent: Intent, slot: string) => intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id;
  it('hears deal updates with the deal spoken of as "la"', () => {
    const push = heard("repoussez-la d'une semaine");
    expect([push.name, push.slots?.shift?.value, push.slots?.deal?.value]).to.deep.equal(['UpdateDealCloseDateIntent', 'P1W', undefined]);
    const stage = heard('passez-la en négociation');
    expect([stage.name, id(stage, 'stage')]).to.deep.equal(['UpdateDealStageIntent', 'Negotiation/Review']);
    const category = heard('mettez-la en commit');
    expect([category.name, id(category, 'category')]).to.deep.equal(['UpdateDealForecastIntent', 'COMMIT']);
    const amount = heard('le montant passe à 80 000');
    expect([amount.name, amount.slots?.amount?.value]).to.deep.equal(['UpdateDealAmountIntent', '80000']);
    expect(heard("on l'a gagnée").name).to.equal('MarkDealWonIntent');
    const lost = heard('on a perdu globex');
    expect([lost.name, lost.slots?.deal?.value]).to.deep.equal(['MarkDealLostIntent', 'globex']);
    const because = heard('on a perdu globex à cause du prix');
    expect([because.name, id(because, 'reason')]).to.deep.equal(['MarkDealLostIntent', 'Price']);
  });
  it('hears calls, notes and the three reminders', () => {
    const call = heard('enregistre un appel avec globex');
    expect([call.name, call.slots?.account?.value]).to.deep.equal(['LogCallIntent', 'globex']);
    expect(heard("ajoute une note sur l'affaire northwind").name).to.equal('AddNoteIntent');
    const reminder = heard("rappelle-moi d'appeler initech lundi");
    expect([reminder.name, reminder.slots?.account?.value]).to.deep.equal(['CallReminderIntent', 'initech']);
    // NOW is Thursday 26 November 2026.
    expect(reminder.slots?.due?.value).to.equal('2026-11-30');
    const them = heard('rappelle-moi de les appeler demain');
    expect([them.name, them.slots?.account?.value, them.slots?.due?.value]).to.deep.equal(['CallReminderIntent', 'les', '2026-11-27']);
    expect(heard('rappelle-moi de relancer globex vendredi').name).to.equal('FollowUpReminderIntent');
    expect(heard("rappelle-moi d'écrire à globex demain").name).to.equal('EmailReminderIntent');
  });
  it('hears a new deal and a case said in one sentence', () => {
    const deal = heard('crée une affaire pour initech de 50 000 dollars clôture le 15 mars');
    expect([deal.name, deal.slots?.account?.value, deal.slots?.amount?.value, deal.slots?.closeDate?.value]).to.deep.equal(['CreateOpportunityIntent', 'initech', '50000', '2027-03-15']);
    const ticket = heard('crée un ticket pour initech concernant une livraison en retard');
    expect([ticket.name, ticket.slots?.account?.value, id(ticket, 'subject')]).to.deep.equal(['CreateCaseIntent', 'initech', 'late delivery']);
    const priority = heard('mettez-le en priorité haute');
    expect([priority.name, id(priority, 'priority')]).to.deep.equal(['CreateCaseIntent', 'High']);
  });
});
