/**
 * Words the model could not place: say what can be said from here. In a write, its pending question again with
 * its own directive (as help does), so one off-script answer does not lose the dialog; in a list, or anywhere.
 * An intent this code does not know (a model deployed ahead of the code) is answered the same way.
 */
import { type HandlerInput, type RequestHandler, getIntentName, getRequestType } from 'ask-sdk-core';
import type { RequestContext } from '../../context';
import { log } from '../../log';
import type { Output } from '../../alexa/output';
import { fallbackOutput } from './output';
import { whereabouts } from './whereabouts';
import { intentHandler, outputHandler } from '../../alexa/intentHandler';
import { questionAgainOutput } from '../../alexa/dialog';
import { pendingQuestion } from '../../writes/draft';

function fallback(input: HandlerInput, ctx: RequestContext): Output {
  const question = pendingQuestion(input);
  if (question) return questionAgainOutput(ctx.t('fallback.inWrite'), question);
  return fallbackOutput(ctx.t, whereabouts(input));
}

export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], fallback);

/** Registered after every intent handler: whatever intent reaches it, none of them knows. */
export const unknownIntentHandler: RequestHandler = outputHandler(
  (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  (input, ctx) => {
    log.warn('unknown intent', { intent: getIntentName(input.requestEnvelope) });
    return fallback(input, ctx);
  },
);
