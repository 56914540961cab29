/**
 * The emulator's HTTP face: one node:http handler for the login host (OAuth) and the instance (data API),
 * which are the same origin here. Every answer waits the configured latency; injected faults answer
 * before anything else; data answers carry `Sforce-Limit-Info`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallCounters, CallKind } from './counters';
import type { Fault, FaultQueue } from './faults';
import {
  JSON_CONTENT_TYPE, bearerToken, emptyReply, errorBody, jsonReply, notFound, readBody, writeReply,
  type EmulatorRequest, type Reply,
} from './http';
import { allowsRestApi } from './oauth/connected-app';
import type { OAuthRoutes } from './oauth/routes';
import type { TokenRegistry } from './oauth/tokens';
import { isSupportedVersion, versionList, type ApiUsage, type DataReply, type DataRequest } from './rest';
import { SalesforceError } from './types';

export interface ServerParts {
  oauth: OAuthRoutes;
  dataApi: (req: DataRequest) => DataReply;
  tokens: TokenRegistry;
  usage: ApiUsage;
  faults: FaultQueue;
  counters: CallCounters;
  latencyMs: () => number;
}

const DATA_PATH = /^\/services\/data(?:\/v([^/]+)(\/.*)?)?\/?$/;

function kindOf(path: string): CallKind {
  if (path === '/services/data' || path.startsWith('/services/data/')) return 'data';
  if (path.startsWith('/services/oauth2/') || path.startsWith('/id/') || path.startsWith('/.well-known/')) return 'oauth';
  return 'other';
}

function sessionExpired(): SalesforceError {
  return new SalesforceError('INVALID_SESSION_ID', 'Session expired or invalid', 401);
}

/**
 * A live token granted without `api` (or `full`): Salesforce answers 401 INVALID_SESSION_ID "This session is not valid
 * for use with the REST API" (Salesforce Help, knowledge article 005226515:
 * https://help.salesforce.com/s/articleView?id=005226515&type=1).
 */
function notForRestApi(): SalesforceError {
  return new SalesforceError('INVALID_SESSION_ID', 'This session is not valid for use with the REST API', 401);
}

/**
 * `//services/data/…` is `/services/data/…`: Salesforce's CLI stores the instance URL with a trailing slash and
 * sends double slashes, which Salesforce answers. (Parsed as it stands, `//services` would even be a host name.)
 * [unconfirmed] that Salesforce collapses repeated slashes anywhere in the path, not only at its start.
 */
function collapseSlashes(target: string): string {
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  return path.replace(/\/{2,}/g, '/') + (query < 0 ? '' : target.slice(query));
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SalesforceError('JSON_PARSER_ERROR', 'The request body is not valid JSON.', 400);
  }
}

export function orgRequestHandler(parts: ServerParts): (req: IncomingMessage, res: ServerResponse) => void {
  const limitInfo = () => ({ 'Sforce-Limit-Info': parts.usage.header() });

  function dataReply(reply: DataReply): Reply {
    const headers = { ...reply.headers, ...limitInfo() };
    return reply.body === undefined ? emptyReply(reply.status, headers) : jsonReply(reply.status, reply.body, headers);
  }

  function data(req: EmulatorRequest): Reply {
    const match = DATA_PATH.exec(req.url.pathname);
    if (!match) throw notFound();
    const [, version, path = ''] = match;
    if (version === undefined) return jsonReply(200, versionList(), limitInfo()); // No session needed.
    if (!isSupportedVersion(version)) throw notFound();
    const token = bearerToken(req.headers);
    const session = token ? parts.tokens.session(token, Date.now()) : undefined;
    if (!session) throw sessionExpired();
    if (!allowsRestApi(session.scope)) throw notForRestApi();
    parts.usage.consume();
    return dataReply(parts.dataApi({
      method: req.method, version, path, query: req.url.searchParams, headers: req.headers,
      body: parseJson(req.body), userId: session.userId,
    }));
  }

  function faultReply(fault: Fault, kind: CallKind): Reply {
    if (fault.body !== undefined) {
      return { status: fault.status, headers: { 'Content-Type': fault.contentType ?? JSON_CONTENT_TYPE, ...(kind === 'data' ? limitInfo() : {}) }, body: fault.body };
    }
    return kind === 'data'
      ? jsonReply(fault.status, [{ message: fault.message, errorCode: fault.errorCode, ...(fault.fields ? { fields: fault.fields } : {}) }], limitInfo())
      : jsonReply(fault.status, { error: fault.errorCode, error_description: fault.message });
  }

  async function answer(req: EmulatorRequest, kind: CallKind): Promise<Reply> {
    const fault = kind === 'other' ? undefined : parts.faults.take(req.url.pathname);
    if (fault && !fault.afterWork) return faultReply(fault, kind);
    const reply = await work(req, kind);
    return fault ? faultReply(fault, kind) : reply;
  }

  async function work(req: EmulatorRequest, kind: CallKind): Promise<Reply> {
    try {
      if (kind === 'data') return data(req);
      if (kind === 'oauth') {
        const reply = await parts.oauth.handle(req);
        if (reply) return reply;
      }
      throw notFound();
    } catch (e) {
      if (!(e instanceof SalesforceError)) throw e;
      return jsonReply(e.status, errorBody(e), kind === 'data' ? limitInfo() : {});
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request: EmulatorRequest = {
      method: req.method ?? 'GET',
      url: new URL(collapseSlashes(req.url ?? '/'), 'http://emulator.local'),
      headers: req.headers,
      body: await readBody(req),
    };
    const kind = kindOf(request.url.pathname);
    parts.counters.record(kind, request.url.pathname);
    let reply: Reply;
    try {
      reply = await answer(request, kind);
    } catch (e) {
      console.error('[org emulator]', e);
      reply = jsonReply(500, [{ message: 'An unexpected error occurred.', errorCode: 'UNKNOWN_EXCEPTION' }]);
    }
    const latency = parts.latencyMs();
    if (latency > 0) await sleep(latency);
    writeReply(res, reply);
  }

  return (req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[org emulator]', e);
      res.destroy();
    });
  };
}

