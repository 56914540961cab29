/** Words a deal slot caught that point at the deal spoken of, rather than name one, in the request's language. */
import { expect } from 'chai';
import { pointsAtDeal } from '../../lambda/src/deals/dealSlot';

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
