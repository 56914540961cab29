import { expect } from 'chai';
import { amountInWords, trailingAmount } from '../../lambda/src/speaking/amountWords';

describe('amounts said as words in another slot', () => {
  it('reads digits, number words, scales and the words around them', () => {
    expect(amountInWords('for 50 thousand')).to.equal(50_000);
    expect(amountInWords('at fifty five thousand dollars')).to.equal(55_000);
    expect(amountInWords('worth about 1.5 million')).to.equal(1_500_000);
    expect(amountInWords('80k')).to.equal(80_000);
    expect(amountInWords('a hundred and twenty thousand bucks')).to.equal(120_000);
    expect(amountInWords('next tuesday')).to.equal(undefined);
  });

  it('splits an amount off the end of a name, but not a number that is part of it', () => {
    expect(trailingAmount('globex corporation fifty thousand dollars')).to.deep.equal({ name: 'globex corporation', amount: 50_000 });
    expect(trailingAmount('initech for 75 thousand')).to.deep.equal({ name: 'initech', amount: 75_000 });
    expect(trailingAmount('studio 54')).to.equal(undefined);
    expect(trailingAmount('initech')).to.equal(undefined);
  });
  it('reads "one point two million" and refuses words that make no one number ("two fifty", "five twenty")', () => {
    expect(amountInWords('one point two million')).to.equal(1_200_000);
    expect(amountInWords('two point five')).to.equal(2.5);
    expect(amountInWords('1.005 million')).to.equal(1_005_000);
    expect(amountInWords('twelve hundred and forty nine dollars')).to.equal(1249);
    expect(amountInWords('one hundred five')).to.equal(105);
    expect(amountInWords('two fifty')).to.equal(undefined);
    expect(amountInWords('five twenty thousand')).to.equal(undefined);
    expect(amountInWords('twenty twenty five')).to.equal(undefined);
    expect(amountInWords('one point')).to.equal(undefined);
  });
});
