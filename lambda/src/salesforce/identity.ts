/**
 * Who a linked access token belongs to. Alexa keeps only the tokens (not instance_url), so the skill asks
 * the identity host's userinfo endpoint, with the token in the Authorization header — never in a URL,
 * which jsforce's identity() would do.
 */
import { LinkRequiredError, SalesforceLimitError, SalesforceUnavailableError, classifySalesforceError } from './errors';
import type { CallOptions, CompositeResponse, SalesforcePort } from './port';
import { type KnownDeal, type KnownDealRow, knownDealsSoql, toKnownDeals } from '../deals/known';
import { type KnownPerson, type UserRow, peopleAboveSoql, peopleBelowSoql, toPeople } from '../people/query';
import { log } from '../log';
import { ORG_FISCAL_SOQL, ORG_SETTINGS_SOQL, type OrgRow, type PlaceInTeamRow, placeInTeamSoql, toOrgSettings, toPlaceInTeam } from './users';

/** Who holds the token: userinfo's answer, looked up for every new token. */
export interface TokenHolder {
  userId: string;
  orgId: string;
  instanceUrl: string;
  firstName: string;
  /** IANA zone of the Salesforce user, e.g. America/New_York: relative dates are spoken in it. */
  timeZone: string;
  /** Salesforce locale, e.g. en_US. */
  locale: string;
}

/**
 * What belongs to the user rather than to a token: the org's currency and fiscal year, the user's place in the
 * team, the people and deals they name. Looked up once per user in one composite request and cached by org and
 * user (state/identities.ts), so a refreshed token costs only its userinfo call.
 */
export interface UserProfile {
  currency: string;
  /** The month (1–12) the org's fiscal year starts: named quarters are fiscal quarters. */
  fiscalYearStartMonth: number;
  hasReports: boolean;
  managerId: string | null;
  /**
   * Who the user can name (people/query.ts), cached with the profile, so a new session's dynamic entities cost no
   * further call or read. Absent when that query failed, or in an identity cached before it existed.
   */
  people?: KnownPerson[];
  /** The open deals the user is most likely to name (deals/known.ts), cached the same way. */
  deals?: KnownDeal[];
}

export interface Identity extends TokenHolder, UserProfile {}

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

/** The first call for a new token: who holds it, from the identity host. */
export async function lookUpTokenHolder(lookup: IdentityLookup, accessToken: string, calls: CallOptions): Promise<TokenHolder> {
  const watch = calls.watch ?? (<T>(p: Promise<T>) => p);
  const info = await watch(fetchUserInfo(lookup.loginUrl, accessToken, Math.max(500, calls.deadline() - Date.now())));
  return {
    userId: info.user_id,
    orgId: info.organization_id,
    instanceUrl: instanceUrlOf(info),
    firstName: info.given_name ?? info.name ?? '',
    timeZone: info.zoneinfo ?? 'America/Los_Angeles',
    locale: info.locale ?? 'en_US',
  };
}

/** A subrequest's records, or undefined when it failed (only those named in `mayFail` can). */
function recordsOf<T>(answers: CompositeResponse[], referenceId: string): T[] | undefined {
  const answer = answers.find((a) => a.referenceId === referenceId);
  return answer && answer.httpStatusCode < 400 ? (answer.body as { records: T[] }).records : undefined;
}

/** The people and deals lists are a convenience: their failure must not stop the user from being identified. */
function warnMissing(what: string, answers: CompositeResponse[], referenceId: string): void {
  const body = answers.find((a) => a.referenceId === referenceId)?.body;
  log.warn(`${what} not looked up`, { error: JSON.stringify(body) });
}

/**
 * The user's profile in one composite request of five queries (the Composite resource's limit, see
 * conversations/briefing/query.ts): the org's settings, the user's row (manager, whether they manage anyone), the
 * deals they name, and the people below and above them — the manager's id reaches the last as a reference to the
 * user's row, as the Composite resource allows ("Composite", REST API Developer Guide,
 * https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-composite-post.html).
 */
export async function lookUpUserProfile(port: SalesforcePort, userId: string): Promise<UserProfile> {
  const managerId = '@{me.records[0].ManagerId}';
  // A reference must stand in the URL as written, not percent-encoded with the rest of the query.
  const query = (referenceId: string, soql: string) => ({
    method: 'GET' as const, url: port.queryUrl(soql).replaceAll(encodeURIComponent(managerId), managerId), referenceId,
  });
  try {
    const answers = await port.composite(
      [
        query('org', ORG_SETTINGS_SOQL),
        query('me', placeInTeamSoql(userId)),
        query('deals', knownDealsSoql(userId)),
        query('below', peopleBelowSoql(userId)),
        query('above', peopleAboveSoql(managerId)),
      ],
      { mayFail: ['org', 'deals', 'below', 'above'] },
    );
    const team = toPlaceInTeam(recordsOf<PlaceInTeamRow>(answers, 'me')?.[0]);
    const orgRows = recordsOf<OrgRow>(answers, 'org');
    // An org or profile that cannot read the currency field must not block every answer; quarters still need the fiscal year.
    const org = toOrgSettings(orgRows ? orgRows[0] : { ...(await port.query<OrgRow>(ORG_FISCAL_SOQL)).records[0], DefaultCurrencyIsoCode: null });
    const below = recordsOf<UserRow>(answers, 'below');
    // Without a manager the query above has no id to look for and fails; that is no one above, not a failure.
    const above = team.managerId ? recordsOf<UserRow>(answers, 'above') : [];
    if (!below || !above) warnMissing('people', answers, below ? 'above' : 'below');
    const dealRows = recordsOf<KnownDealRow>(answers, 'deals');
    if (!dealRows) warnMissing('deals', answers, 'deals');
    return {
      currency: org.currency,
      fiscalYearStartMonth: org.fiscalYearStartMonth,
      ...team,
      ...(below && above ? { people: toPeople([...below, ...above], userId, team.managerId) } : {}),
      ...(dealRows ? { deals: toKnownDeals(dealRows) } : {}),
    };
  } catch (err) {
    throw classifySalesforceError(err);
  }
}
