/** The glue every speaking handler shares: route the request, turn the handler's Output into a response. */
import { type HandlerInput, type RequestHandler, getIntentName, getRequestType } from 'ask-sdk-core';
import { type RequestContext, contextOf } from '../context';
import type { IntentName } from '../generated/model';
import { type Output, respond } from './output';
import { rememberOutput } from '../state/session';

type Speak = (input: HandlerInput, ctx: RequestContext) => Output | Promise<Output>;

export interface IntentHandler extends RequestHandler {
  readonly intents: readonly IntentName[];
}

/** A handler that answers with an Output, remembered for "repeat". */
export function outputHandler(canHandle: (input: HandlerInput) => boolean, speak: Speak): RequestHandler {
  return {
    canHandle,
    async handle(input) {
      const output = await speak(input, contextOf(input));
      rememberOutput(input, output);
      return respond(input, output);
    },
  };
}

export function intentHandler(intents: readonly IntentName[], speak: Speak): IntentHandler {
  const handles = (input: HandlerInput) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && intents.includes(getIntentName(input.requestEnvelope) as IntentName);
  return { intents, ...outputHandler(handles, speak) };
}
