/**
 * Collaborative Forecasts in the local org: the fiscal calendar (FiscalYearSettings and Period rows), who may read
 * forecast types, quotas and forecast items, and the ForecastingItem rows the org computes from opportunities.
 *
 * Access (Object Reference, ForecastingQuota / ForecastingItem, "Special Access Rules" and the object descriptions:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-forecastingquota.html,
 * https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_forecastingitem.htm):
 * - only users with "Allow Forecasting" (User.ForecastEnabled), "View All Forecasts" or delegated forecast manager
 *   status can access ForecastingType, ForecastingQuota and ForecastingItem; to anyone else the objects do not exist
 *   ([unsure] that the answer is INVALID_TYPE in SOQL and NOT_FOUND in REST, as for any object a user cannot access);
 * - forecast managers see the quotas and forecasts of the users below them in the forecast hierarchy, everyone sees
 *   their own; "View All Forecasts" sees all. Salesforce's forecast hierarchy is the role hierarchy with a forecast
 *   manager per role; this org has no roles, so the hierarchy is User.ManagerId (direct and indirect reports) [unsure
 *   for orgs whose roles and managers differ]. The org has no profiles or permission sets, so nobody has
 *   "View All Forecasts" here.
 * - creating, updating and deleting quotas needs "Manage Quotas", and users "can only edit their subordinates' quotas,
 *   not their own". Without a permission model the org lets a forecast user write the quotas of users below them only
 *   ([unsure] the error code: INSUFFICIENT_ACCESS_OR_READONLY).
 */
import { fiscalYear, formatDate, parseDate } from './calendar';
import { type OrgStore, SalesforceError, type SObjectRecord } from './types';

/** The objects only forecast users can reach. */
export const FORECAST_OBJECTS: ReadonlySet<string> = new Set(['ForecastingType', 'ForecastingQuota', 'ForecastingItem']);

/** Which field names the user a row belongs to, for the objects whose rows follow the forecast hierarchy. */
const OWNER_FIELD: Readonly<Record<string, string>> = { ForecastingQuota: 'QuotaOwnerId', ForecastingItem: 'OwnerId' };

type Reader = Pick<OrgStore, 'all' | 'get'>;

