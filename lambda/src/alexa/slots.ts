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
