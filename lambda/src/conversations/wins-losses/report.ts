/**
 * The optional wins-and-losses path: a saved summary report (WINS_LOSSES_REPORT_ID) run through the Reports and
 * Dashboards REST API's Execute Sync resource, read into the same WinsLosses as the SOQL path. The report defines
 * the period and whose deals; it must be grouped by Won (the WON column) and summarize Record Count, Sum of Amount
 * and Largest Amount (`x!AMOUNT`, "x!Amount represents the maximum", ReportMetadata.getAggregates,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_reports_reportmetadata.htm).
 * Two small runs instead of every detail row (2 MB at 100k deals, and Salesforce returns only the first 2,000):
 * the summary alone, `GET /analytics/reports/{id}?includeDetails=false`, gives the totals and each side's largest
 * amount; then the report runs with details once more, filtered on demand to deals of those amounts
 * (`POST /analytics/reports/{id}?includeDetails=true`, "Filter Reports on Demand",
 * https://developer.salesforce.com/docs/atlas.en-us.api_analytics.meta/api_analytics/sforce_analytics_rest_api_filter_reportdata.htm),
 * and its few rows (Opportunity Name, Account Name, Amount, Stage, Close Date, Opportunity Owner) name the biggest
 * win and loss. Posted filters replace the saved ones, so the saved ones are posted back with the new ones
 * [unconfirmed: the guide's examples post them all]. Shape: "Execute Sync" and "Decode the Fact Map" in the same
 * guide. [unsure] whether a checkbox grouping's value is a boolean or the text "true": both are read.
 */
import { SalesforceRequestError } from '../../salesforce/errors';
import type { OpportunitySummary } from '../../deals/query';
import type { SalesforcePort } from '../../salesforce/port';
import { NO_TOTALS, type Totals } from '../../deals/totals';
import type { WinsLosses } from './query';

export interface ReportedWinsLosses extends WinsLosses {
  reportName: string;
}

type Cell = { value: unknown; label: string };

export interface ReportRun {
  reportMetadata: {
    name: string; aggregates: string[]; detailColumns: string[]; groupingsDown: { name: string }[];
    reportFilters: { column: string; operator: string; value: string }[]; reportBooleanFilter?: string | null;
  };
  groupingsDown: { groupings: { key: string; value: unknown; label: string }[] };
  factMap: Record<string, { aggregates: Cell[]; rows?: { dataCells: Cell[] }[] } | undefined>;
}

export function winsLossesReportPath(reportId: string, details: boolean): string {
  return `/analytics/reports/${encodeURIComponent(reportId)}?includeDetails=${details}`;
}

const isTrue = (value: unknown) => value === true || String(value).toLowerCase() === 'true';

/** A currency cell's value is {amount, currency}; other numbers are plain. */
function amountOf(value: unknown): number | null {
  const raw = typeof value === 'object' && value !== null ? (value as { amount?: unknown }).amount : value;
  return raw === null || raw === undefined || raw === '' ? null : Number(raw);
}

function misfit(run: ReportRun, why: string): SalesforceRequestError {
  return new SalesforceRequestError('REPORT_NOT_WINS_LOSSES', `report "${run.reportMetadata.name}" ${why}`);
}

interface Side {
  totals: Totals;
  /** The side's largest amount; null without deals or amounts. */
  largest: number | null;
}

/** A side's fact in a run, found by the Won grouping's value (the key is only its position). */
function factOf(run: ReportRun, won: boolean) {
  const group = run.groupingsDown.groupings.find((g) => isTrue(g.value) === won);
  return group ? run.factMap[`${group.key}!T`] : undefined;
}

