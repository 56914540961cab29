/**
 * The data API (`/services/data/vNN.N/…`) after authentication: a table of resources, each a path
 * pattern with one handler per HTTP method. Handlers return plain values; the server adds headers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { errorBody, notFound } from '../http';
import { SalesforceError } from '../types';

export interface DataRequest {
  method: string;
  /** `66.0` */
  version: string;
  /** The path after `/services/data/vNN.N`, e.g. `/sobjects/Account/describe`; '' for the version root. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, undefined when there was none. */
  body: unknown;
  /** The running user: the access token's user. */
  userId: string;
}

export interface DataReply {
  status: number;
  /** Serialised as JSON; undefined = no body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: DataRequest, params: string[]) => DataReply;

export interface Resource {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): DataReply {
  return { status, body, ...(headers ? { headers } : {}) };
}

/** The first resource whose pattern matches; a known path with another method is 405 as Salesforce answers it. */
export function dispatch(resources: Resource[], req: DataRequest): DataReply {
  for (const resource of resources) {
    const match = resource.pattern.exec(req.path);
    if (!match) continue;
    const handler = resource.methods[req.method];
    if (!handler) {
      const allowed = Object.keys(resource.methods).join(',');
      throw new SalesforceError('METHOD_NOT_ALLOWED', `HTTP Method '${req.method}' not allowed. Allowed are ${allowed}`, 405);
    }
    return handler(req, match.slice(1).map((p) => decodeURIComponent(p ?? '')));
  }
  throw notFound();
}

/** Like dispatch, with a SalesforceError turned into its error reply. */
export function respond(resources: Resource[], req: DataRequest): DataReply {
  try {
    return dispatch(resources, req);
  } catch (e) {
    if (e instanceof SalesforceError) return { status: e.status, body: errorBody(e) };
    throw e;
  }
}

/** A JSON object body, or the error Salesforce gives for anything else. */
export function objectBody(req: DataRequest): Record<string, unknown> {
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    throw new SalesforceError('JSON_PARSER_ERROR', 'The request body must be a JSON object.', 400);
  }
  return req.body as Record<string, unknown>;
}
