/**
 * The local Salesforce org emulator: an HTTP server that jsforce (or any Salesforce client) talks to like a
 * real org, the demo data loaded, plus test controls (token expiry, latency, faults, call counters).
 *
 *   const org = await startOrg({ port: 0 });
 *   const { access_token } = org.issueTokens(org.demo.users[0].username);
 *   const conn = new jsforce.Connection({ instanceUrl: org.url, accessToken: access_token, version: '66.0' });
 */
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CallCounters, type CallCounts, ConnectionCounters, type ConnectionCounts } from './counters';
import { FaultQueue, type Fault } from './faults';
import { DEMO_APP } from './oauth/connected-app';
import { identityId } from './oauth/identity';
import { OAuthRoutes, type TokenResponse } from './oauth/routes';
import { TokenRegistry } from './oauth/tokens';
import { winsAndLosses } from './reports/wins-losses';
import { ApiUsage, createDataApi } from './rest';
import { FORECAST_OBJECTS } from './forecasting';
import { seedDemoOrg } from './seed';
import { orgRequestHandler } from './server';
import { type StoreOptions, createStore } from './store';
import { localCertificate } from './tls';
import type { OrgStore } from './types';

export { DEMO_PASSWORD, DEMO_USERS } from './seed';
export type { Fault } from './faults';
export type { ConnectionCounts } from './counters';
export type { TokenResponse } from './oauth/routes';

export interface OrgEmulatorOptions {
  /** 0 = a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Added before every answer (data and OAuth). Default 0. */
  latencyMs?: number;
  /** Anchor of the demo data's dates. Default: the clock's now. */
  today?: Date;
  /** The org's clock (SOQL's date literals, record timestamps). Default: the system clock; tokens always use it. */
  clock?: () => Date;
  /** Default 7200 (two hours, Salesforce's default session timeout). */
  accessTokenLifetimeSeconds?: number;
  /** DailyApiRequests Max. Default 15000. */
  dailyApiLimit?: number;
  /** Custom fields beyond the demo org's standard schema, by object (see schema.ts customPicklistField). */
  customFields?: StoreOptions['customFields'];
  /**
   * Sales Cloud Einstein: with `false` the org has no OpportunityInsight and no opportunity scores (ScoreIntelligence
   * and Opportunity.ScoreIntelligenceId; describe does not list them, SOQL answers INVALID_TYPE or INVALID_FIELD), as
   * an org without the license. Default true: the demo org has Einstein's insights.
   */
  einstein?: boolean;
  /**
   * Collaborative Forecasts: with `false` the org has no ForecastingType, ForecastingQuota or ForecastingItem (describe
   * does not list them, SOQL answers INVALID_TYPE), as an org that never turned forecasts on. Default true.
   */
  forecasting?: boolean;
  /**
   * Also serve the instance (data API) over HTTPS on a second port, with a self-signed certificate made at start
   * (tls.ts); tokens and userinfo then name that HTTPS origin as the instance, as Salesforce names its own. The
   * login host stays plain HTTP. Default false.
   */
  https?: boolean;
}

/** The objects a feature brings; an org without the feature lacks them. */
const EINSTEIN_OBJECTS = ['OpportunityInsight', 'ScoreIntelligence'];


export interface DemoCredentials {
  clientId: string;
  clientSecret: string;
  orgId: string;
  users: { id: string; username: string; password: string; name: string; role: 'manager' | 'rep' }[];
  /** Saved report ids (`GET /analytics/reports/{id}`): "Closed Won vs Lost This Quarter". */
  reports: { winsLosses: string };
}

