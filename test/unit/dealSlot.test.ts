/** Words a deal slot caught that point at the deal spoken of, rather than name one, in English and Spanish. */
import { expect } from 'chai';
import { pointsAtDeal } from '../../lambda/src/deals/dealSlot';

describe('pointsAtDeal', () => {
  it('takes pointing words for the deal spoken of, in English and in Spanish', () => {
    for (const words of ['it', 'that deal', 'this one', 'esa', 'Esta oportunidad', 'ese trato', 'el trato', 'ella']) expect(pointsAtDeal(words), words).to.equal(true);
  });
  it('takes a name as a name, even one that starts with a pointing word', () => {
    for (const words of ['Globex', 'Initech renewal', 'esa oportunidad de Globex', 'Este Industries', 'that globex deal']) expect(pointsAtDeal(words), words).to.equal(false);
  });
});
