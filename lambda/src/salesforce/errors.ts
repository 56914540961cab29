/**
 * The few kinds of failure the skill speaks about differently. Everything the Salesforce port or the
 * identity lookup throws is one of these, so handlers and the error handler never inspect jsforce errors.
 */
export class LinkRequiredError extends Error {
  constructor(readonly reason: 'missing' | 'expired') {
    super(reason === 'missing' ? 'account not linked' : 'Salesforce token expired or revoked');
    this.name = 'LinkRequiredError';
  }
}

/** Salesforce did not answer in time, answered 5xx, could not be reached, or answered something unreadable. */
export class SalesforceUnavailableError extends Error {
  override name = 'SalesforceUnavailableError';
  constructor(
    message: string,
    /**
     * Salesforce did answer (a server error, a body that is not the API's): whatever it did for this request is
     * over, so a write it may or may not have made can be looked for at once. False for a timeout or a lost
     * connection, after which Salesforce may still be working.
     */
    readonly answered = false,
  ) {
    super(message);
  }
}

/** The org's daily API allowance is used up (REQUEST_LIMIT_EXCEEDED). */
export class SalesforceLimitError extends Error {
  override name = 'SalesforceLimitError';
}

/** Salesforce refused the request itself (bad query, missing field, validation rule…): a bug or an org difference. */
export class SalesforceRequestError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    /** The fields the error is about (REQUIRED_FIELD_MISSING, FIELD_CUSTOM_VALIDATION_EXCEPTION …), when Salesforce names them. */
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'SalesforceRequestError';
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']);

/** Maps a jsforce or fetch error to one of the kinds above. */
export function classifySalesforceError(err: unknown): Error {
  if (err instanceof LinkRequiredError || err instanceof SalesforceUnavailableError || err instanceof SalesforceLimitError) return err;
  const e = err as { name?: string; errorCode?: string; code?: string; message?: string; data?: { fields?: unknown }; fields?: unknown };
  const code = e.errorCode ?? e.name ?? '';
  const message = e.message ?? String(err);
  if (code === 'INVALID_SESSION_ID') return new LinkRequiredError('expired');
  if (code === 'REQUEST_LIMIT_EXCEEDED') return new SalesforceLimitError(message);
  // jsforce names errors without a Salesforce body ERROR_HTTP_<status>; 5xx and 429 mean "try later".
  if (/^ERROR_HTTP_(5\d\d|429)$/.test(code)) return new SalesforceUnavailableError(message, true);
  // HTTP 500 ("an error has occurred within Lightning Platform", https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm)
  // comes as UNKNOWN_EXCEPTION [unconfirmed: that it never carries another code]: Salesforce's own failure, not a
  // refusal of the request; its message carries an ErrorId for Salesforce support, not for the user.
  if (code === 'UNKNOWN_EXCEPTION') return new SalesforceUnavailableError(message, true);
  if (code === 'AbortError' || code === 'TimeoutError' || NETWORK_CODES.has(e.code ?? '') || /timed? ?out/i.test(message)) {
    return new SalesforceUnavailableError(message);
  }
  if (code === 'SERVER_UNAVAILABLE') return new SalesforceUnavailableError(message, true);
  if (code === 'FetchError') return new SalesforceUnavailableError(message);
  // jsforce keeps the error body in `data`; a composite subresponse's error object has `fields` itself.
  const fields = e.data?.fields ?? e.fields;
  return new SalesforceRequestError(code || 'UNKNOWN', message, Array.isArray(fields) ? fields.map(String) : []);
}
