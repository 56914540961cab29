/**
 * Matching the words Alexa heard against the people the speaker can see, for when the dynamic entities did not
 * resolve the slot (not sent yet — the first turn of a one-shot request — or expired). Exact first, full or last
 * names win (accents and case folded); otherwise a close fuzzy match, strict enough that a name nobody has is
 * reported as unknown rather than taken for someone else.
 */
import { distance } from 'fastest-levenshtein';
import { spokenForm } from '../salesforce/nameSearch';
import type { KnownPerson, Person } from './query';

export type HeardMatch = { kind: 'one'; person: Person } | { kind: 'several'; people: Person[] } | { kind: 'none' };

/**
 * "lena's" → "lena", "james'" → "james": the slot may catch the possessive with the name. [unsure] whether
 * Alexa drops the "'s" from a custom slot's value: nothing found says it does, so samples should write
 * "{person}'s" (Amazon asks for apostrophes in possessives, https://amazon.developer.forums.answerhub.com:443/articles/231867/tips-for-a-successful-alexa-skill-certification-co.html)
 * and this copes either way.
 */
export function withoutPossessive(heard: string): string {
  return heard.trim().replace(/['’]s$/i, '').replace(/(s)['’]$/i, '$1');
}

/**
 * A near miss is a spelling one letter off a whole name ("lina" → Lena, "jame" → James). Two letters off is
 * another name often enough ("Olivia" is not Oliver), and a substring search would take "acme" for "james"
 * (it contains "ame"): either would answer for the wrong person.
 */
const ALLOWED_EDITS = 1;

function spokenNames(p: KnownPerson): string[] {
  const first = spokenForm(p.firstName);
  const last = spokenForm(p.lastName);
  return [spokenForm(p.name), first, last, `${first} ${last}`, `${first} ${last.slice(0, 1)}`].filter(Boolean);
}

const asPerson = ({ id, name, firstName }: KnownPerson): Person => ({ id, name, firstName });

function found(people: KnownPerson[]): HeardMatch {
  if (people.length === 0) return { kind: 'none' };
  if (people.length === 1) return { kind: 'one', person: asPerson(people[0]!) };
  return { kind: 'several', people: people.map(asPerson) };
}

export function matchHeard(heard: string, people: readonly KnownPerson[]): HeardMatch {
  const said = spokenForm(withoutPossessive(heard));
  if (!said) return { kind: 'none' };
  const exact = (form: string) => people.filter((p) => spokenNames(p).includes(form));
  const direct = exact(said);
  if (direct.length) return found(direct);
  // "lenas": Alexa wrote the possessive without its apostrophe.
  if (said.endsWith('s') && exact(said.slice(0, -1)).length) return found(exact(said.slice(0, -1)));
  const edits = people.map((person) => ({ person, edits: Math.min(...spokenNames(person).map((name) => distance(said, name))) }));
  const best = Math.min(...edits.map((e) => e.edits));
  if (best > ALLOWED_EDITS) return { kind: 'none' };
  return found(edits.filter((e) => e.edits === best).map((e) => e.person));
}
