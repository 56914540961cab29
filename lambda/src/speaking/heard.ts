/**
 * Words the skill understands, per language: the few words code reads in what a slot caught, beyond what the voice
 * model resolves ("this one" in a deal's place, "them" in an account's, "the close date", "with high priority").
 *
 * They live in the folder's words.<locale>.ts, under its namespace's `heard` key, each a list of alternatives:
 *
 *     deal: { heard: { pointing: ['it', 'this one', 'that deal', …] } }          // words.en-US.ts
 *     deal: { heard: { pointing: ['es', 'den hier', 'diesen deal', …] } }        // words.de-DE.ts
 *
 * An alternative is a plain phrase, written as people say it (accents and case do not matter): no regular-expression
 * syntax, and every form listed out ("the close date", "close date"). `heard()` compiles a list into one RegExp over
 * text in spokenForm (lower case, no accents, single spaces), so callers test `spokenForm(words)`. A locale without a
 * list of its own uses its fallback's (i18n's fallbacksOf: en-GB → en-US); a ready folder of another language lacking
 * one fails test/unit/locales.test.ts like any missing word.
 */
import { fallbacksOf } from '../i18n';
import { resources } from '../generated/words';
import { spokenForm } from '../salesforce/nameSearch';

type Words = (typeof resources)['en-US'];

/** "deal.heard.pointing": a namespace, and one list under its `heard`. */
export type HeardKey = {
  [N in keyof Words]: Words[N] extends { heard: infer H } ? `${N & string}.heard.${keyof H & string}` : never;
}[keyof Words];

/** Where in the text the words must stand: all of it, its start, its end, or anywhere as whole words. */
export type HeardAt = 'whole' | 'start' | 'end' | 'anywhere';

/** A list's alternatives in `locale` (or its fallback's), in spokenForm. */
export function heardWords(locale: string, key: HeardKey): string[] {
  const [namespace, , name] = key.split('.') as [string, 'heard', string];
  for (const lng of [locale, ...fallbacksOf(locale)]) {
    const list = (resources as Record<string, Record<string, { heard?: Record<string, readonly string[]> }>>)[lng]?.[namespace]?.heard?.[name];
    if (list) return list.map(spokenForm);
  }
  throw new Error(`no words for ${key} in ${locale}`);
}

const compiled = new Map<string, RegExp>();
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** The list `key` as a RegExp over spokenForm text; its first group is the alternative that matched. */
export function heard(locale: string, key: HeardKey, at: HeardAt = 'whole'): RegExp {
  const id = `${locale}|${key}|${at}`;
  let pattern = compiled.get(id);
  if (!pattern) {
    // Longest first, so "this deal" wins over "this".
    const words = heardWords(locale, key).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const alternatives = `(${words.join('|')})`;
    const source = { whole: `^${alternatives}$`, start: `^${alternatives}${WORD_EDGE_AFTER}`, end: `${WORD_EDGE_BEFORE}${alternatives}$`, anywhere: `${WORD_EDGE_BEFORE}${alternatives}${WORD_EDGE_AFTER}` }[at];
    pattern = new RegExp(source, 'u');
    compiled.set(id, pattern);
  }
  return pattern;
}

/**
 * `said` without one of the list's alternatives at its start (or end): the other words as said, in their own spelling
 * and case ("is to send the quote" without updateDeal.heard.nextStepLead's "is": "to send the quote").
 */
export function withoutHeard(said: string, locale: string, key: HeardKey, at: 'start' | 'end' = 'start'): string {
  const tokens = said.trim().split(/\s+/).filter(Boolean);
  const match = heard(locale, key, at).exec(spokenForm(said))?.[1];
  if (!match) return tokens.join(' ');
  // As many words as said as cover the match: "it's" is one word said, and two in spokenForm ("it s").
  const order = at === 'start' ? tokens : [...tokens].reverse();
  let left = match.split(' ').length;
  let taken = 0;
  while (left > 0 && taken < order.length) left -= spokenForm(order[taken++]!).split(' ').filter(Boolean).length;
  return (at === 'start' ? tokens.slice(taken) : tokens.slice(0, tokens.length - taken)).join(' ');
}
