/**
 * Entity resolution for custom slot types: the words a user said → the value(s) whose name or synonym
 * they are, in Alexa's `resolutions` shape
 * (https://developer.amazon.com/docs/custom-skills/entity-resolution.html).
 */
import { createHash } from 'node:crypto';
import type { slu } from 'ask-sdk-model';
import type { SlotTypeDef } from '../../model';
import { keysOf, tokenize } from '../text';

export interface Entity {
  id: string;
  name: string;
}

/** A custom type indexed by the key of every name and synonym. */
export class EntityIndex {
  private readonly byPhrase = new Map<string, Entity[]>();

  constructor(readonly type: SlotTypeDef) {
    for (const value of type.values) {
      // Alexa gives values declared without an id a generated one; a stable hash stands in for it.
      const entity = { id: value.id ?? createHash('md5').update(value.name.value).digest('hex'), name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = keysOf(tokenize(phrase)).join(' ');
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

/**
 * Alexa omits `values` when nothing matched, though ask-sdk-model types it as required; the simulator
 * sends what Alexa sends so skill code that assumes `values` is there fails here as it would live.
 */
export function resolutionsFor(skillId: string, typeName: string, matches: readonly Entity[]): slu.entityresolution.Resolutions {
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${typeName}`;
  const resolution = matches.length > 0
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: matches.map((e) => ({ value: { name: e.name, id: e.id } })) }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
  return { resolutionsPerAuthority: [resolution as slu.entityresolution.Resolution] };
}
