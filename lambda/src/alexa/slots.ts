/** Reading slots as Alexa fills them: numbers as digits, custom types through entity resolution. */
import { type HandlerInput, getSlot } from 'ask-sdk-core';

/** A whole number the user said, or undefined for an empty or unrecognised ("?") value. */
export function numberSlot(input: HandlerInput, name: string): number | undefined {
  const value = getSlot(input.requestEnvelope, name)?.value;
  if (!value || !/^-?\d+$/.test(value)) return undefined;
  return Number(value);
}

/** The id of the custom-type value the user's words resolved to, when it is one of `ids`. */
export function resolvedId<T extends string>(input: HandlerInput, name: string, ids: readonly T[]): T | undefined {
  const authorities = getSlot(input.requestEnvelope, name)?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values[0]?.value.id;
    if (id && (ids as readonly string[]).includes(id)) return id as T;
  }
  return undefined;
}

/**
 * What a custom-type slot holds: nothing, one of `ids`, or words Alexa heard but could not resolve
 * (ER_SUCCESS_NO_MATCH, or a value outside `ids`). The last must be said back or asked about, never dropped.
 */
export type SlotReading<T extends string> = { kind: 'empty' } | { kind: 'match'; id: T } | { kind: 'unmatched'; heard: string };

export function readSlot<T extends string>(input: HandlerInput, name: string, ids: readonly T[]): SlotReading<T> {
  const heard = getSlot(input.requestEnvelope, name)?.value?.trim();
  if (!heard) return { kind: 'empty' };
  const id = resolvedId(input, name, ids);
  return id ? { kind: 'match', id } : { kind: 'unmatched', heard };
}

/** A number slot: nothing, a whole number, or something Alexa heard but could not read as one ("?"). */
export function readNumber(input: HandlerInput, name: string): { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'unmatched'; heard: string } {
  const heard = getSlot(input.requestEnvelope, name)?.value?.trim();
  if (!heard) return { kind: 'empty' };
  const value = numberSlot(input, name);
  return value === undefined ? { kind: 'unmatched', heard } : { kind: 'number', value };
}

/** Authorities of values pushed with Dialog.UpdateDynamicEntities: amzn1.er-authority.echo-sdk.dynamic.<skill id>.<type>. */
export const DYNAMIC_AUTHORITY = 'amzn1.er-authority.echo-sdk.dynamic.';

/** The values a slot resolved to among the session's dynamic entities (ids and names), in Alexa's order. */
export function dynamicValues(input: HandlerInput, name: string): { id: string; name: string }[] {
  const authorities = getSlot(input.requestEnvelope, name)?.resolutions?.resolutionsPerAuthority ?? [];
  return authorities
    .filter((a) => a.authority.startsWith(DYNAMIC_AUTHORITY) && a.status.code === 'ER_SUCCESS_MATCH')
    .flatMap((a) => a.values.map((v) => ({ id: v.value.id, name: v.value.name })));
}
