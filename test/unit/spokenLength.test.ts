import { expect } from 'chai';
import { MAX_TURN_WORDS, cardinalWords, spokenLength, spokenSeconds, spokenWords } from '../support/spokenLength';

describe('spoken length', () => {
  it('writes whole numbers out as English speakers say them', () => {
    expect(cardinalWords(0)).to.deep.equal(['zero']);
    expect(cardinalWords(42)).to.deep.equal(['forty-two']);
    expect(cardinalWords(305)).to.deep.equal(['three', 'hundred', 'five']);
    expect(cardinalWords(1_500_000)).to.deep.equal(['one', 'million', 'five', 'hundred', 'thousand']);
    expect(cardinalWords(2_000_017)).to.deep.equal(['two', 'million', 'seventeen']);
  });

  it('says amounts, decimals, currency signs and percentages', () => {
    expect(spokenWords('1.5 million dollars')).to.deep.equal(['one', 'point', 'five', 'million', 'dollars']);
    expect(spokenWords('340 thousand')).to.deep.equal(['three', 'hundred', 'forty', 'thousand']);
    expect(spokenWords('12,500 dollars')).to.deep.equal(['twelve', 'thousand', 'five', 'hundred', 'dollars']);
    expect(spokenWords('$1,500,000')).to.deep.equal(['one', 'million', 'five', 'hundred', 'thousand', 'dollars']);
    expect(spokenWords('a 40% win rate')).to.deep.equal(['a', 'forty', 'percent', 'win', 'rate']);
  });

  it('says years as years, ordinals as ordinals and clock times as times', () => {
    expect(spokenWords('on January 7th, 2027')).to.deep.equal(['on', 'January', 'seventh', 'twenty', 'twenty-seven']);
    expect(spokenWords('2005 and 1999')).to.deep.equal(['two', 'thousand', 'five', 'and', 'nineteen', 'ninety-nine']);
    expect(spokenWords('1st, 2nd, 3rd, 12th, 21st, 40th')).to.deep.equal(['first', 'second', 'third', 'twelfth', 'twenty-first', 'fortieth']);
    expect(spokenWords('at 10:00 or 10:30 or 9:05')).to.deep.equal(['at', 'ten', 'or', 'ten', 'thirty', 'or', 'nine', 'oh', 'five']);
  });

  it('drops tags and punctuation, decodes entities and reads say-as digits one by one', () => {
    const ssml = '<speak>Done. Case <say-as interpret-as="digits">00001026</say-as> is open for Smith &amp; Sons: &lt;Beta&gt; Labs’s order, Proposal/Price Quote.</speak>';
    expect(spokenWords(ssml)).to.deep.equal([
      'Done', 'Case', 'zero', 'zero', 'zero', 'zero', 'one', 'zero', 'two', 'six', 'is', 'open', 'for', 'Smith', 'and', 'Sons',
      'Beta', 'Labs’s', 'order', 'Proposal', 'Price', 'Quote',
    ]);
    expect(spokenWords('<speak>Wait<break time="1s"/>now – then</speak>')).to.deep.equal(['Wait', 'now', 'then']);
  });

  it('times speech at 150 words a minute: 25 seconds is 62.5 words', () => {
    expect(MAX_TURN_WORDS).to.equal(62.5);
    expect(spokenSeconds(150)).to.equal(60);
    expect(spokenLength('<speak>Okay. What else would you like to know?</speak>')).to.deep.equal({ words: 8, seconds: 3.2 });
  });
});
