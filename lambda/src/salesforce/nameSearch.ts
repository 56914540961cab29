/**
 * Finding a record by the name a user said ("Acme", "smith and sons", "the spring launch"): Salesforce's
 * search (SOSL) narrows the org to a few candidates whose name contains one of the spoken words, then
 * fuse.js ranks them by how closely the whole name matches what was heard. One round trip.
 */
import Fuse from 'fuse.js';
import type { SalesforcePort } from './port';

/** Words that carry no name: SOSL would match half the org on them. */
const FILLER = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'inc', 'incorporated', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'gmbh', 'campaign']);

/** SOSL reserved characters, backslash-escaped (SOQL and SOSL Reference, "FIND Clause"). */
export function soslTerm(word: string): string {
  return word.replace(/[?&|!{}[\]()^~*:\\"'+-]/g, (c) => `\\${c}`);
}

/** Lower case, "&" read as "and", accents and punctuation dropped: how a name sounds, roughly. */
export function spokenForm(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function searchWords(spoken: string): string[] {
  return [...new Set(spokenForm(spoken).split(' ').filter((w) => w.length > 1 && !FILLER.has(w)))];
}

export interface NamedRecord {
  Id: string;
  Name: string;
}

export interface NameQuery {
  sobject: string;
  spoken: string;
  /** Fields to return besides Id and Name. */
  fields?: string[];
  /** A SOQL condition on the candidates, e.g. IsActive = true. */
  where?: string;
  /** See RankOptions.leading. */
  leading?: boolean;
}

export type NameMatch<T extends NamedRecord> = { kind: 'one'; record: T; /** Words heard after the name (RankOptions.leading). */ rest?: string } | { kind: 'several'; records: T[] } | { kind: 'none' };

/** Scores below this (fuse: 0 is exact, 1 is anything) count as a match. */
const THRESHOLD = 0.45;
/** A best match this much closer than the runner-up is taken without asking. */
const CLEAR_LEAD = 0.2;
const CANDIDATES = 20;
const MAX_CHOICES = 3;

export interface RankOptions<T> {
  /** Another name the record answers to, e.g. a deal's account: "the Acme deal" names the account. */
  alsoNamed?: (record: T) => string | null;
  /** Kept over the other matches whenever one of them matches at all, e.g. open deals over closed ones. */
  prefer?: (record: T) => boolean;
  /**
   * Every spoken word must be found (fuzzily) in the names, in any order: long names such as
   * "Globex Corporation - Forklift Lease" otherwise rank below a name that shares a longer run of letters
   * ("…group forklift lease" for "globex forklift lease").
   */
  everyWord?: boolean;
  /**
   * When nothing matches the whole, a record whose name begins the words heard: "Globex, their scanner won't
   * sync" caught whole in an account slot is Globex Corporation, and the rest of the words are handed back.
   */
  leading?: boolean;
}

/** The items `prefer` keeps, when it keeps any; else all of them. */
function preferring<X>(items: X[], prefer: ((item: X) => boolean) | undefined): X[] {
  return prefer && items.some(prefer) ? items.filter(prefer) : items;
}

export function rankByName<T extends NamedRecord>(spoken: string, candidates: T[], options: RankOptions<T> = {}): NameMatch<T> {
  const names = (record: T) => [record.Name, options.alsoNamed?.(record) ?? ''].filter(Boolean).map(spokenForm);
  const fuse = new Fuse(
    candidates.map((record) => ({ record, name: names(record).join(' ') })),
    // Extended search reads spaces as AND between fuzzy words; searchWords leaves no operator characters.
    { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: THRESHOLD, useExtendedSearch: options.everyWord === true },
  );
  const heard = spokenForm(spoken);
  const { prefer } = options;
  const exact = preferring(candidates.filter((r) => names(r).includes(heard)), prefer);
  if (exact.length === 1) return { kind: 'one', record: exact[0]! };
  const all = fuse.search(options.everyWord ? searchWords(spoken).join(' ') : heard);
  const hits = preferring(all, prefer && ((h) => prefer(h.item.record)));
  if (hits.length === 0) return options.leading ? leadingMatch(spoken, candidates) : { kind: 'none' };
  const [best, second] = hits;
  if (!second || second.score! - best!.score! >= CLEAR_LEAD) return { kind: 'one', record: best!.item.record };
  return { kind: 'several', records: hits.slice(0, MAX_CHOICES).map((h) => h.item.record) };
}

/** How many of the heard words, from the start, are the first words of `name`. */
function leadingWords(heard: string[], name: string[]): number {
  let n = 0;
  while (n < heard.length && n < name.length && heard[n] === name[n]) n++;
  return n;
}

/** The words of `spoken` as said, after its first `count` words in spoken form ("Globex, their …" → "their …"). */
function wordsAfter(spoken: string, count: number): string {
  const tokens = spoken.trim().split(/\s+/);
  let seen = 0;
  let at = 0;
  while (at < tokens.length && seen < count) seen += spokenForm(tokens[at++]!).split(' ').filter(Boolean).length;
  return tokens.slice(at).join(' ');
}

/** The records whose names begin what was heard, by the most words; the words after them are `rest`. */
function leadingMatch<T extends NamedRecord>(spoken: string, candidates: T[]): NameMatch<T> {
  const words = spokenForm(spoken).split(' ');
  const scored = candidates.map((record) => ({ record, n: leadingWords(words, spokenForm(record.Name).split(' ')) }));
  const most = Math.max(0, ...scored.map((s) => s.n));
  // The rest must say something: a name heard whole is not a leading match.
  if (most === 0 || most >= words.length) return { kind: 'none' };
  const best = scored.filter((s) => s.n === most).map((s) => s.record);
  const rest = wordsAfter(spoken, most);
  return best.length === 1 ? { kind: 'one', record: best[0]!, rest } : { kind: 'several', records: best.slice(0, MAX_CHOICES) };
}

/** The SOSL that narrows an org to records whose name fields hold a word of `spoken`; undefined when nothing is left to search. */
export function nameSearchSosl(spoken: string, returning: string): string | undefined {
  const words = searchWords(spoken);
  if (words.length === 0) return undefined;
  return `FIND {${words.map((w) => `${soslTerm(w)}*`).join(' OR ')}} IN NAME FIELDS RETURNING ${returning}`;
}

export async function findByName<T extends NamedRecord>(port: SalesforcePort, q: NameQuery): Promise<NameMatch<T>> {
  const fields = ['Id', 'Name', ...(q.fields ?? [])].join(', ');
  const where = q.where ? ` WHERE ${q.where}` : '';
  const sosl = nameSearchSosl(q.spoken, `${q.sobject}(${fields}${where} LIMIT ${CANDIDATES})`);
  if (!sosl) return { kind: 'none' };
  const { searchRecords } = await port.search<T>(sosl);
  return rankByName(q.spoken, searchRecords, { leading: q.leading });
}
