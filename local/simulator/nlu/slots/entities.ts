/**
 * Entity resolution for custom slot types: the words a user said → the value(s) whose name or synonym
 * they are, in Alexa's `resolutions` shape
 * (https://developer.amazon.com/docs/custom-skills/entity-resolution.html), from the model's static values
 * and, within a session, the dynamic values the skill pushed with Dialog.UpdateDynamicEntities
 * (https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html).
 */
import { createHash } from 'node:crypto';
import type { er, slu } from 'ask-sdk-model';
import type { SlotTypeDef } from '../../model';
import { keysOf, tokenize } from '../text';

export interface Entity {
  id: string;
  name: string;
}

/** A custom type (or one type of a Dialog.UpdateDynamicEntities directive) indexed by the key of every name and synonym. */
export class EntityIndex {
  private readonly byPhrase = new Map<string, Entity[]>();

  constructor(readonly type: SlotTypeDef | er.dynamic.EntityListItem) {
    for (const value of type.values) {
      // Alexa gives values declared without an id a generated one; a stable hash stands in for it.
      const entity = { id: value.id ?? createHash('md5').update(value.name.value).digest('hex'), name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = keysOf(tokenize(phrase)).join(' ');
        if (key === '') continue;
        const list = this.byPhrase.get(key) ?? [];
        if (!list.some((e) => e.id === entity.id)) list.push(entity);
        this.byPhrase.set(key, list);
      }
    }
  }

  lookup(keys: readonly string[]): Entity[] {
    return this.byPhrase.get(keys.join(' ')) ?? [];
  }
}

/** The dynamic types of a Dialog.UpdateDynamicEntities REPLACE, indexed by type name. */
export function indexDynamicEntities(types: readonly er.dynamic.EntityListItem[]): Map<string, EntityIndex> {
  return new Map(types.map((t) => [t.name, new EntityIndex(t)]));
}

/** The authority of the interaction model's own values for a custom type. */
export function staticAuthority(skillId: string, typeName: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${typeName}`;
}

/** The authority of the values the skill pushed for the session with Dialog.UpdateDynamicEntities. */
export function dynamicAuthority(skillId: string, typeName: string): string {
  return `amzn1.er-authority.echo-sdk.dynamic.${skillId}.${typeName}`;
}

/**
 * The slot's `resolutions`: one authority per source of values, each with its own status.
 * - Static only: `[static]`, ER_SUCCESS_MATCH with every matching value, or ER_SUCCESS_NO_MATCH.
 * - With dynamic values loaded for this type (`dynamicMatches` defined): `[dynamic, static]`, each with its
 *   own status, so a name only the dynamic values know comes back as dynamic MATCH + static NO_MATCH.
 *   Amazon calls dynamic entities "a new authority source" (https://developer.amazon.com/en-US/blogs/alexa/alexa-skills-kit/2019/06/build-a-strong-language-model-to-get-the-most-out-of-dynamic-entities).
 *   [unsure] the order: the simulator could not read it in Amazon's docs; a captured Alexa Conversations
 *   request in a public repository lists the static authority first, with the dynamic one after it. Skill code must pick the authority by name
 *   (`.echo-sdk.dynamic.` or not), never by position.
 *   [unsure] whether a type with no dynamic values loaded (when other types have some) still gets a
 *   dynamic authority with ER_SUCCESS_NO_MATCH; the simulator leaves it out.
 * Several values matching the same words (two people called "James") all come back, under one
 * ER_SUCCESS_MATCH, as Alexa lists every match of an authority; [unsure] their order when they match
 * equally well: the simulator keeps the order of the model or the directive.
 * Alexa omits `values` when nothing matched, though ask-sdk-model types it as required; the simulator
 * sends what Alexa sends so skill code that assumes `values` is there fails here as it would live.
 */
export function resolutionsFor(
  skillId: string,
  typeName: string,
  staticMatches: readonly Entity[],
  dynamicMatches?: readonly Entity[],
): slu.entityresolution.Resolutions {
  const one = (authority: string, matches: readonly Entity[]): slu.entityresolution.Resolution =>
    (matches.length > 0
      ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: matches.map((e) => ({ value: { name: e.name, id: e.id } })) }
      : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }) as slu.entityresolution.Resolution;
  const resolutions = [one(staticAuthority(skillId, typeName), staticMatches)];
  if (dynamicMatches) resolutions.unshift(one(dynamicAuthority(skillId, typeName), dynamicMatches));
  return { resolutionsPerAuthority: resolutions };
}
