/**
 * The forecast: one forecast owner's Collaborative Forecasts numbers (ForecastingItem, Opportunity Revenue forecast
 * type) for the forecast periods of a window, by category, and the quotas over the same periods — two queries, one
 * composite round trip.
 *
 * Which rows and which amount (Object Reference, ForecastingItem:
 * https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_forecastingitem.htm):
 * - A forecast owner's item already rolls up everyone below them in the forecast hierarchy ("the sum of a person's owned
 *   revenue opportunities and the person's subordinates'"), so a manager's — and her team's — forecast is her own item,
 *   never her reps' items added to it (that would count each rep twice). OwnerOnlyAmount is the owner's own deals
 *   alone: a manager's own share, not her forecast, so it is not read.
 * - Users "see amounts based on their perspectives and forecast roles": the speaker's own forecast is
 *   AmountWithoutManagerAdjustment ("the forecast number as seen by the forecast owner": their adjustments, none from
 *   managers above them); a forecast of someone below the speaker is ForecastAmount ("from the forecast manager's
 *   perspective", with every adjustment, the speaker's included). Without adjustments the two agree.
 * - Categories (ForecastingSubmissionItem.ForecastingItemCategory, the same picklist:
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_forecastingsubmissionitem.htm):
 *   CommitOnly and BestCaseOnly are single categories; CommitForecast is Commit plus Closed. Closed is read as
 *   CommitForecast − CommitOnly, because ClosedOnly is not on the documented list [unsure whether it exists].
 * - The forecast is what people call it in Collaborative Forecasts: closed plus commit (the commit forecast); best
 *   case is the upside on top of it.
 * Salesforce shows the forecasting objects only to forecast-enabled users, and items and quotas only of the user and
 * those below them: to anyone else the objects do not exist (INVALID_TYPE), and a peer's forecast is no row.
 */
import { type Owner, defaultOwner } from '../../deals/owner';
import { type Period, periodOf } from '../../deals/period';
import type { DealQuestion } from '../../deals/question';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { soqlId, whereAll } from '../../salesforce/soql';
import { type PersonQuota, type QuotaRow, REVENUE_FORECAST, isNoForecasting, quotaSoql, toAttainment } from '../quota/query';
import { type DateWindow, tilesWindow, windowOf } from '../quota/window';

export interface ForecastQuery {
  /** Whose forecast: the speaker's own (MINE, or TEAM for a manager) or a person's. */
  owner: Owner;
  userId: string;
  window: DateWindow;
}

export interface ItemRow {
  PeriodId: string;
  ForecastingItemCategory: string;
  ForecastAmount: number | null;
  AmountWithoutManagerAdjustment: number | null;
  Period: { Type: string; StartDate: string; EndDate: string } | null;
}

export interface ForecastAmounts {
  closed: number;
  commit: number;
  bestCase: number;
}

export type Forecast =
  | { kind: 'forecast'; amounts: ForecastAmounts }
  /** Forecast items exist around the window but for other periods (a quarter, asked about a month). */
  | { kind: 'otherPeriods'; periodType: string }
  /** No forecast item the speaker may see for that owner and window. */
  | { kind: 'none' };

export type ForecastResult =
  | { kind: 'noForecasting' }
  | {
    kind: 'read';
    forecast: Forecast;
    /** The forecast owner's quota over the window. */
    quota: PersonQuota;
    /** For a team: the quotas of the manager's direct reports over the window, added up (null: none of them has one). */
    repsQuota: number | null;
  };

/** The forecast a question asks: whose, for which period (this fiscal quarter unless one is said). */
export function forecastAsked(
  q: DealQuestion, user: { userId: string; hasReports: boolean }, today: string, fiscalYearStartMonth: number,
): { query: ForecastQuery; period: Period; everyone?: 'TEAM' | 'MINE' } {
  // Forecasts follow the forecast hierarchy, which starts at the speaker: "everyone's" is what they can see.
  const everyone = q.owner.scope === 'ALL';
  const owner = everyone ? defaultOwner(user.hasReports) : q.owner;
  const period = periodOf(q.period ?? 'THIS_QUARTER', today, fiscalYearStartMonth, 'future');
  const query = { owner, userId: user.userId, window: windowOf(period, today, fiscalYearStartMonth) };
  return everyone ? { query, period, everyone: owner.scope === 'TEAM' ? 'TEAM' : 'MINE' } : { query, period };
}

