/**
 * What a turn says, as plain data: outputs build it from data and i18n, handlers pass it to respond().
 * Keeping it data lets Repeat say the last turn again and lets tests read it without parsing a response.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { speak, xmlSafe } from '../speaking/ssml';

export type Card = { type: 'Simple'; title: string; content: string } | { type: 'LinkAccount' };

/** A step of a multi-turn dialog the skill drives itself: ask for one slot, or confirm the whole intent. */
export type DialogStep = { type: 'ElicitSlot'; slot: string; intent: Intent } | { type: 'ConfirmIntent'; intent: Intent };

export interface Output {
  /** SSML body, without <speak>. */
  speech: string;
  /** SSML body; a reprompt keeps the microphone open, its absence ends the session. */
  reprompt?: string;
  card?: Card;
  /** Needs a reprompt: Alexa keeps listening for the answer. */
  dialog?: DialogStep;
}

/** Every answer leaves through here: speech through speak() (XML-safe, within Alexa's length), the card's text cleaned too. */
export function respond(input: HandlerInput, output: Output): Response {
  const builder = input.responseBuilder.speak(speak(output.speech));
  if (output.reprompt) builder.reprompt(speak(output.reprompt));
  else builder.withShouldEndSession(true);
  if (output.dialog?.type === 'ElicitSlot') builder.addElicitSlotDirective(output.dialog.slot, output.dialog.intent);
  else if (output.dialog?.type === 'ConfirmIntent') builder.addConfirmIntentDirective(output.dialog.intent);
  if (output.card?.type === 'LinkAccount') builder.withLinkAccountCard();
  else if (output.card) builder.withSimpleCard(xmlSafe(output.card.title), xmlSafe(output.card.content));
  return builder.getResponse();
}
