/** The tests' own way of saying amounts (test/support/orgFacts.ts), against examples written out by hand. */
import { expect } from 'chai';
import { dollars, dollarsDe, figure, figureDe } from '../support/orgFacts';

describe("the tests' own spoken amounts", () => {
  const examples: [number, string][] = [
    [0, '0'],
    [1, '1'],
    [850, '850'],
    [999, '999'],
    [1249, '1,200'],
    [12_480, '12,500'],
    [56_500, '56,500'],
    [99_949, '99,900'],
    [100_000, '100 thousand'],
    [340_400, '340 thousand'],
    [440_000, '440 thousand'],
    [999_400, '999 thousand'],
    [999_600, '1 million'],
    [1_000_000, '1 million'],
    [1_234_567, '1.2 million'],
    [1_500_000, '1.5 million'],
    [1_750_000, '1.75 million'],
    [2_050_000, '2.05 million'],
    [2_051_000, '2.1 million'],
    [12_000_000, '12 million'],
    [999_999_999, '1 billion'],
    [1_200_000_000, '1.2 billion'],
    [3_063_790_000, '3.06 billion'],
  ];
  for (const [amount, said] of examples) {
    it(`says ${amount} as "${said}"`, () => expect(figure(amount)).to.equal(said));
  }

  const german: [number, string][] = [
    [0, '0'],
    [850, '850'],
    [1249, '1.200'],
    [8_520, '8.500'],
    [12_480, '12.500'],
    [100_000, '100 Tausend'],
    [745_200, '745 Tausend'],
    [999_600, '1 Million'],
    [1_000_000, '1 Million'],
    [1_234_567, '1,2 Millionen'],
    [1_500_000, '1,5 Millionen'],
    [1_750_000, '1,75 Millionen'],
    [999_999_999, '1 Milliarde'],
    [1_200_000_000, '1,2 Milliarden'],
  ];
  for (const [amount, said] of german) {
    it(`says ${amount} in German as "${said}"`, () => expect(figureDe(amount)).to.equal(said));
  }
  it('names the currency after a German figure, "Dollar" in both numbers', () => {
    expect(dollarsDe(1_500_000)).to.equal('1,5 Millionen Dollar');
    expect(dollarsDe(1)).to.equal('1 Dollar');
  });

  it('names the currency after the figure, singular only for one', () => {
    expect(dollars(1_500_000)).to.equal('1.5 million dollars');
    expect(dollars(56_500)).to.equal('56,500 dollars');
    expect(dollars(1)).to.equal('1 dollar');
    expect(dollars(0)).to.equal('0 dollars');
  });
});