export interface OrgEmulator {
  /** `http://127.0.0.1:PORT`: the login host, and the instance URL unless `https` is on. */
  url: string;
  /** Where tokens and userinfo say the data API is: `url`, or with `https` the HTTPS listener's origin. */
  instanceUrl: string;
  /** With `https`: the PEM certificate a client must trust to reach `instanceUrl`. */
  certificate?: string;
  store: OrgStore;
  demo: DemoCredentials;
  /** What a token grant answers (with a refresh token), without HTTP. */
  issueTokens(username: string): TokenResponse & { refresh_token: string };
  /** The next use of this token answers 401 INVALID_SESSION_ID (403 Bad_OAuth_Token on userinfo). */
  expireAccessToken(accessToken: string): void;
  setLatency(ms: number): void;
  /** The next `times` (default 1) data/OAuth calls whose path matches answer this Salesforce error. */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  counters(): CallCounts;
  /** Connections accepted on either listener since the last reset (resetCounters resets them too). */
  connections(): ConnectionCounts;
  resetCounters(): void;
  /**
   * Field-level security (fls.ts): the user (username or id) keeps only read access ('read') to `Object.Field`, or
   * none ('none'), on the REST API: writes of it fail, queries of a hidden field fail, describe follows.
   */
  restrictField(user: string, field: string, access: 'read' | 'none'): void;
  /** Every user back to the baseline field access (or one user, by username or id). */
  clearFieldRestrictions(user?: string): void;
  close(): Promise<void>;
}

/**
 * How long an idle client connection stays open. Node's server default (5 s) would close it between two turns a few
 * seconds apart; Salesforce keeps connections longer [unconfirmed: it documents no idle timeout].
 */
const KEEP_ALIVE_MS = 60_000;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startOrg(options: OrgEmulatorOptions = {}): Promise<OrgEmulator> {
  const host = options.host ?? '127.0.0.1';
  const store = createStore({
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.customFields ? { customFields: options.customFields } : {}),
    without: [...(options.einstein === false ? EINSTEIN_OBJECTS : []), ...(options.forecasting === false ? FORECAST_OBJECTS : [])],
  });
  const seeded = seedDemoOrg(store, options.today ?? store.now());
  const orgId = store.organization().Id;
  const tokens = new TokenRegistry(orgId.slice(0, 15), (options.accessTokenLifetimeSeconds ?? 7200) * 1000);
  const usage = new ApiUsage(options.dailyApiLimit ?? 15000);
  const faults = new FaultQueue();
  const counters = new CallCounters();
  const connections = new ConnectionCounters();
  let latencyMs = options.latencyMs ?? 0;
  const userIdOf = (user: string): string => {
    const found = store.all('User').find((u) => String(u.Username).toLowerCase() === user.toLowerCase()) ?? store.get('User', user);
    if (!found) throw new Error(`No user ${user}`);
    return found.Id;
  };

  // The URL (and so the OAuth routes) is known only once the port is bound: attach the handler then.
  const certificate = options.https ? await localCertificate() : undefined;
  const servers: Server[] = [createServer()];
  if (certificate) {
    const secure = createHttpsServer(certificate);
    secure.on('secureConnection', () => connections.secured());
    servers.push(secure);
  }
  const origin = (scheme: string, a: AddressInfo) => `${scheme}://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  const url = origin('http', await listen(servers[0]!, options.port ?? 0, host));
  const instanceUrl = servers[1] ? origin('https', await listen(servers[1], 0, host)) : url;
  const oauth = new OAuthRoutes({
    url: instanceUrl, orgId, app: DEMO_APP, tokens, store,
    passwords: new Map(seeded.users.map((u) => [u.username.toLowerCase(), u.password])),
  });
  const handler = orgRequestHandler({
    oauth, tokens, usage, faults, counters,
    dataApi: createDataApi(store, usage, (userId) => identityId(instanceUrl, orgId, userId)),
    latencyMs: () => latencyMs,
  });
  for (const server of servers) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.on('connection', () => connections.accepted());
    server.on('request', handler);
  }

  return {
    url,
    instanceUrl,
    ...(certificate ? { certificate: certificate.cert } : {}),
    store,
    demo: {
      clientId: DEMO_APP.clientId, clientSecret: DEMO_APP.clientSecret, orgId, users: seeded.users, reports: { winsLosses: winsAndLosses.id },
    },
    issueTokens: (username) => oauth.issueTokens(username),
    expireAccessToken: (accessToken) => tokens.expire(accessToken),
    setLatency: (ms) => { latencyMs = ms; },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    counters: () => counters.snapshot(),
    connections: () => connections.snapshot(),
    resetCounters: () => {
      counters.reset();
      connections.reset();
    },
    restrictField: (user, field, access) => store.fieldSecurity.restrict(userIdOf(user), field, access),
    clearFieldRestrictions: (user) => store.fieldSecurity.clear(user === undefined ? undefined : userIdOf(user)),
    close: () => Promise.all(servers.map((server) => new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    }))).then(() => undefined),
  };
}
