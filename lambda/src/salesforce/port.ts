/**
 * The Salesforce port: the only module that talks to an org. It offers a few primitives (query, composite,
 * create, invoke a Flow); the conversations' queries are functions beside it (opportunities.ts, users.ts …)
 * that take the port, build SOQL through soql.ts and return plain data.
 *
 * The Connection has no oauth2/refresh settings on purpose: Alexa refreshes tokens, and jsforce with a
 * refresh delegate retries a persistent 401 forever. Retries are off for the same reason as the deadline:
 * Alexa waits 8 seconds, and jsforce's default backoff (0.5 s doubling, five times) would outlast it.
 */
// The documented core entry: importing lib/connection directly breaks a later require('jsforce') (import cycle).
import { Connection } from 'jsforce/core';
import { touchConnections } from './agent';
import { SalesforceRequestError, SalesforceUnavailableError, classifySalesforceError } from './errors';

export interface SalesforceSession {
  instanceUrl: string;
  accessToken: string;
  apiVersion: string;
}

export interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  records: T[];
}

/** One request of a composite call; `url` is relative to the instance, `@{ref.field}` refers to an earlier answer. */
export interface CompositeRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  referenceId: string;
  body?: unknown;
  /** Headers of this subrequest alone, e.g. `If-Unmodified-Since` on a PATCH. */
  httpHeaders?: Record<string, string>;
}

export interface CompositeResponse {
  body: unknown;
  httpStatusCode: number;
  referenceId: string;
}

export interface FlowResult {
  isSuccess: boolean;
  /** `fields`: the input variables an error is about, when Salesforce names them [unconfirmed for flows]. */
  errors: { statusCode?: string; message: string; fields?: string[] }[] | null;
  outputValues: Record<string, unknown> | null;
}

export interface SalesforcePort {
  readonly apiVersion: string;
  query<T>(soql: string): Promise<QueryResult<T>>;
  /** A SOSL search: records whose searchable fields contain the terms. */
  search<T>(sosl: string): Promise<{ searchRecords: T[] }>;
  /** Any other data API resource, by its path under /services/data/vNN.N, e.g. `/analytics/reports/00O…?includeDetails=true`. */
  get<T>(path: string): Promise<T>;
  /** The same, posting a JSON body, e.g. a report run with filters of its own. */
  post<T>(path: string, body: unknown): Promise<T>;
  /** The URL of a query, for a composite request. */
  queryUrl(soql: string): string;
  /**
   * Several requests in one round trip (REST API composite resource). Throws the first failure a subrequest
   * reports (not its PROCESSING_HALTED siblings), as the single calls do — except for the subrequests named in
   * `mayFail`, whose failures come back with their status for the caller to judge.
   */
  composite(requests: CompositeRequest[], options?: { allOrNone?: boolean; mayFail?: readonly string[] }): Promise<CompositeResponse[]>;
  /** Creates one record and returns its id. */
  create(type: string, fields: Record<string, unknown>): Promise<string>;
  /**
   * Runs an autolaunched Flow with one set of inputs (Actions API, invocable flow). A failed interview comes back
   * as its result (isSuccess false, Salesforce's errors); a reply that is not the results throws
   * SalesforceUnavailableError with `answered`: the flow may or may not have run.
   */
  runFlow(name: string, inputs: Record<string, unknown>): Promise<FlowResult>;
}

/** How one request's calls to Salesforce are bounded and watched. */
export interface CallOptions {
  /** Epoch ms by which every call must be done. */
  deadline: () => number;
  /** Sees every call while it runs (the progressive response watches for slow ones). */
  watch?: <T>(call: Promise<T>) => Promise<T>;
}

/**
 * Never wait less than this, even when the request's deadline is near: a too-short wait is a sure failure. Once the
 * deadline has passed no call is made at all, so a turn overruns its budget by one such wait at most.
 */
const MIN_TIMEOUT_MS = 500;

