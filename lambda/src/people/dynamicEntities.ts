/**
 * The people as Alexa dynamic entities of the `Person` slot type: each value's id is the User Id, its name the
 * full name, its synonyms the first and the last name, so "James" resolves to every James the speaker can see
 * (several values: "which James?") and "Carter" to James Carter.
 *
 * Amazon's limits, as far as they could be checked:
 * - at most 100 dynamic values per update: https://www.talkingtocomputers.com/dynamic-entities-alexa-skills-kit
 *   and https://github.com/RocketChat/alexa-rocketchat/issues/88 (secondary sources; Amazon's page
 *   https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html
 *   was found, its limits section was not) [unsure: synonyms per value and the directive's total size — two
 *   short synonyms per value is far below any limit seen mentioned].
 * - the values expire 30 minutes after the update or with the session (same sources), so one update per
 *   session is enough for a conversation and the next session sends them again.
 * - the type must be a custom slot type of the model (ask-sdk-model er.dynamic.EntityListItem.name: "Must
 *   match the slot type as defined in the interaction model"): models/en-US.json declares `Person`.
 */
import type { dialog, er } from 'ask-sdk-model';
import { DEAL_TYPE, type KnownDeal, MAX_KNOWN_DEALS, dealEntity } from '../deals/known';
import { type KnownPerson, MAX_PEOPLE } from './query';

export const PERSON_TYPE = 'Person';

function entity(person: KnownPerson): er.dynamic.Entity {
  // A synonym equal to the value, or repeated, adds nothing; a one-word name has no separate first name.
  const synonyms = [...new Set([person.firstName, person.lastName].map((s) => s.trim()))].filter((s) => s && s !== person.name);
  return { id: person.id, name: { value: person.name, synonyms } };
}

/**
 * One update for the session: the people, and the deals (deals/known.ts) when there are any — REPLACE drops
 * every dynamic type not in it, so both go together, the people taking what the deals leave of the 100 values.
 */
export function dynamicEntitiesDirective(people: readonly KnownPerson[], deals: readonly KnownDeal[] = []): dialog.DynamicEntitiesDirective {
  const dealValues = deals.slice(0, MAX_KNOWN_DEALS).map(dealEntity);
  const types = [{ name: PERSON_TYPE, values: people.slice(0, MAX_PEOPLE - dealValues.length).map(entity) }];
  if (dealValues.length) types.push({ name: DEAL_TYPE, values: dealValues });
  return { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'REPLACE', types };
}
