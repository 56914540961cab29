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
});