/** The user and everyone below them through User.ManagerId, at any depth. */
export function forecastHierarchy(store: Reader, userId: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const user of store.all('User')) {
    if (typeof user.ManagerId !== 'string') continue;
    reports.set(user.ManagerId, [...(reports.get(user.ManagerId) ?? []), user.Id]);
  }
  const seen = new Set<string>([userId]);
  const queue = [userId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const id of reports.get(next) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

/** "Allow Forecasting"; "View All Forecasts" and delegated forecast managers are not modelled. */
export function canForecast(store: Reader, userId: string): boolean {
  return store.get('User', userId)?.ForecastEnabled === true;
}

/**
 * What a user may read of an object: `all` rows, `none` (the object is hidden from them), or a row filter.
 * Objects outside forecasting are readable in full (the org models no sharing).
 */
export function readAccess(store: Reader, type: string, userId: string): 'all' | 'none' | ((row: SObjectRecord) => boolean) {
  if (!FORECAST_OBJECTS.has(type)) return 'all';
  if (!canForecast(store, userId)) return 'none';
  const field = OWNER_FIELD[type];
  if (!field) return 'all';
  const visible = forecastHierarchy(store, userId);
  return (row) => typeof row[field] === 'string' && visible.has(row[field]);
}

/** A forecast user may write only the quotas of users below them; [unsure] the code Salesforce answers with. */
export function checkQuotaWrite(store: Reader, actingUserId: string | undefined, quotaOwnerId: unknown): void {
  const below = actingUserId && canForecast(store, actingUserId) ? forecastHierarchy(store, actingUserId) : new Set<string>();
  if (actingUserId) below.delete(actingUserId);
  if (typeof quotaOwnerId !== 'string' || !below.has(quotaOwnerId)) {
    throw new SalesforceError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id', 403);
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface FiscalYearRows {
  settings: Record<string, unknown>;
  /** The year, its quarters and months (Week rows exist only in custom fiscal years). */
  periods: Record<string, unknown>[];
}

/**
 * The standard fiscal years (each twelve calendar months from the org's start month) that cover `from`…`to`: a
 * FiscalYearSettings row per year and its Year, Quarter and Month periods. Quarters are the forecast periods
 * (IsForecastPeriod) of an org that forecasts quarterly. Labels: "FY 2026", "Q1 FY 2026", "January FY 2026", after
 * the documented example "September FY 2016" [unsure for quarters and years]; QuarterLabel and PeriodLabel hold
 * custom names only, so they stay empty [unsure]. FiscalYearSettingsId is filled for standard years too [unsure].
 */
export function standardFiscalYears(startMonth: number, namedByStart: boolean, from: string, to: string): FiscalYearRows[] {
  const first = parseDate(from);
  let year = first.month >= startMonth ? first.year : first.year - 1;
  const rows: FiscalYearRows[] = [];
  for (; formatDate(year, startMonth, 1) <= to; year++) {
    const start = formatDate(year, startMonth, 1);
    const end = formatDate(year, startMonth + 12, 0);
    const name = String(fiscalYear(start, startMonth, namedByStart));
    const periods: Record<string, unknown>[] = [
      { Type: 'Year', StartDate: start, EndDate: end, Number: null, IsForecastPeriod: false, FullyQualifiedLabel: `FY ${name}` },
    ];
    for (let q = 0; q < 4; q++) {
      periods.push({
        Type: 'Quarter', StartDate: formatDate(year, startMonth + 3 * q, 1), EndDate: formatDate(year, startMonth + 3 * q + 3, 0),
        Number: q + 1, IsForecastPeriod: true, FullyQualifiedLabel: `Q${q + 1} FY ${name}`,
      });
    }
    for (let m = 0; m < 12; m++) {
      const monthStart = formatDate(year, startMonth + m, 1);
      periods.push({
        Type: 'Month', StartDate: monthStart, EndDate: formatDate(year, startMonth + m + 1, 0), Number: m + 1, IsForecastPeriod: false,
        FullyQualifiedLabel: `${MONTH_NAMES[parseDate(monthStart).month - 1]} FY ${name}`,
      });
    }
    rows.push({ settings: { Name: name, StartDate: start, EndDate: end, IsStandardYear: true, YearType: 'Standard' }, periods });
  }
  return rows;
}

/** Opportunity forecast categories each ForecastingItemCategory sums (Most Likely is not a category of this org). */
const ROLLUPS: readonly [category: string, sums: readonly string[], name: string | null][] = [
  ['PipelineOnly', ['Pipeline'], 'Pipeline'],
  ['BestCaseOnly', ['Best Case'], 'Best Case'],
  ['CommitOnly', ['Commit'], 'Commit'],
  ['ClosedOnly', ['Closed'], 'Closed'],
  // Cumulative rows carry no single forecast category [unsure].
  ['OpenPipeline', ['Pipeline', 'Best Case', 'Commit'], null],
  ['BestCaseForecast', ['Best Case', 'Commit', 'Closed'], null],
  ['CommitForecast', ['Commit', 'Closed'], null],
];

/** The objects forecast items are computed from: a change to any other leaves them as they are. */
export const FORECAST_SOURCES: ReadonlySet<string> = new Set(['ForecastingType', 'Period', 'User', 'Opportunity']);

/**
 * The org's ForecastingItem rows, without Id and audit fields: for every active opportunity-revenue forecast type,
 * forecast period and forecast user, one row per item category. OwnerOnlyAmount sums the user's own opportunities
 * closing in the period; ForecastAmount, AmountWithoutAdjustments and AmountWithoutManagerAdjustment add everyone below
 * the user (no adjustments are modelled, so they agree). [unsure] that Salesforce keeps rows whose amount is zero.
 * `key` identifies a row across recomputations.
 */
export function computeForecastingItems(store: Reader): { key: string; fields: Record<string, unknown> }[] {
  const types = store.all('ForecastingType').filter((t) => t.IsActive === true && t.IsAmount === true && t.DateType === 'OpportunityCloseDate');
  const periods = store.all('Period').filter((p) => p.IsForecastPeriod === true);
  const users = store.all('User').filter((u) => u.ForecastEnabled === true);
  const opportunities = store.all('Opportunity');
  const rows: { key: string; fields: Record<string, unknown> }[] = [];
  // Who is below whom does not change between periods and types: worked out once per user.
  const teams = new Map(users.map((u) => [u.Id, forecastHierarchy(store, u.Id)]));
  for (const type of types) {
    for (const period of periods) {
      const start = String(period.StartDate);
      const end = String(period.EndDate);
      const inPeriod = opportunities.filter((o) => typeof o.CloseDate === 'string' && o.CloseDate >= start && o.CloseDate <= end);
      const byCategory = ROLLUPS.map(([, sums]) => inPeriod.filter((o) => sums.includes(String(o.ForecastCategoryName))));
      for (const user of users) {
        const team = teams.get(user.Id)!;
        for (const [index, [category, , name]] of ROLLUPS.entries()) {
          const counted = byCategory[index]!;
          const total = (rows: SObjectRecord[]) => rows.reduce((sum, o) => sum + (typeof o.Amount === 'number' ? o.Amount : 0), 0);
          const own = total(counted.filter((o) => o.OwnerId === user.Id));
          const all = total(counted.filter((o) => typeof o.OwnerId === 'string' && team.has(o.OwnerId)));
          rows.push({
            key: `${type.Id}/${period.Id}/${user.Id}/${category}`,
            fields: {
              OwnerId: user.Id, PeriodId: period.Id, ForecastingTypeId: type.Id, ForecastingItemCategory: category, ForecastCategoryName: name,
              ForecastAmount: all, AmountWithoutAdjustments: all, AmountWithoutManagerAdjustment: all, AmountWithoutOwnerAdjustment: all,
              OwnerOnlyAmount: own, HasAdjustment: false, HasOwnerAdjustment: false, IsAmount: true, IsQuantity: false,
            },
          });
        }
      }
    }
  }
  return rows;
}
