/**
 * An amount said as words in another slot's place: "for 50 thousand", "at fifty thousand dollars", "worth about
 * 1.5 million", "80k". Alexa puts such words after an account's name when no sample fits; read back here, they
 * are honoured rather than dropped. Only a whole phrase that is an amount counts: anything else is undefined.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { k: 1e3, grand: 1e3, thousand: 1e3, m: 1e6, mil: 1e6, million: 1e6 };

/** Words before an amount that say nothing else, and the currency words after it. */
const LEAD = /^(?:(?:for|at|worth|about|around|roughly|approximately|of|valued|it's|its|is|it|and)\s+)*/;
const TRAIL = /(?:\s+(?:dollars?|euros?|pounds?|bucks))?$/;

/**
 * The number `words` say ("50", "1.5", "fifty", "a hundred and twenty five", "one point two", "half a"), or
 * undefined. Words that do not make one number the way English says numbers ("two fifty": 250? 2.50? 52?) are
 * undefined too — the skill asks rather than guesses.
 */
function numberOf(words: string[]): number | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+(?:\.\d+)?$/.test(words[0]!.replace(/,/g, ''))) return Number(words[0]!.replace(/,/g, ''));
  if (words.join(' ') === 'half a') return 0.5;
  const point = words.indexOf('point');
  if (point >= 0) {
    // "One point two five": a whole number, then its decimals one digit a word.
    const whole = numberOf(words.slice(0, point));
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
    if (word === 'a' || word === 'an') {
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

export function amountInWords(text: string): number | undefined {
  const phrase = text.toLowerCase().replace(/\$/g, ' ').replace(/[?!,]+$/g, '').replace(/\.$/, '').trim().replace(LEAD, '').replace(TRAIL, '').trim();
  if (!phrase) return undefined;
  const words = phrase.replace(/(\d)(k|m)\b/g, '$1 $2').split(/\s+/);
  // Scales multiply what is before them: "1.5 million", "one point five million", "250 thousand".
  let total = 0;
  let start = 0;
  let saw = false;
  for (let i = 0; i < words.length; i++) {
    const scale = SCALES[words[i]!];
    if (scale === undefined) continue;
    const n = numberOf(words.slice(start, i));
    if (n === undefined) return undefined;
    total += Math.round(n * scale * 100) / 100; // 1.005 × 1,000,000 is 1,004,999.9999999999 in floating point
    start = i + 1;
    saw = true;
  }
  const rest = words.slice(start).filter((w) => w !== 'and');
  if (rest.length > 0) {
    const n = numberOf(rest);
    if (n === undefined) return undefined;
    total += n;
  } else if (!saw) return undefined;
  return total > 0 ? total : undefined;
}

/** Words that make a phrase an amount rather than part of a name ("Studio 54" is a name; "54 thousand" is not). */
const MONEY_WORD = /^(?:for|at|worth|about|around|valued)\b|\b(?:k|grand|thousand|million|mil|dollars?|euros?|pounds?|bucks)$|\d(?:k|m)$/;

/**
 * An amount said at the end of a name's words ("initech fifty thousand dollars", "globex for 50 thousand"):
 * the name before it and the amount, or undefined when the words end in no amount.
 */
export function trailingAmount(spoken: string): { name: string; amount: number } | undefined {
  const tokens = spoken.trim().split(/\s+/);
  for (let at = 1; at < tokens.length; at++) {
    const tail = tokens.slice(at).join(' ');
    if (!MONEY_WORD.test(tail.toLowerCase())) continue;
    const amount = amountInWords(tail);
    if (amount !== undefined) return { name: tokens.slice(0, at).join(' '), amount };
  }
  return undefined;
}
