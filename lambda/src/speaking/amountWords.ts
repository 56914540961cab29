/**
 * An amount said as words in another slot's place: "for 50 thousand", "at fifty thousand dollars", "worth about
 * 1.5 million", "80k", "für 50.000 Euro", "1,5 Millionen". Alexa puts such words after an account's name when no
 * sample fits; read back here, they are honoured rather than dropped. Only a whole phrase that is an amount counts:
 * anything else is undefined.
 */
import { spokenForm } from '../salesforce/nameSearch';
import { heard } from './heard';

/** The word "a" before a scale ("a million") as amount.heard.one gives it, apart from "one" itself. */
const ARTICLE = '\u0001a';

/** A word as the parser below reads it: a scale or "a" in the locale's words, else as said. */
function canonical(word: string, locale: string): string {
  if (heard(locale, 'amount.heard.thousand').test(word)) return 'thousand';
  if (heard(locale, 'amount.heard.million').test(word)) return 'million';
  if (heard(locale, 'amount.heard.one').test(word)) return ARTICLE;
  return word;
}

/** Figures written the locale's way as plain figures: "1.500,5" (de) and "1,500.5" (en) both as "1500.5". */
function figures(text: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = decimal === ',' ? '.' : ',';
  return text.replace(/\d[\d.,\s\u00a0\u202f]*\d/g, (n) => {
    // A group separator stands before exactly three figures; a space or a narrow space is one in every locale.
    const grouped = n.replace(new RegExp(`(\\d)[\\s\u00a0\u202f${group === '.' ? '\\.' : ','}](?=\\d{3}(?!\\d))`, 'g'), '$1');
    return decimal === ',' ? grouped.replace(/,/g, '.') : grouped;
  });
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6 };

/**
 * The number `words` say ("50", "1.5", "fifty", "a hundred and twenty five", "one point two", "half a"), or
 * undefined. Words that do not make one number the way English says numbers ("two fifty": 250? 2.50? 52?) are
 * undefined too — the skill asks rather than guesses.
 */
function numberOf(words: string[], english: boolean): number | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+(?:\.\d+)?$/.test(words[0]!.replace(/,/g, ''))) return Number(words[0]!.replace(/,/g, ''));
  if (words.length === 1 && words[0] === ARTICLE) return 1;
  if (!english) return undefined;
  if (words.join(' ') === `half ${ARTICLE}`) return 0.5;
  const point = words.indexOf('point');
  if (point >= 0) {
    // "One point two five": a whole number, then its decimals one digit a word.
    const whole = numberOf(words.slice(0, point), english);
    const digits = words.slice(point + 1).map((w) => UNITS[w] ?? (/^\d$/.test(w) ? Number(w) : undefined));
    if (whole === undefined || digits.length === 0 || digits.some((d) => d === undefined || d > 9)) return undefined;
    return Number(`${whole}.${digits.join('')}`);
  }
  let current = 0;
  let any = false;
  // Ones and tens fill the last two places once each, in that order: "twenty five", not "five twenty".
  const tensFree = () => current % 100 === 0;
  const onesFree = () => current % 100 === 0 || (current % 100 >= 20 && current % 10 === 0);
  for (const word of words) {
    if (word === 'and') continue;
    if (word === ARTICLE) {
      if (any) return undefined;
      current = 1;
      any = true;
    } else if (UNITS[word] !== undefined) {
      if (!onesFree()) return undefined;
      current += UNITS[word]!;
      any = true;
    } else if (TENS[word] !== undefined) {
      if (!tensFree()) return undefined;
      current += TENS[word]!;
      any = true;
    } else if (/^\d+$/.test(word)) {
      if (!tensFree()) return undefined;
      current += Number(word);
      any = true;
    } else if (word === 'hundred' && any && current < 100) current = (current || 1) * 100;
    else return undefined;
  }
  return any ? current : undefined;
}

/**
 * The amount `text` says in `locale`, or undefined. Figures are read the locale's way (Intl's separators: "1,500.5"
 * in English, "1.500,5" or "1 500" in German); the words around them — leads, currencies, scales, "a" before a
 * scale — are the locale's amount.heard lists. Number words are read in English only: Alexa hands a German amount
 * over as figures ("50000", "1,5 Millionen"), and no maintained npm package reads German number words (words-to-
 * numbers and the NLU's own parser are English; num-words-de goes the other way), so "fünfzigtausend" is undefined
 * and asked about [unconfirmed: that Alexa's German recognition never writes number words].
 */
export function amountInWords(text: string, locale: string): number | undefined {
  let phrase = figures(text.toLowerCase().replace(/\$/g, ' ').replace(/[?!,]+$/g, '').replace(/\.$/, '').trim(), locale);
  // spokenForm as heard() compares words, but keeping a decimal point.
  phrase = phrase.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^\p{L}\p{N}.]+/gu, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim();
  // Any number of leads ("for about"), then the amount, then a currency word.
  for (let lead; (lead = heard(locale, 'amount.heard.lead', 'start').exec(phrase)); ) phrase = phrase.slice(lead[0].length).trim();
  phrase = phrase.replace(heard(locale, 'amount.heard.currency', 'end'), '').trim();
  if (!phrase) return undefined;
  const english = locale.startsWith('en');
  const words = phrase.replace(/(\d)(k|m)\b/g, '$1 $2').split(' ').map((w) => canonical(w, locale));
  // Scales multiply what is before them: "1.5 million", "one point five million", "250 thousand".
  let total = 0;
  let start = 0;
  let saw = false;
  for (let i = 0; i < words.length; i++) {
    const scale = SCALES[words[i]!];
    if (scale === undefined) continue;
    const n = numberOf(words.slice(start, i), english);
    if (n === undefined) return undefined;
    total += Math.round(n * scale * 100) / 100; // 1.005 × 1,000,000 is 1,004,999.9999999999 in floating point
    start = i + 1;
    saw = true;
  }
  const rest = words.slice(start).filter((w) => w !== 'and');
  if (rest.length > 0) {
    const n = numberOf(rest, english);
    if (n === undefined) return undefined;
    total += n;
  } else if (!saw) return undefined;
  return total > 0 ? total : undefined;
}

/** Words that make a phrase an amount rather than part of a name ("Studio 54" is a name; "54 thousand" is not). */
function moneyWords(phrase: string, locale: string): boolean {
  const spoken = spokenForm(phrase);
  return heard(locale, 'amount.heard.lead', 'start').test(spoken) || /\d(?:k|m)$/.test(spoken) ||
    (['amount.heard.thousand', 'amount.heard.million', 'amount.heard.currency'] as const).some((key) => heard(locale, key, 'end').test(spoken));
}

/**
 * An amount said at the end of a name's words ("initech fifty thousand dollars", "globex for 50 thousand"):
 * the name before it and the amount, or undefined when the words end in no amount.
 */
export function trailingAmount(spoken: string, locale: string): { name: string; amount: number } | undefined {
  const tokens = spoken.trim().split(/\s+/);
  for (let at = 1; at < tokens.length; at++) {
    const tail = tokens.slice(at).join(' ');
    if (!moneyWords(tail, locale)) continue;
    const amount = amountInWords(tail, locale);
    if (amount !== undefined) return { name: tokens.slice(0, at).join(' '), amount };
  }
  return undefined;
}
