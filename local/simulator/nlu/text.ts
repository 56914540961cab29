/**
 * Turns typed text into the lower-case words Alexa's speech recognition would hand the NLU.
 * Matching compares word keys (apostrophes dropped) so "what's" = "whats" and "team's" = "teams".
 */

/** Splits text into words: lower case, punctuation dropped, "a.m." → "am", "twenty-one" → "twenty one", "10:30" and "1,5" kept. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d):(?=\d)/g, '$1\u0000')
    .replace(/(\d)\.(?=\d)/g, '$1\u0001')
    // A decimal comma ("1,5 millones", "1,5 million") stays in its figure; numbers.ts reads it by the locale.
    .replace(/(\d),(?=\d)/g, '$1\u0002')
    .replace(/[^\p{L}\p{N}'\u0000\u0001\u0002]+/gu, ' ')
    .replace(/\u0000/g, ':')
    .replace(/\u0001/g, '.')
    .replace(/\u0002/g, ',')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** The form words are compared in. */
export function wordKey(word: string): string {
  return word.replace(/'/g, '');
}

export function keysOf(words: readonly string[]): string[] {
  return words.map(wordKey);
}

/** Whether `words` starts with `phrase` (both as keys) at `at`. */
export function startsWithAt(words: readonly string[], phrase: readonly string[], at = 0): boolean {
  return phrase.length > 0 && phrase.every((p, i) => words[at + i] === p);
}

export function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (startsWithAt(words, phrase, i)) return i;
  return -1;
}
