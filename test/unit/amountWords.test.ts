import { expect } from 'chai';
import { amountInWords, trailingAmount } from '../../lambda/src/speaking/amountWords';

describe('amounts said as words in another slot', () => {
  it('reads digits, number words, scales and the words around them', () => {
    expect(amountInWords('for 50 thousand', 'en-US')).to.equal(50_000);
    expect(amountInWords('at fifty five thousand dollars', 'en-US')).to.equal(55_000);
    expect(amountInWords('worth about 1.5 million', 'en-US')).to.equal(1_500_000);
    expect(amountInWords('80k', 'en-US')).to.equal(80_000);
    expect(amountInWords('a hundred and twenty thousand bucks', 'en-US')).to.equal(120_000);
    expect(amountInWords('next tuesday', 'en-US')).to.equal(undefined);
  });

  it('splits an amount off the end of a name, but not a number that is part of it', () => {
    expect(trailingAmount('globex corporation fifty thousand dollars', 'en-US')).to.deep.equal({ name: 'globex corporation', amount: 50_000 });
    expect(trailingAmount('initech for 75 thousand', 'en-US')).to.deep.equal({ name: 'initech', amount: 75_000 });
    expect(trailingAmount('studio 54', 'en-US')).to.equal(undefined);
    expect(trailingAmount('initech', 'en-US')).to.equal(undefined);
    // A word made of letters that are scales and articles is no amount: "am" is not "a m(illion)".
    expect(trailingAmount('acme am', 'en-US')).to.equal(undefined);
  });
  it('reads "one point two million" and refuses words that make no one number ("two fifty", "five twenty")', () => {
    expect(amountInWords('one point two million', 'en-US')).to.equal(1_200_000);
    expect(amountInWords('two point five', 'en-US')).to.equal(2.5);
    expect(amountInWords('1.005 million', 'en-US')).to.equal(1_005_000);
    expect(amountInWords('twelve hundred and forty nine dollars', 'en-US')).to.equal(1249);
    expect(amountInWords('one hundred five', 'en-US')).to.equal(105);
    expect(amountInWords('two fifty', 'en-US')).to.equal(undefined);
    expect(amountInWords('five twenty thousand', 'en-US')).to.equal(undefined);
    expect(amountInWords('twenty twenty five', 'en-US')).to.equal(undefined);
    expect(amountInWords('one point', 'en-US')).to.equal(undefined);
  });
  it('reads German figures and words the German way (the de-DE amount.heard lists, Intl\'s separators)', () => {
    expect(amountInWords('50.000', 'de-DE')).to.equal(50_000);
    expect(amountInWords('50 000 Euro', 'de-DE')).to.equal(50_000);
    expect(amountInWords('1,5 Millionen', 'de-DE')).to.equal(1_500_000);
    expect(amountInWords('für 75 Tausend Dollar', 'de-DE')).to.equal(75_000);
    expect(amountInWords('im Wert von eine Million', 'de-DE')).to.equal(1_000_000);
    // German number words, apart and as one compound, ones before tens.
    expect(amountInWords('fünfzig Tausend', 'de-DE')).to.equal(50_000);
    expect(amountInWords('fünfzigtausend Euro', 'de-DE')).to.equal(50_000);
    expect(amountInWords('zweihundertfünfundzwanzigtausend', 'de-DE')).to.equal(225_000);
    expect(amountInWords('eine halbe Million', 'de-DE')).to.equal(500_000);
    expect(amountInWords('zwei Komma fünf Millionen', 'de-DE')).to.equal(2_500_000);
    expect(amountInWords('hunderttausend', 'de-DE')).to.equal(100_000);
    expect(amountInWords('fünfzwanzig', 'de-DE')).to.equal(undefined); // ones before tens only with "und"
    expect(amountInWords('nächsten Dienstag', 'de-DE')).to.equal(undefined);
    expect(trailingAmount('initech fünfzigtausend dollar', 'de-DE')).to.deep.equal({ name: 'initech', amount: 50_000 });
    // English words are no German amount, and a German decimal comma is no English group separator.
    expect(amountInWords('fifty thousand', 'de-DE')).to.equal(undefined);
    expect(amountInWords('1,5 million', 'en-US')).to.equal(undefined);
    expect(trailingAmount('globex für 50.000 euro', 'de-DE')).to.deep.equal({ name: 'globex', amount: 50_000 });
  });

  it('reads French figures and words the French way (the fr-FR amount.heard lists, a space between thousands)', () => {
    expect(amountInWords('80 000', 'fr-FR')).to.equal(80_000);
    expect(amountInWords('80\u202f000 euros', 'fr-FR')).to.equal(80_000);
    expect(amountInWords('1,5 million', 'fr-FR')).to.equal(1_500_000);
    expect(amountInWords("d'environ 75 mille dollars", 'fr-FR')).to.equal(75_000);
    expect(amountInWords('pour un million', 'fr-FR')).to.equal(1_000_000);
    expect(amountInWords('fifty thousand', 'fr-FR')).to.equal(undefined);
    expect(trailingAmount('initech pour 50 000 dollars', 'fr-FR')).to.deep.equal({ name: 'initech', amount: 50_000 });
  });

  it('reads Spanish figures and words the Spanish way (the es-ES amount.heard lists, Intl\'s separators)', () => {
    expect(amountInWords('50.000', 'es-ES')).to.equal(50_000);
    expect(amountInWords('250 mil dólares', 'es-ES')).to.equal(250_000);
    expect(amountInWords('1,5 millones de dólares', 'es-ES')).to.equal(1_500_000);
    expect(amountInWords('por valor de un millón', 'es-ES')).to.equal(1_000_000);
    // "mil" is a thousand in Spanish, a million in English slang.
    expect(amountInWords('5 mil', 'en-US')).to.equal(5_000_000);
    expect(trailingAmount('globex por 50.000 euros', 'es-ES')).to.deep.equal({ name: 'globex', amount: 50_000 });
    expect(amountInWords('treinta y cinco mil', 'es-ES')).to.equal(35_000);
    expect(amountInWords('cien mil dólares', 'es-ES')).to.equal(100_000);
  });

  it('reads French number words by the fr-FR lists: "vingt et un", "soixante-dix"; "quatre-vingts" is asked, not guessed', () => {
    expect(amountInWords('cinquante mille', 'fr-FR')).to.equal(50_000);
    expect(amountInWords('vingt et un mille', 'fr-FR')).to.equal(21_000);
    expect(amountInWords('soixante-dix mille dollars', 'fr-FR')).to.equal(70_000);
    expect(amountInWords('quatre-vingts mille', 'fr-FR')).to.equal(undefined);
  });

  it('reads half a million in each language: "half a", "eine halbe", "un demi-" (French "un" is the number one too), "medio"', () => {
    expect(amountInWords('half a million', 'en-US')).to.equal(500_000);
    expect(amountInWords('eine halbe Million', 'de-DE')).to.equal(500_000);
    expect(amountInWords('un demi-million', 'fr-FR')).to.equal(500_000);
    expect(amountInWords('medio millón', 'es-ES')).to.equal(500_000);
    expect(amountInWords('half half a million', 'en-US')).to.equal(undefined);
  });
});
