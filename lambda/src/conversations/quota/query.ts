/**
 * Quota attainment: Collaborative Forecasts quotas (ForecastingQuota, Opportunity Revenue forecast type) and the
 * closed-won amount over the same dates — two queries, one composite round trip (the dates come from window.ts).
 *
 * - Quotas are read for every forecast period that overlaps the window; attainment is told only when one owner's
 *   periods tile the window exactly (three monthly quotas make a quarter; a quarterly quota makes no month).
 * - A manager's quota is their whole team's number in Collaborative Forecasts (a manager's forecast rolls up their
 *   reports'), so a manager's attainment — asked as "my", "the team's" or by their name — is the closed-won of the
 *   manager and their direct reports over the manager's quota; asked for the team, each rep's own comes with it. [unsure] for deeper hierarchies: the won amount counts
 *   direct reports only, as "the team" does everywhere in the skill.
 * - Salesforce shows the forecasting objects only to forecast-enabled users, and quotas only of the user and the
 *   users below them: to anyone else ForecastingQuota does not exist (INVALID_TYPE), and a peer's quota is no row.
 */
import { type Owner, defaultOwner } from '../../deals/owner';
import { type Period, periodOf } from '../../deals/period';
import type { DealQuestion } from '../../deals/question';
import { SalesforceRequestError } from '../../salesforce/errors';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { soqlId, whereAll } from '../../salesforce/soql';
import { type DateWindow, tilesWindow, windowOf } from './window';

/** The forecast type whose quotas are revenue quotas on opportunities (Salesforce's standard developer name). */
export const REVENUE_FORECAST = 'OpportunityRevenue';

export interface QuotaQuery {
  owner: Owner;
  userId: string;
  window: DateWindow;
}

export interface QuotaRow {
  QuotaOwnerId: string;
  QuotaOwner: { Name: string; FirstName: string | null } | null;
  QuotaAmount: number | null;
  StartDate: string;
  Period: { Type: string; StartDate: string; EndDate: string } | null;
}

export interface WonRow {
  OwnerId: string;
  total: number | null;
  n: number;
}

/**
 * Whose quota and over which dates a question asks about. Quotas follow the forecast hierarchy, which starts at the
 * speaker: "everyone's" is what they can see, their team (`everyone` says so). A manager's quota is their team's
 * number: their own attainment is the team's, so they hear it with each rep's. This quarter unless a period is said.
 */
export function quotaAsked(
  q: DealQuestion, user: { userId: string; hasReports: boolean }, today: string, fiscalYearStartMonth: number,
): { query: QuotaQuery; period: Period; everyone?: 'TEAM' | 'MINE' } {
  const everyone = q.owner.scope === 'ALL';
  const owner = everyone || (q.owner.scope === 'MINE' && user.hasReports) ? defaultOwner(user.hasReports) : q.owner;
  const period = periodOf(q.period ?? 'THIS_QUARTER', today, fiscalYearStartMonth, 'past');
  const query = { owner, userId: user.userId, window: windowOf(period, today, fiscalYearStartMonth) };
  return everyone ? { query, period, everyone: owner.scope === 'TEAM' ? 'TEAM' : 'MINE' } : { query, period };
}

/** Whose quotas: the owner's, or for the team the manager's and their direct reports'. */
function quotaOwnerFilter(owner: Owner, userId: string): string {
  if (owner.scope === 'PERSON') return `QuotaOwnerId = ${soqlId(owner.person.id)}`;
  const me = soqlId(userId);
  return owner.scope === 'MINE' ? `QuotaOwnerId = ${me}` : `(QuotaOwnerId = ${me} OR QuotaOwner.ManagerId = ${me})`;
}

/**
 * Whose wins count against the quota: its owner's and their direct reports', since a manager's quota is their team's
 * number (a rep has no reports, so this is their own deals). A manager's "my attainment" is therefore the team's.
 */
function wonOwnerFilter(owner: Owner, userId: string): string {
  const id = soqlId(owner.scope === 'PERSON' ? owner.person.id : userId);
  return `(OwnerId = ${id} OR Owner.ManagerId = ${id})`;
}

