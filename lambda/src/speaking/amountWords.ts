/**
 * An amount said as words in another slot's place: "for 50 thousand", "at fifty thousand dollars", "worth about
 * 1.5 million", "80k", "für 50.000 Euro", "1,5 Millionen", "fünfzigtausend". Alexa puts such words after an account's
 * name when no sample fits; read back here, they are honoured rather than dropped. Only a whole phrase that is an
 * amount counts: anything else is undefined.
 *
 * Figures are read the locale's way (Intl's separators: "1,500.5" in English, "1.500,5" or "1 500" in German). Every
 * word — leads, currencies, scales, and the number words themselves — is the locale's `amount.heard` lists
 * (speaking/words.<locale>.ts). The number words are read here rather than by a package: no maintained npm package
 * reads German number words (words-to-numbers is English only and misreads scales, see local/simulator/nlu/numbers.ts;
 * num-words-de goes the other way, number to words), and one small reader over each language's lists serves English's
 * "twenty five" and German's "fünfundzwanzig" alike. Alexa itself mostly hands German amounts over as figures
 * [unconfirmed: how often its German recognition writes number words in a free-text slot].
 */
import { heard, heardWords } from './heard';

/** A word as the reader takes it: a number word's value, one of the words around numbers, or a figure as said. */
type Token =
  | { unit: number } // 0–19 (0–29 in Spanish)
  | { tens: number } // 20–90
  | { scale: number } // thousand, million
  | { word: 'hundred' | 'and' | 'point' | 'half' | 'a' }
  | { figure: string };

interface NumberWords {
  /** Every number word of the locale, longest first, with its token: also the parts of a compound ("fünfzigtausend"). */
  parts: [string, Token][];
}

const byLocale = new Map<string, NumberWords>();

function numberWords(locale: string): NumberWords {
  let words = byLocale.get(locale);
  if (!words) {
    const list = (key: Parameters<typeof heardWords>[1], token: (i: number) => Token) => heardWords(locale, key).map((w, i) => [w, token(i)] as [string, Token]);
    const parts = [
      ...list('amount.heard.units', (i) => ({ unit: i })),
      ...list('amount.heard.tens', (i) => ({ tens: (i + 2) * 10 })),
      ...list('amount.heard.thousand', () => ({ scale: 1e3 })),
      ...list('amount.heard.million', () => ({ scale: 1e6 })),
      ...list('amount.heard.hundred', () => ({ word: 'hundred' })),
      ...list('amount.heard.and', () => ({ word: 'and' })),
      ...list('amount.heard.point', () => ({ word: 'point' })),
      ...list('amount.heard.half', () => ({ word: 'half' })),
      ...list('amount.heard.one', () => ({ word: 'a' })),
    ].sort((a, b) => b[0].length - a[0].length);
    words = { parts };
    byLocale.set(locale, words);
  }
  return words;
}

/**
 * A word as tokens: a figure, a number word, or a compound of them split longest part first ("fünfundzwanzig":
 * fünf, und, zwanzig; "zweihundertfünfzigtausend": zwei, hundert, fünfzig, tausend); undefined for any other word.
 */
function tokensOf(word: string, locale: string): Token[] | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return [{ figure: word }];
  const { parts } = numberWords(locale);
  const whole = parts.find(([w]) => w === word);
  if (whole) return [whole[1]];
  const tokens: Token[] = [];
  for (let at = 0; at < word.length; ) {
    // Inside a compound only parts of three letters or more: "am" is no "a m(illion)", "kilo" no "k…".
    const part = parts.find(([w]) => w.length >= 3 && word.startsWith(w, at));
    if (!part) return undefined;
    tokens.push(part[1]);
    at += part[0].length;
  }
  return tokens;
}

const isWord = (t: Token | undefined, word: string) => !!t && 'word' in t && t.word === word;

/**
 * The number tokens say below a scale ("50", "1.5", "fifty", "a hundred and twenty five", "fünfundzwanzig", "one
 * point two", "half a", "eine halbe"), or undefined. Ones and tens fill the last two places once each, tens first
 * ("twenty five") or ones first joined by "and" ("fünf und zwanzig"); words that make no one number ("two fifty":
 * 250? 2.50? 52?) are undefined — the skill asks rather than guesses.
 */
