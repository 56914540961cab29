/** Alexa closed the session (timeout, "exit", or an error it saw): log why; no speech is allowed here. */
import { type RequestHandler, getRequestType } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { log } from '../../log';

export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') log.warn('session ended with an error', { error: request.error });
    else log.debug('session ended', { reason: request.reason });
    return input.responseBuilder.getResponse();
  },
};