export function quotaSoql(q: QuotaQuery): { quotas: string; won: string } {
  const { from, to } = q.window;
  return {
    quotas:
      'SELECT QuotaOwnerId, QuotaOwner.Name, QuotaOwner.FirstName, QuotaAmount, StartDate, Period.Type, Period.StartDate, Period.EndDate FROM ForecastingQuota' +
      whereAll([quotaOwnerFilter(q.owner, q.userId), `ForecastingType.DeveloperName = '${REVENUE_FORECAST}'`, `StartDate <= ${to}`, `Period.EndDate >= ${from}`]) +
      ' ORDER BY StartDate',
    won:
      'SELECT OwnerId, SUM(Amount) total, COUNT(Id) n FROM Opportunity' +
      whereAll(['IsWon = true', `CloseDate >= ${from}`, `CloseDate <= ${to}`, wonOwnerFilter(q.owner, q.userId)]) +
      ' GROUP BY OwnerId',
  };
}

/** One person's quota over the window, when their quota periods cover it exactly. */
export type PersonQuota =
  | { kind: 'quota'; id: string; name: string; firstName: string; amount: number }
  /** Quotas exist around the window but are set for other periods (a quarter, asked about a month). */
  | { kind: 'otherPeriods'; id: string; periodType: string }
  | { kind: 'none'; id: string };

export interface Attainment {
  /** Every quota owner read, by id. */
  quotas: Map<string, PersonQuota>;
  /** Closed-won amount and count by owner id. */
  won: Map<string, { amount: number; count: number }>;
}

export type QuotaResult = { kind: 'noForecasting' } | ({ kind: 'read' } & Attainment);

/** Sums one owner's quota rows when their periods tile the window: no gap, no overlap, nothing outside it. */
export function quotaOver(id: string, rows: readonly QuotaRow[], window: DateWindow): PersonQuota {
  const own = rows.filter((r) => r.QuotaOwnerId === id && r.Period).sort((a, b) => a.StartDate.localeCompare(b.StartDate));
  if (own.length === 0) return { kind: 'none', id };
  const periods = own.map((r) => r.Period as NonNullable<QuotaRow['Period']>);
  if (!tilesWindow(periods, window)) return { kind: 'otherPeriods', id, periodType: periods[0]?.Type ?? 'Quarter' };
  const amounts = own.map((r) => r.QuotaAmount);
  // A period without an amount leaves the window without a whole quota.
  if (amounts.some((a) => a === null)) return { kind: 'none', id };
  const amount = amounts.reduce<number>((sum, a) => sum + Number(a), 0);
  if (amount <= 0) return { kind: 'none', id };
  const first = own[0]?.QuotaOwner;
  return { kind: 'quota', id, name: first?.Name ?? '', firstName: first?.FirstName ?? first?.Name ?? '', amount };
}

export function toAttainment(quotaRows: readonly QuotaRow[], wonRows: readonly WonRow[], window: DateWindow, ids: readonly string[]): Attainment {
  const owners = new Set([...ids, ...quotaRows.map((r) => r.QuotaOwnerId)]);
  return {
    quotas: new Map([...owners].map((id) => [id, quotaOver(id, quotaRows, window)])),
    won: new Map(wonRows.map((r) => [r.OwnerId, { amount: Number(r.total) || 0, count: Number(r.n) || 0 }])),
  };
}

/** INVALID_TYPE: the forecasting objects are hidden from this user (not forecast-enabled) or the org has none. */
export function isNoForecasting(err: unknown): boolean {
  return err instanceof SalesforceRequestError && (err.errorCode === 'INVALID_TYPE' || (err.errorCode === 'INVALID_FIELD' && /Forecasting/i.test(err.message)));
}

export async function quotaAttainment(port: SalesforcePort, q: QuotaQuery): Promise<QuotaResult> {
  try {
    const r = await queryTogether<{ quotas: QuotaRow; won: WonRow }>(port, quotaSoql(q));
    const asked = q.owner.scope === 'PERSON' ? q.owner.person.id : q.userId;
    return { kind: 'read', ...toAttainment(r.quotas.records, r.won.records, q.window, [asked]) };
  } catch (err) {
    if (isNoForecasting(err)) return { kind: 'noForecasting' };
    throw err;
  }
}
