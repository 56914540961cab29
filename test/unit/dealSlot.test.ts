/** Words a deal slot caught that point at the deal spoken of, rather than name one, in the request's language. */
import { expect } from 'chai';
import { dealNameOf, pointsAtDeal } from '../../lambda/src/deals/dealSlot';

describe('pointsAtDeal', () => {
  it('takes pointing words for the deal spoken of, in English and in Spanish', () => {
    for (const words of ['it', 'that deal', 'this one']) expect(pointsAtDeal(words, 'en-US'), words).to.equal(true);
    for (const words of ['esa', 'Esta oportunidad', 'ese trato', 'el trato', 'ella']) expect(pointsAtDeal(words, 'es-ES'), words).to.equal(true);
  });
  it('takes a name as a name, even one that starts with a pointing word', () => {
    for (const words of ['Globex', 'Initech renewal', 'that globex deal']) expect(pointsAtDeal(words, 'en-US'), words).to.equal(false);
    for (const words of ['esa oportunidad de Globex', 'Este Industries']) expect(pointsAtDeal(words, 'es-ES'), words).to.equal(false);
  });
  it('reads pointing words in the request language only: Spanish "esa" names a deal in English', () => {
    expect(pointsAtDeal('esa', 'en-US')).to.equal(false);
  });
});

describe('dealNameOf', () => {
  it('takes the words said around a deal\'s name off it, in the request\'s language', () => {
    expect(dealNameOf('and the Acme one', 'en-US')).to.equal('Acme');
    expect(dealNameOf('what about the Globex deal', 'en-US')).to.equal('Globex');
    expect(dealNameOf('dem Globex Deal', 'de-DE')).to.equal('Globex');
    expect(dealNameOf('und was ist mit dem Acme Deal', 'de-DE')).to.equal('Acme');
    expect(dealNameOf("l'affaire Globex", 'fr-FR')).to.equal('Globex');
    expect(dealNameOf('le deal Initech', 'fr-FR')).to.equal('Initech');
    expect(dealNameOf('la oportunidad de Globex', 'es-ES')).to.equal('Globex');
    expect(dealNameOf('y el trato Acme', 'es-ES')).to.equal('Acme');
  });
  it('keeps a name said alone, and the words as heard when nothing else is left', () => {
    expect(dealNameOf('Loading Dock Upgrade', 'en-US')).to.equal('Loading Dock Upgrade');
    expect(dealNameOf('the deal', 'en-US')).to.equal('the deal');
    // German articles are not English ones: "die" is a word of an English name.
    expect(dealNameOf('Die Hard Tools', 'en-US')).to.equal('Die Hard Tools');
  });
});
