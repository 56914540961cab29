import { expect } from 'chai';
import { expandPhrase, staleFiles } from '../../models/build';

describe('voice model build', () => {
  it('expands alternatives, with an empty one making a group optional', () => {
    expect(expandPhrase('(what are|) my top {count} (deals|opportunities)')).to.deep.equal([
      'what are my top {count} deals',
      'what are my top {count} opportunities',
      'my top {count} deals',
      'my top {count} opportunities',
    ]);
  });
  it('has written the generated files from the current models (run npm run build:models if this fails)', () => {
    expect(staleFiles()).to.deep.equal([]);
  });
});
