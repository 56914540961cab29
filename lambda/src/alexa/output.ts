/**
 * What a turn says, as plain data: outputs build it from data and i18n, handlers pass it to respond().
 * Keeping it data lets Repeat say the last turn again and lets tests read it without parsing a response.
 */
import { type HandlerInput, getSupportedInterfaces } from 'ask-sdk-core';
import type { Intent, Response, interfaces } from 'ask-sdk-model';
import { speak, xmlSafe } from '../speaking/ssml';

export type Card = { type: 'Simple'; title: string; content: string } | { type: 'LinkAccount' };

/** An APL document (https://developer.amazon.com/docs/alexa-presentation-language/apl-document.html). */
export type AplDocument = { type: 'APL'; version: string } & Record<string, unknown>;

/**
 * What a screen shows beside the speech: a conversation's document and the data it binds as its one datasource,
 * `screen` (screens/apl.ts). Voice stays complete without it: it only shows what the speech says.
 */
export interface Screen {
  document: AplDocument;
  data: Record<string, unknown>;
}

/** The token of every document the skill renders; a UserEvent from it carries the token back ([unconfirmed]: not re-read). */
export const SCREEN_TOKEN = 'sales-assistant';

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
  /** Shown only on a device that supports APL (respond() checks). */
  screen?: Screen;
}

/** Whether the device says it renders APL: context.System.device.supportedInterfaces['Alexa.Presentation.APL']. */
export function showsApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)?.['Alexa.Presentation.APL'] !== undefined;
}

/** The same turn with `before` said first (what the answer did instead of what was heard). */
export function saidFirst(before: readonly string[], output: Output): Output {
  return before.length ? { ...output, speech: [...before, output.speech].join(' ') } : output;
}

/**
 * Every answer leaves through here: speech through speak() (XML-safe, within Alexa's length), the card's text
 * cleaned too, and the screen as an Alexa.Presentation.APL.RenderDocument directive only where the device
 * supports APL: "Always check supportedInterfaces before returning the Alexa.Presentation.APL directives"
 * (https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-interface.html); the datasources sit
 * beside the document in the directive (https://developer.amazon.com/docs/alexa-presentation-language/apl-data-source.html).
 */
export function respond(input: HandlerInput, output: Output): Response {
  const builder = input.responseBuilder.speak(speak(output.speech));
  if (output.reprompt) builder.reprompt(speak(output.reprompt));
  else builder.withShouldEndSession(true);
  if (output.dialog?.type === 'ElicitSlot') builder.addElicitSlotDirective(output.dialog.slot, output.dialog.intent);
  else if (output.dialog?.type === 'ConfirmIntent') builder.addConfirmIntentDirective(output.dialog.intent);
  if (output.card?.type === 'LinkAccount') builder.withLinkAccountCard();
  else if (output.card) builder.withSimpleCard(xmlSafe(output.card.title), xmlSafe(output.card.content));
  if (output.screen && showsApl(input)) {
    const directive: interfaces.alexa.presentation.apl.RenderDocumentDirective = {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: SCREEN_TOKEN,
      document: output.screen.document,
      datasources: { screen: output.screen.data },
    };
    builder.addDirective(directive);
  }
  return builder.getResponse();
}
