/**
 * Who a spoken name in a slot means. In order: the dynamic entities Alexa resolved (ids are User Ids; several
 * values are several people — "which James?"), the static `Person` type (only "me"/"my"/"I"), then the heard
 * words against the cached people list, else `unknown` with the words, for the caller to say back.
 *
 * Authority names: the dynamic one is `amzn1.er-authority.echo-sdk.dynamic.<skill id>.<type>`, the static one
 * `amzn1.er-authority.echo-sdk.<skill id>.<type>` (as in Amazon's examples on
 * https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html and
 * public skills that tell them apart by that prefix).
 */
import { type HandlerInput, getSlot } from 'ask-sdk-core';
import type { slu } from 'ask-sdk-model';
import type { RequestContext } from '../context';
import type { PersonId } from '../generated/model';
import { DYNAMIC_AUTHORITY, dynamicValues } from '../alexa/slots';
import { knownPeople } from './directory';
import { matchHeard, withoutPossessive } from './match';
import type { Person } from './query';

export type PersonMatch =
  | { kind: 'none' }
  | { kind: 'me' }
  /** "He", "she", "her": the person last spoken of, which the caller knows. */
  | { kind: 'them' }
  | { kind: 'one'; person: Person }
  | { kind: 'several'; people: Person[]; heard: string }
  | { kind: 'unknown'; heard: string };

/** The static `Person` type's one value (models/en-US.json): the skill needs no other. */
const ME_ID: PersonId = 'ME';
const THEM_ID: PersonId = 'THEM';
/** What the static ME value stands for, also when the static authority is missing (an old model). */
const ME_WORDS = new Set(['me', 'my', 'i', 'myself', 'mine']);
const THEM_WORDS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their']);
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

const matched = (a: slu.entityresolution.Resolution) => a.status.code === 'ER_SUCCESS_MATCH';

/** The dynamic values as people; a value without a Salesforce id is not one of ours and is left out. */
function dynamicPeople(input: HandlerInput, slotName: string): Person[] {
  const people = new Map<string, Person>();
  for (const value of dynamicValues(input, slotName)) {
    // The resolution carries the full name only; its first word stands for the first name.
    if (SALESFORCE_ID.test(value.id)) people.set(value.id, { id: value.id, name: value.name, firstName: value.name.split(/\s+/)[0]! });
  }
  return [...people.values()];
}

export async function resolvePerson(input: HandlerInput, ctx: RequestContext, slotName: string): Promise<PersonMatch> {
  const slot = getSlot(input.requestEnvelope, slotName);
  const heard = slot?.value?.trim();
  if (!heard) return { kind: 'none' };
  const authorities = slot?.resolutions?.resolutionsPerAuthority ?? [];
  const dynamic = dynamicPeople(input, slotName);
  if (dynamic.length === 1) return { kind: 'one', person: dynamic[0]! };
  if (dynamic.length > 1) return { kind: 'several', people: dynamic, heard };
  const staticIds = authorities.filter((a) => !a.authority.startsWith(DYNAMIC_AUTHORITY) && matched(a)).flatMap((a) => a.values.map((v) => v.value.id));
  if (staticIds.includes(ME_ID) || ME_WORDS.has(withoutPossessive(heard).toLowerCase())) return { kind: 'me' };
  if (staticIds.includes(THEM_ID) || THEM_WORDS.has(withoutPossessive(heard).toLowerCase())) return { kind: 'them' };
  const match = matchHeard(heard, await knownPeople(ctx));
  if (match.kind === 'one') return match;
  if (match.kind === 'several') return { ...match, heard };
  return { kind: 'unknown', heard };
}
