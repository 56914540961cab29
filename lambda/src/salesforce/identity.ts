/**
 * Who a linked access token belongs to. Alexa keeps only the tokens (not instance_url), so the skill asks
 * the identity host's userinfo endpoint, with the token in the Authorization header — never in a URL,
 * which jsforce's identity() would do.
 */
import { LinkRequiredError, SalesforceLimitError, SalesforceUnavailableError, classifySalesforceError } from './errors';
import { type CallOptions, createSalesforcePort } from './port';
import { type KnownDeal, fetchKnownDeals } from '../deals/known';
import { type KnownPerson, fetchPeople } from '../people/query';
import { log } from '../log';
import { orgSettings, placeInTeam } from './users';

export interface Identity {
  userId: string;
  orgId: string;
  instanceUrl: string;
  firstName: string;
  /** IANA zone of the Salesforce user, e.g. America/New_York: relative dates are spoken in it. */
  timeZone: string;
  /** Salesforce locale, e.g. en_US. */
  locale: string;
  currency: string;
  /** The month (1–12) the org's fiscal year starts: named quarters are fiscal quarters. */
  fiscalYearStartMonth: number;
  hasReports: boolean;
  managerId: string | null;
  /**
   * Who the user can name (people/query.ts), looked up with the identity and cached with it for the hour, so a
   * new session's dynamic entities cost no further call or read. Absent when that query failed, or in an identity
   * cached before it existed.
   */
  people?: KnownPerson[];
  /** The open deals the user is most likely to name (deals/known.ts), cached the same way. */
  deals?: KnownDeal[];
}

/** The part of the userinfo answer the skill uses (OpenID Connect UserInfo, Salesforce's flavour). */
interface UserInfo {
  user_id: string;
  organization_id: string;
  given_name?: string;
  name?: string;
  zoneinfo?: string;
  locale?: string;
  urls?: { rest?: string; custom_domain?: string };
}

/** My Domain host when the org has one, else the host serving the REST API. */
export function instanceUrlOf(info: UserInfo): string {
  const base = info.urls?.custom_domain ?? info.urls?.rest;
  if (!base) throw new SalesforceUnavailableError('userinfo has no instance URL');
  return new URL(base).origin;
}

async function fetchUserInfo(loginUrl: string, accessToken: string, timeoutMs: number): Promise<UserInfo> {
  let res: Response;
  try {
    res = await fetch(`${loginUrl}/services/oauth2/userinfo`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new SalesforceUnavailableError(`userinfo: ${(err as Error).message}`);
  }
  if (res.status === 401 || res.status === 403) {
    // The org's daily API allowance comes back as 403 too: the link is fine, the user must not be told to relink.
    const body = await res.text().catch(() => '');
    if (body.includes('REQUEST_LIMIT_EXCEEDED')) throw new SalesforceLimitError(`userinfo answered ${res.status}: REQUEST_LIMIT_EXCEEDED`);
    // A bad or expired token: 403 text/plain "Bad_OAuth_Token" (401 on some hosts); a token without an identity
    // scope is refused the same way, and only a new link with the app's scopes mends it. The body (never the
    // token) tells an admin which it was.
    log.warn('userinfo refused the token', { status: res.status, body: body.slice(0, 200) });
    throw new LinkRequiredError('expired');
  }
  if (!res.ok) throw new SalesforceUnavailableError(`userinfo answered ${res.status}`);
  return (await res.json()) as UserInfo;
}

export interface IdentityLookup {
  loginUrl: string;
  apiVersion: string;
}

/** The people and deals lists are a convenience: their failure must not stop the user from being identified. */
async function orNothing<T>(what: string, lookUp: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lookUp();
  } catch (err) {
    log.warn(`${what} not looked up`, { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    return undefined;
  }
}

/**
 * Cold path: userinfo, then the org's currency and whether the user manages anyone, in parallel; then the
 * people around the user (their query needs the manager's id) and the deals they are likely to name.
 */
export async function lookUpIdentity(lookup: IdentityLookup, accessToken: string, calls: CallOptions): Promise<Identity> {
  const watch = calls.watch ?? (<T>(p: Promise<T>) => p);
  const info = await watch(fetchUserInfo(lookup.loginUrl, accessToken, Math.max(500, calls.deadline() - Date.now())));
  const instanceUrl = instanceUrlOf(info);
  const port = createSalesforcePort({ instanceUrl, accessToken, apiVersion: lookup.apiVersion }, calls);
  try {
    const [org, team] = await Promise.all([orgSettings(port), placeInTeam(port, info.user_id)]);
    const [people, deals] = await Promise.all([
      orNothing('people', () => fetchPeople(port, info.user_id, team.managerId)),
      orNothing('deals', () => fetchKnownDeals(port, info.user_id)),
    ]);
    return {
      userId: info.user_id,
      orgId: info.organization_id,
      instanceUrl,
      firstName: info.given_name ?? info.name ?? '',
      timeZone: info.zoneinfo ?? 'America/Los_Angeles',
      locale: info.locale ?? 'en_US',
      currency: org.currency,
      fiscalYearStartMonth: org.fiscalYearStartMonth,
      ...team,
      ...(people ? { people } : {}),
      ...(deals ? { deals } : {}),
    };
  } catch (err) {
    throw classifySalesforceError(err);
  }
}