function numberOf(tokens: Token[]): number | undefined {
  if (tokens.length === 0) return undefined;
  const [first] = tokens;
  if (tokens.length === 1 && first && 'figure' in first) return Number(first.figure);
  // "Half a million", "eine halbe Million", "un demi-million" (French "un" is the number and the article), "medio millón".
  const one = (t: Token) => isWord(t, 'a') || ('unit' in t && t.unit === 1);
  if (tokens.length <= 2 && tokens.filter((t) => isWord(t, 'half')).length === 1 && tokens.every((t) => isWord(t, 'half') || one(t))) return 0.5;
  const point = tokens.findIndex((t) => isWord(t, 'point'));
  if (point >= 0) {
    // "One point two five": a whole number, then its decimals one digit a word.
    const whole = numberOf(tokens.slice(0, point));
    const digits = tokens.slice(point + 1).map((t) => ('unit' in t ? t.unit : 'figure' in t && /^\d$/.test(t.figure) ? Number(t.figure) : undefined));
    if (whole === undefined || digits.length === 0 || digits.some((d) => d === undefined || d > 9)) return undefined;
    return Number(`${whole}.${digits.join('')}`);
  }
  let current = 0;
  let any = false;
  const tensFree = () => current % 100 === 0;
  const onesFree = () => current % 100 === 0 || (current % 100 >= 20 && current % 10 === 0);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const afterAnd = isWord(tokens[i - 1], 'and');
    if ('word' in token && token.word === 'and') continue;
    if ('word' in token && token.word === 'a') {
      if (any) return undefined;
      current = 1;
      any = true;
    } else if ('unit' in token) {
      if (!onesFree()) return undefined;
      current += token.unit;
      any = true;
    } else if ('tens' in token) {
      // "Fünfundzwanzig": the ones said first, the tens after "und".
      const onesFirst = afterAnd && current % 100 > 0 && current % 100 < 10;
      if (!tensFree() && !onesFirst) return undefined;
      current += token.tens;
      any = true;
    } else if ('figure' in token && /^\d+$/.test(token.figure)) {
      if (!tensFree()) return undefined;
      current += Number(token.figure);
      any = true;
    } else if ('word' in token && token.word === 'hundred' && current < 100) {
      // "Hundert Tausend", "hunderteins": German says a hundred without "one".
      current = (current || 1) * 100;
      any = true;
    } else return undefined;
  }
  return any ? current : undefined;
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

/** The words of `text` as heard() compares them (spokenForm), but keeping a decimal point between figures. */
function wordsOf(text: string, locale: string): string {
  const phrase = figures(text.toLowerCase().replace(/\$/g, ' ').replace(/[?!,]+$/g, '').replace(/\.$/, '').trim(), locale);
  return phrase.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^\p{L}\p{N}.]+/gu, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The amount `text` says in `locale`, or undefined. */
export function amountInWords(text: string, locale: string): number | undefined {
  let phrase = wordsOf(text, locale);
  // Any number of leads ("for about"), then the amount, then a currency word.
  for (let lead; (lead = heard(locale, 'amount.heard.lead', 'start').exec(phrase)); ) phrase = phrase.slice(lead[0].length).trim();
  phrase = phrase.replace(heard(locale, 'amount.heard.currency', 'end'), '').trim();
  if (!phrase) return undefined;
  const tokens: Token[] = [];
  for (const word of phrase.replace(/(\d)(k|m)\b/g, '$1 $2').split(' ')) {
    const own = tokensOf(word, locale);
    if (!own) return undefined;
    tokens.push(...own);
  }
  // Scales multiply what is before them: "1.5 million", "one point five million", "250 thousand".
  let total = 0;
  let start = 0;
  let saw = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!('scale' in token)) continue;
    const n = numberOf(tokens.slice(start, i));
    if (n === undefined) return undefined;
    total += Math.round(n * token.scale * 100) / 100; // 1.005 × 1,000,000 is 1,004,999.9999999999 in floating point
    start = i + 1;
    saw = true;
  }
  const rest = tokens.slice(start).filter((t) => !isWord(t, 'and'));
  if (rest.length > 0) {
    const n = numberOf(rest);
    if (n === undefined) return undefined;
    total += n;
  } else if (!saw) return undefined;
  return total > 0 ? total : undefined;
}

/** Words that make a phrase an amount rather than part of a name ("Studio 54" is a name; "54 thousand" is not). */
function moneyWords(phrase: string, locale: string): boolean {
  const spoken = wordsOf(phrase, locale);
  const last = spoken.split(' ').pop() ?? '';
  const endsInScale = tokensOf(last, locale)?.at(-1);
  return heard(locale, 'amount.heard.lead', 'start').test(spoken) || /\d(?:k|m)$/.test(spoken) ||
    heard(locale, 'amount.heard.currency', 'end').test(spoken) || (!!endsInScale && 'scale' in endsInScale);
}

/**
 * An amount said at the end of a name's words ("initech fifty thousand dollars", "globex for 50 thousand",
 * "initech fünfzigtausend"): the name before it and the amount, or undefined when the words end in no amount.
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
