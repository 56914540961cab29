/**
 * The words a deal slot caught, as a name to look up — or nothing when they only point at the deal spoken of
 * ("who owns this", "push this one a week", "what's the next step on that deal"): then the deal is "it".
 */
import { type HandlerInput, getLocale, getSlotValue } from 'ask-sdk-core';
import { spokenForm } from '../salesforce/nameSearch';
import { heard, withoutHeard } from '../speaking/heard';

/** Whether words point at the deal spoken of rather than name one (deal.heard.pointing in the locale's words). */
export function pointsAtDeal(words: string, locale: string): boolean {
  return heard(locale, 'deal.heard.pointing').test(spokenForm(words));
}

/** The deal's name as heard, or undefined when nothing was heard or the words only point at the deal spoken of. */
export function heardDealName(input: HandlerInput, slot: string): string | undefined {
  const said = getSlotValue(input.requestEnvelope, slot)?.trim();
  return said && !pointsAtDeal(said, getLocale(input.requestEnvelope) ?? 'en-US') ? said : undefined;
}

/**
 * A deal's name without the words said around it ("and the Acme one", "dem Globex Deal", "l'affaire Globex", "la
 * oportunidad de Initech"), by the locale's deal.heard.nameLead and nameTail lists; the words as heard if nothing is left.
 */
export function dealNameOf(heard: string, locale: string): string {
  return withoutHeard(withoutHeard(heard, locale, 'deal.heard.nameLead'), locale, 'deal.heard.nameTail', 'end') || heard;
}
