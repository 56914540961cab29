/**
 * `POST /composite`: subrequests run in order through the same resources, `@{ref.path}` references
 * resolved from earlier results. Answer shape and allOrNone rules: REST API Developer Guide, "Composite"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_responses_composite_composite.htm):
 * the top level is always 200; with allOrNone, once a subrequest fails every other one answers 400
 * PROCESSING_HALTED and the writes of the earlier ones are rolled back; without it, only subrequests that
 * reference a failed one are skipped and every successful write stays.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { SalesforceError, type OrgStore } from '../types';
import { errorBody, notFound } from '../http';
import { objectBody, ok, respond, type DataReply, type DataRequest, type Resource } from './data-api';
import { isSupportedVersion } from './versions';

interface SubResult {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

class UnresolvedReference extends Error {}

/** Thrown out of an allOrNone transaction to roll it back: the subrequest that failed, and where. */
class Halted extends Error {
  constructor(readonly failure: SubResult, readonly position: number) {
    super(`subrequest ${failure.referenceId} failed`);
  }
}

const REFERENCE = /@\{([\w]+)((?:\.\w+|\[\d+\])*)\}/g;

function halted(referenceId: string, message: string): SubResult {
  return { body: [{ errorCode: 'PROCESSING_HALTED', message }], httpHeaders: {}, httpStatusCode: 400, referenceId };
}

/** `records[0].Id` inside a result body. */
function walk(value: unknown, path: string): unknown {
  let current = value;
  for (const [, key, index] of path.matchAll(/\.(\w+)|\[(\d+)\]/g)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key ?? index ?? ''];
  }
  return current;
}

/** Replaces references in strings, recursively; a string that is one whole reference takes the value's own type. */
function resolve(value: unknown, results: ReadonlyMap<string, SubResult>): unknown {
  if (typeof value === 'string') {
    const lookup = (refId: string, path: string): unknown => {
      const result = results.get(refId);
      const found = result && result.httpStatusCode < 400 ? walk(result.body, path) : undefined;
      if (found === undefined) throw new UnresolvedReference(`${refId}${path}`);
      return found;
    };
    const whole = new RegExp(`^${REFERENCE.source}$`).exec(value);
    if (whole) return lookup(whole[1] ?? '', whole[2] ?? '');
    return value.replace(REFERENCE, (_, refId: string, path: string) => String(lookup(refId, path)));
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, results));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, results)]));
  }
  return value;
}

function subrequest(raw: unknown, parent: DataRequest, results: ReadonlyMap<string, SubResult>): DataRequest & { referenceId: string } {
  const sub = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const referenceId = typeof sub.referenceId === 'string' ? sub.referenceId : '';
  const url = resolve(typeof sub.url === 'string' ? sub.url : '', results) as string;
  const target = /^\/services\/data\/v(\d+\.\d)([^?]*)(?:\?(.*))?$/.exec(url);
  if (!referenceId || !target || typeof sub.method !== 'string') {
    throw new SalesforceError('INVALID_INPUT', 'Each subrequest needs method, url (/services/data/vNN.N/…) and referenceId.', 400);
  }
  if (!isSupportedVersion(target[1] ?? '')) throw notFound();
  return {
    referenceId,
    method: sub.method.toUpperCase(),
    version: target[1] ?? '',
    path: target[2] ?? '',
    query: new URLSearchParams(target[3] ?? ''),
    headers: { ...parent.headers, ...lowerCased(sub.httpHeaders) },
    body: resolve(sub.body, results),
    userId: parent.userId,
  };
}

/** A subrequest's `httpHeaders`, named as Node names request headers: HTTP header names are case-insensitive. */
function lowerCased(headers: unknown): IncomingHttpHeaders {
  if (typeof headers !== 'object' || headers === null) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

function referenceIdOf(raw: unknown): string {
  return String((raw as { referenceId?: unknown } | null)?.referenceId ?? '');
}

function execute(raw: unknown, parent: DataRequest, results: ReadonlyMap<string, SubResult>, resources: Resource[]): SubResult {
  const referenceId = referenceIdOf(raw);
  try {
    const reply = respond(resources, subrequest(raw, parent, results));
    return { body: reply.body ?? null, httpHeaders: reply.headers ?? {}, httpStatusCode: reply.status, referenceId };
  } catch (e) {
    if (e instanceof SalesforceError) return { body: errorBody(e), httpHeaders: {}, httpStatusCode: e.status, referenceId };
    // [unsure] exact wording; Salesforce names the reference that had no value.
    if (e instanceof UnresolvedReference) return halted(referenceId, `Invalid reference specified. No value for ${e.message} found.`);
    throw e;
  }
}

/** Every subrequest in order; with `allOrNone`, throws Halted at the first failure. */
function executeAll(list: unknown[], req: DataRequest, resources: Resource[], allOrNone: boolean): SubResult[] {
  const results = new Map<string, SubResult>();
  return list.map((raw, position) => {
    const result = execute(raw, req, results, resources);
    if (allOrNone && result.httpStatusCode >= 400) throw new Halted(result, position);
    results.set(result.referenceId, result);
    return result;
  });
}

/** `resources`: what a subrequest may reach (everything but composite itself). */
export function compositeResource(store: OrgStore, resources: Resource[]): Resource {
  const run = (req: DataRequest): DataReply => {
    const body = objectBody(req);
    const list: unknown[] | undefined = Array.isArray(body.compositeRequest) ? body.compositeRequest : undefined;
    if (!list) throw new SalesforceError('JSON_PARSER_ERROR', 'The request body must have a compositeRequest array.', 400);
    if (body.allOrNone !== true) return ok({ compositeResponse: executeAll(list, req, resources, false) });
    try {
      return ok({ compositeResponse: store.transaction(() => executeAll(list, req, resources, true)) });
    } catch (e) {
      if (!(e instanceof Halted)) throw e;
      const rolledBack = 'The transaction was rolled back since another operation in the same transaction failed.';
      return ok({ compositeResponse: list.map((other, i) => (i === e.position ? e.failure : halted(referenceIdOf(other), rolledBack))) });
    }
  };
  return { pattern: /^\/composite\/?$/, methods: { POST: run } };
}
