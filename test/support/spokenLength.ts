/**
 * How long a turn takes to hear: the words Alexa speaks for an SSML response, numbers as they are said
 * ("1.5 million" is "one point five million", "2027" is "twenty twenty-seven", a case number read digit by
 * digit), and the seconds that takes at a talking pace of 150 words a minute.
 *
 * Written here rather than taken from npm: the only number-words package installed is words-to-numbers,
 * which goes the other way, and counting needs just the English cardinal rules below. Hyphenated number words
 * ("twenty-seven") count as one word, as they do in the words-per-minute figures this pace comes from.
 */
import type { Turn } from '../../local/simulator';
import { stripSsml } from '../../local/simulator/speech';

export const WORDS_PER_MINUTE = 150;
/** The design's ceiling for one turn (design.md, voice UX rules). */
export const MAX_TURN_SECONDS = 25;
export const MAX_TURN_WORDS = (MAX_TURN_SECONDS * WORDS_PER_MINUTE) / 60;

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion'];
const CURRENCY_SIGNS: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' };

/** 0..99: "seven", "forty-two". */
function underHundred(n: number): string[] {
  if (n < 20) return [ONES[n]!];
  return [TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : '')];
}

/** 0..999, nothing for 0: "three hundred forty". */
function underThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [...(hundreds ? [ONES[hundreds]!, 'hundred'] : []), ...(rest ? underHundred(rest) : [])];
}

/** A whole number in words: 1500000 → "one million five hundred thousand". */
export function cardinalWords(n: number): string[] {
  if (n === 0) return ['zero'];
  const words: string[] = [];
  for (let scale = 0; n > 0; scale++, n = Math.floor(n / 1000)) {
    const group = n % 1000;
    if (group) words.unshift(...underThousand(group), ...(SCALES[scale] ? [SCALES[scale]!] : []));
  }
  return words;
}

/** A year as English speakers say it: 2027 → "twenty twenty-seven", 2005 → "two thousand five", 1999 → "nineteen ninety-nine". */
function yearWords(year: number): string[] {
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (year % 1000 < 10) return cardinalWords(year);
  if (rest === 0) return [...underHundred(century), 'hundred'];
  return [...underHundred(century), ...(rest < 10 ? ['oh', ONES[rest]!] : underHundred(rest))];
}

const IRREGULAR_ORDINALS: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** "twenty-one" → "twenty-first", "forty" → "fortieth": the last word of a cardinal made ordinal. */
function ordinalWords(cardinal: string[]): string[] {
  const last = cardinal.at(-1)!;
  const [head, tail] = last.includes('-') ? [`${last.slice(0, last.lastIndexOf('-') + 1)}`, last.slice(last.lastIndexOf('-') + 1)] : ['', last];
  const ordinal = IRREGULAR_ORDINALS[tail] ?? (tail.endsWith('y') ? `${tail.slice(0, -1)}ieth` : `${tail}th`);
  return [...cardinal.slice(0, -1), head + ordinal];
}

/** Digits one by one: a case number, or a number written with a leading zero. */
function digitWords(digits: string): string[] {
  return [...digits].map((d) => ONES[Number(d)]!);
}

/**
 * The words one written token stands for. Amounts come as Intl writes them ("12,500", "1.5"), ordinals as
 * "7th", clock times as "10:30"; a four-digit number without a comma is a year, since Intl groups amounts.
 */
function tokenWords(token: string): string[] {
  const sign = CURRENCY_SIGNS[token[0]!];
  const rest = sign ? token.slice(1) : token;
  const match = /^(\d[\d,]*)(?:\.(\d+))?(st|nd|rd|th|%)?$/i.exec(rest);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(rest);
  if (clock) {
    const minutes = Number(clock[2]);
    return [...cardinalWords(Number(clock[1])), ...(minutes === 0 ? [] : minutes < 10 ? ['oh', ONES[minutes]!] : underHundred(minutes))];
  }
  if (!match) return /[\p{L}\p{N}]/u.test(token) ? [token] : [];
  const [, whole, fraction, suffix] = match;
  const digits = whole!.replace(/,/g, '');
  let words: string[];
  if (digits.length > 1 && digits.startsWith('0')) words = digitWords(digits);
  else if (!whole!.includes(',') && !fraction && !suffix && digits.length === 4 && Number(digits) >= 1100) words = yearWords(Number(digits));
  else words = cardinalWords(Number(digits));
  if (fraction) words = [...words, 'point', ...digitWords(fraction)];
  if (suffix === '%') words = [...words, 'percent'];
  else if (suffix) words = ordinalWords(words);
  return sign ? [...words, sign] : words;
}

/** Digits Alexa reads one by one (`<say-as interpret-as="digits">`), spaced so each counts as a word. */
function spellDigits(ssml: string): string {
  return ssml.replace(/<say-as\s+interpret-as="(?:digits|telephone|characters|spell-out)"\s*>([^<]*)<\/say-as>/g, (_whole, text: string) =>
    [...text.replace(/\s+/g, '')].join(' '),
  );
}

/** The words Alexa speaks for SSML (with or without `<speak>`), numbers written out as said. */
export function spokenWords(ssml: string): string[] {
  // "&" is said "and"; "Proposal/Price Quote" is said as two words where the slash is.
  const text = stripSsml(spellDigits(ssml)).replace(/&/g, ' and ').replace(/\//g, ' ');
  return text
    .split(/\s+/)
    // Punctuation around a token is not spoken; an apostrophe inside one ("team’s") is part of it.
    .map((token) => token.replace(/^[^\p{L}\p{N}$€£¥]+|[^\p{L}\p{N}%]+$/gu, ''))
    .flatMap((token) => (token ? tokenWords(token) : []));
}

/** Seconds to say `words` words at the talking pace. */
export function spokenSeconds(words: number): number {
  return (words / WORDS_PER_MINUTE) * 60;
}

export interface SpokenLength {
  words: number;
  seconds: number;
}

export function spokenLength(ssml: string): SpokenLength {
  const words = spokenWords(ssml).length;
  return { words, seconds: spokenSeconds(words) };
}

/** "63 words, 25.2 s at 150 words a minute". */
export function describeLength({ words, seconds }: SpokenLength): string {
  return `${words} words, ${seconds.toFixed(1)} s at ${WORDS_PER_MINUTE} words a minute`;
}

/**
 * What Alexa says in `turns`, each part as SSML: a skill response's speech and its reprompt, a dialog prompt,
 * a progressive "one moment". Cards and the simulator's own notes are not spoken.
 */
export function spokenParts(turns: readonly Turn[]): { what: string; ssml: string }[] {
  return turns.flatMap((turn) => {
    if (turn.speaker !== 'alexa' || !turn.text || turn.text.startsWith('[')) return [];
    const response = turn.response?.response;
    if (!response) return [{ what: 'prompt', ssml: turn.text }];
    const ssmlOf = (speech: typeof response.outputSpeech) => (speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? ''));
    const reprompt = response.reprompt ? [{ what: 'reprompt', ssml: ssmlOf(response.reprompt.outputSpeech) }] : [];
    return [{ what: 'speech', ssml: ssmlOf(response.outputSpeech) }, ...reprompt];
  });
}
