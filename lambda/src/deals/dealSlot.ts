/**
 * The words a deal slot caught, as a name to look up — or nothing when they only point at the deal spoken of
 * ("who owns this", "push this one a week", "what's the next step on that deal"): then the deal is "it".
 */
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import { spokenForm } from '../salesforce/nameSearch';

/**
 * Words that point rather than name, in English and in Spanish ("cuánto vale esa", "de quién es este trato"), as
 * spokenForm leaves them (lower case, no accents): a Spanish pronoun would otherwise be searched for as a deal's name.
 */
const POINTING =
  /^(it|that|this|the deal|the opportunity|(this|that) (one|deal|opportunity)|esa|esta|ese|este|eso|esto|ella|la oportunidad|el trato|(esa|esta) oportunidad|(ese|este) trato)$/;

/** Whether words point at the deal spoken of rather than name one. */
export function pointsAtDeal(words: string): boolean {
  return POINTING.test(spokenForm(words));
}

/** The deal's name as heard, or undefined when nothing was heard or the words only point at the deal spoken of. */
export function heardDealName(input: HandlerInput, slot: string): string | undefined {
  const heard = getSlotValue(input.requestEnvelope, slot)?.trim();
  return heard && !pointsAtDeal(heard) ? heard : undefined;
}
