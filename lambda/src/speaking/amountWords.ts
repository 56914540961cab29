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

/** The number `words` say ("50", "1.5", "fifty", "a hundred and twenty five", "half a"), or undefined. */
function numberOf(words: string[]): number | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+(?:\.\d+)?$/.test(words[0]!.replace(/,/g, ''))) return Number(words[0]!.replace(/,/g, ''));
  if (words.join(' ') === 'half a') return 0.5;
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') {
      if (any) return undefined;
      current = 1;
      any = true;
    } else if (UNITS[word] !== undefined) (current += UNITS[word]!), (any = true);
    else if (TENS[word] !== undefined) (current += TENS[word]!), (any = true);
    else if (/^\d+$/.test(word)) (current += Number(word)), (any = true);
    else if (word === 'hundred' && any) current = (current || 1) * 100;
    else return undefined;
  }
  total += current;
  return any ? total : undefined;
}

export function amountInWords(text: string): number | undefined {
  const phrase = text.toLowerCase().replace(/\$/g, ' ').replace(/[?!,]+$/g, '').replace(/\.$/, '').trim().replace(LEAD, '').replace(TRAIL, '').trim();
  if (!phrase) return undefined;
  const words = phrase.replace(/(\d)(k|m)\b/g, '$1 $2').split(/\s+/);
  // Scales multiply what is before them: "one point five million" is not read; "1.5 million", "250 thousand" are.
  let total = 0;
  let start = 0;
  let saw = false;
  for (let i = 0; i < words.length; i++) {
    const scale = SCALES[words[i]!];
    if (scale === undefined) continue;
    const n = numberOf(words.slice(start, i));
    if (n === undefined) return undefined;
    total += n * scale;
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