const CATEGORIES = ['CommitForecast', 'CommitOnly', 'BestCaseOnly'] as const;

/** The forecast owner's item: the speaker for their own and their team's forecast, else the person asked about. */
export function forecastOwnerId(q: Pick<ForecastQuery, 'owner' | 'userId'>): string {
  return q.owner.scope === 'PERSON' ? q.owner.person.id : q.userId;
}

export function forecastSoql(q: ForecastQuery): { items: string; quotas: string } {
  const { from, to } = q.window;
  return {
    items:
      'SELECT PeriodId, ForecastingItemCategory, ForecastAmount, AmountWithoutManagerAdjustment, Period.Type, Period.StartDate, Period.EndDate FROM ForecastingItem' +
      whereAll([
        `OwnerId = ${soqlId(forecastOwnerId(q))}`,
        `ForecastingType.DeveloperName = '${REVENUE_FORECAST}'`,
        `ForecastingItemCategory IN (${CATEGORIES.map((c) => `'${c}'`).join(', ')})`,
        `Period.StartDate <= ${to}`,
        `Period.EndDate >= ${from}`,
      ]) +
      ' ORDER BY Period.StartDate',
    // A team's quotas come with the reps' (quota/query.ts), for a manager who has none of her own.
    quotas: quotaSoql({ owner: q.owner, userId: q.userId, window: q.window }).quotas,
  };
}

/** The items' amounts over the window, added up per category, when their periods tile it. */
export function toForecast(rows: readonly ItemRow[], window: DateWindow, own: boolean): Forecast {
  const periods = [...new Map(rows.filter((r) => r.Period).map((r) => [r.PeriodId, r.Period!])).values()];
  if (periods.length === 0) return { kind: 'none' };
  if (!tilesWindow(periods, window)) {
    // Periods reaching outside the window are longer than it (a quarter, asked about a month); periods inside it with
    // gaps are a forecast Salesforce does not have in full (periods not yet set up), which is no forecast to tell.
    const longer = periods.some((p) => p.StartDate < window.from || p.EndDate > window.to);
    return longer ? { kind: 'otherPeriods', periodType: periods[0]?.Type ?? 'Quarter' } : { kind: 'none' };
  }
  const sum = (category: (typeof CATEGORIES)[number]) =>
    rows.filter((r) => r.ForecastingItemCategory === category).reduce((total, r) => total + (Number(own ? r.AmountWithoutManagerAdjustment : r.ForecastAmount) || 0), 0);
  const commit = sum('CommitOnly');
  return { kind: 'forecast', amounts: { closed: sum('CommitForecast') - commit, commit, bestCase: sum('BestCaseOnly') } };
}

export async function forecast(port: SalesforcePort, q: ForecastQuery): Promise<ForecastResult> {
  try {
    const r = await queryTogether<{ items: ItemRow; quotas: QuotaRow }>(port, forecastSoql(q));
    const ownerId = forecastOwnerId(q);
    const quotas = toAttainment(r.quotas.records, [], q.window, [ownerId]).quotas;
    const reps = [...quotas.values()].filter((quota) => quota.id !== ownerId && quota.kind === 'quota');
    return {
      kind: 'read',
      forecast: toForecast(r.items.records, q.window, ownerId === q.userId),
      quota: quotas.get(ownerId) ?? { kind: 'none', id: ownerId },
      repsQuota: q.owner.scope === 'TEAM' && reps.length > 0 ? reps.reduce((sum, quota) => sum + (quota.kind === 'quota' ? quota.amount : 0), 0) : null,
    };
  } catch (err) {
    // The cached describe said forecasting is on, but the objects are gone for this user now.
    if (isNoForecasting(err)) return { kind: 'noForecasting' };
    throw err;
  }
}