export function createSalesforcePort(session: SalesforceSession, options: CallOptions): SalesforcePort {
  const conn = new Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: session.apiVersion });
  const base = `/services/data/v${session.apiVersion}`;
  const watch = options.watch ?? (<T>(p: Promise<T>) => p);

  async function call<T>(method: CompositeRequest['method'], url: string, body?: unknown): Promise<T> {
    const left = options.deadline() - Date.now();
    if (left <= 0) throw new SalesforceUnavailableError('no time left in this turn for Salesforce');
    touchConnections(Date.now());
    const request = conn.request<T>(
      { method, url, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }) },
      { timeout: Math.max(MIN_TIMEOUT_MS, left), retry: { maxRetries: 0 } },
    );
    let answer: T;
    try {
      answer = await watch(Promise.resolve(request));
    } catch (err) {
      throw classifySalesforceError(err);
    } finally {
      touchConnections(Date.now());
    }
    // jsforce hands back the raw text of a body it cannot parse (broken JSON, an HTML page with status 200), and every
    // resource used here answers JSON: Salesforce answered, but what it did is unknown.
    if (typeof answer === 'string') throw new SalesforceUnavailableError(`${method} ${url.split('?')[0]} answered something other than JSON`, true);
    return answer;
  }

  const queryUrl = (soql: string) => `${base}/query?q=${encodeURIComponent(soql)}`;

  return {
    apiVersion: session.apiVersion,
    queryUrl,
    query: (soql) => call('GET', queryUrl(soql)),
    search: (sosl) => call('GET', `${base}/search?q=${encodeURIComponent(sosl)}`),
    get: (path) => call('GET', `${base}${path}`),
    post: (path, body) => call('POST', `${base}${path}`, body),
    async composite(requests, { allOrNone = false, mayFail = [] } = {}) {
      const answer = await call<{ compositeResponse: CompositeResponse[] }>('POST', `${base}/composite`, { allOrNone, compositeRequest: requests });
      const failure = answer.compositeResponse
        .filter((r) => r.httpStatusCode >= 400 && !mayFail.includes(r.referenceId))
        .flatMap((r) => (Array.isArray(r.body) ? (r.body as { errorCode: string; message: string; fields?: string[] }[]) : []))
        .find((e) => e.errorCode !== 'PROCESSING_HALTED');
      if (failure) throw classifySalesforceError({ ...failure, name: failure.errorCode });
      return answer.compositeResponse;
    },
    async create(type, fields) {
      const answer = await call<{ id: string; success: boolean; errors: { message: string; statusCode?: string }[] }>('POST', `${base}/sobjects/${type}`, fields);
      if (!answer.success) throw new SalesforceRequestError(answer.errors[0]?.statusCode ?? 'UNKNOWN', answer.errors[0]?.message ?? 'create failed');
      return answer.id;
    },
    async runFlow(name, inputs) {
      let answer: unknown;
      try {
        answer = await call<unknown>('POST', `${base}/actions/custom/flow/${encodeURIComponent(name)}`, { inputs: [inputs] });
      } catch (err) {
        // A failed interview is HTTP 400 with the results array as the body (observed in
        // https://github.com/sfdx-mass-action-scheduler/sfdx-mass-action-scheduler/issues/69); jsforce finds no
        // `message` in it and gives the raw body as the message of an ERROR_HTTP_400.
        const results = err instanceof SalesforceRequestError && err.errorCode === 'ERROR_HTTP_400' ? parsed(err.message) : undefined;
        if (!isFlowResults(results)) throw err;
        answer = results;
      }
      if (!isFlowResults(answer)) throw new SalesforceUnavailableError(`flow ${name} answered something other than its results`, true);
      return answer[0]!;
    },
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isFlowResults(value: unknown): value is FlowResult[] {
  return Array.isArray(value) && value.length > 0 && typeof (value[0] as Partial<FlowResult> | null)?.isSuccess === 'boolean';
}