/** The summary run: each side's totals and largest amount. */
export function toSummary(run: ReportRun): { won: Side; lost: Side } {
  const meta = run.reportMetadata;
  if (meta.groupingsDown[0]?.name !== 'WON') throw misfit(run, `must be grouped by Won, not ${meta.groupingsDown[0]?.name ?? 'nothing'}`);
  const [countAt, sumAt, largestAt] = ['RowCount', 's!AMOUNT', 'x!AMOUNT'].map((name) => meta.aggregates.indexOf(name)) as [number, number, number];
  if (countAt < 0 || sumAt < 0 || largestAt < 0) throw misfit(run, 'must summarize Record Count, Sum of Amount and Largest Amount');
  const side = (won: boolean): Side => {
    const fact = factOf(run, won);
    if (!fact) return { totals: NO_TOTALS, largest: null };
    const count = Number(fact.aggregates[countAt]?.value) || 0;
    return { totals: { count, amount: Number(fact.aggregates[sumAt]?.value) || 0 }, largest: count > 0 ? amountOf(fact.aggregates[largestAt]?.value) : null };
  };
  return { won: side(true), lost: side(false) };
}

/** The deal of the side's largest amount among a filtered run's rows; null when the report has no name column. */
export function biggestOf(run: ReportRun, won: boolean, largest: number | null): OpportunitySummary | null {
  const column = (name: string) => run.reportMetadata.detailColumns.indexOf(name);
  const [nameAt, accountAt, amountAt, stageAt, closeAt, ownerAt] = ['OPPORTUNITY_NAME', 'ACCOUNT_NAME', 'AMOUNT', 'STAGE_NAME', 'CLOSE_DATE', 'FULL_NAME'].map(column) as number[];
  if (largest === null || nameAt === undefined || nameAt < 0) return null;
  const row = (factOf(run, won)?.rows ?? []).find((r) => amountOf(r.dataCells[amountAt ?? -1]?.value) === largest);
  if (!row) return null;
  const cell = (at: number | undefined) => (at !== undefined && at >= 0 ? row.dataCells[at] : undefined);
  return {
    id: String(cell(nameAt)?.value ?? ''),
    name: String(cell(nameAt)?.label ?? ''),
    accountName: cell(accountAt)?.label ?? null,
    amount: amountOf(cell(amountAt)?.value),
    stage: String(cell(stageAt)?.label ?? ''),
    closeDate: String(cell(closeAt)?.value ?? ''),
    ownerId: String(cell(ownerAt)?.value ?? ''),
    ownerName: cell(ownerAt)?.label ?? null,
  };
}

type Filter = { column: string; operator: string; value: string };

/** The saved filters (and their logic), and deals of one of `amounts` besides. */
function filteredToAmounts(run: ReportRun, amounts: number[]): { reportFilters: Filter[]; reportBooleanFilter: string } {
  const saved = run.reportMetadata.reportFilters.map(({ column, operator, value }) => ({ column, operator, value }));
  const logic = run.reportMetadata.reportBooleanFilter?.trim() || saved.map((_, i) => String(i + 1)).join(' AND ');
  const added = amounts.map((amount) => ({ column: 'AMOUNT', operator: 'equals', value: String(amount) }));
  const either = added.map((_, i) => String(saved.length + i + 1)).join(' OR ');
  return { reportFilters: [...saved, ...added], reportBooleanFilter: logic ? `(${logic}) AND (${either})` : either };
}

export async function winsLossesFromReport(port: SalesforcePort, reportId: string): Promise<ReportedWinsLosses> {
  const summary = await port.get<ReportRun>(winsLossesReportPath(reportId, false));
  const { won, lost } = toSummary(summary);
  const amounts = [...new Set([won.largest, lost.largest].filter((a): a is number => a !== null))];
  const details = amounts.length
    ? await port.post<ReportRun>(winsLossesReportPath(reportId, true), { reportMetadata: filteredToAmounts(summary, amounts) })
    : undefined;
  return {
    reportName: summary.reportMetadata.name,
    won: won.totals,
    lost: lost.totals,
    biggestWin: details ? biggestOf(details, true, won.largest) : null,
    biggestLoss: details ? biggestOf(details, false, lost.largest) : null,
  };
}
