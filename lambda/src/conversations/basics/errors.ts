/**
 * The last resort: whatever failed, the user hears a short sentence, never silence or "there was a problem
 * with the requested skill's response". An expired link also drops the cached identity for that token.
 */
import { type ErrorHandler, getRequestType } from 'ask-sdk-core';
import { contextOf } from '../../context';
import { translatorFor } from '../../i18n';
import { log } from '../../log';
import { respond } from '../../alexa/output';
import { type Problem, linkAccountOutput, problemOutput } from './output';
import { isSilentRequest } from './silent';
import { LinkRequiredError, SalesforceLimitError, SalesforceUnavailableError } from '../../salesforce/errors';
import { StateUnavailableError } from '../../state/table';

function problemOf(err: Error): Problem {
  if (err instanceof StateUnavailableError) return 'storage';
  if (err instanceof SalesforceUnavailableError) return 'unavailable';
  if (err instanceof SalesforceLimitError) return 'limit';
  return 'generic';
}

export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  async handle(input, err) {
    const type = getRequestType(input.requestEnvelope);
    // No speech is allowed in answer to these (see silent.ts), not even an apology.
    if (type === 'SessionEndedRequest' || isSilentRequest(input.requestEnvelope)) {
      log.debug('request without speech failed', { type, error: err.name, detail: err.message });
      return input.responseBuilder.getResponse();
    }
    const t = translatorFor(input.requestEnvelope.request.locale);
    if (err instanceof LinkRequiredError) {
      if (err.reason === 'expired') await contextOf(input).forgetToken().catch((e) => log.warn('could not forget token', { error: String(e) }));
      return respond(input, linkAccountOutput(t, err.reason));
    }
    const problem = problemOf(err);
    log[problem === 'generic' ? 'error' : 'warn']('request failed', { problem, error: err.name, detail: err.message, stack: problem === 'generic' ? err.stack : undefined });
    return respond(input, problemOutput(t, problem));
  },
};
