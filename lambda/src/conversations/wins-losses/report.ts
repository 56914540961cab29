/**
 * The optional wins-and-losses path: a saved summary report (WINS_LOSSES_REPORT_ID) run through the Reports and
 * Dashboards REST API's Execute Sync resource, `GET /analytics/reports/{id}?includeDetails=true`, read into the
 * same WinsLosses as the SOQL path. The report defines the period and whose deals; it must be grouped by Won
 * (the WON column) and summarize Record Count and Sum of Amount; its detail rows (Opportunity Name, Account Name,
 * Amount, Stage, Close Date, Opportunity Owner) give the biggest win and loss.
 * Shape: "Execute Sync" and "Decode the Fact Map" in the Reports and Dashboards REST API Developer Guide. [unsure]
 * whether a checkbox grouping's value is a boolean or the text "true": both are read.
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
  reportMetadata: { name: string; aggregates: string[]; detailColumns: string[]; groupingsDown: { name: string }[] };
  groupingsDown: { groupings: { key: string; value: unknown; label: string }[] };
  factMap: Record<string, { aggregates: Cell[]; rows?: { dataCells: Cell[] }[] } | undefined>;
}

export function winsLossesReportPath(reportId: string): string {
  return `/analytics/reports/${encodeURIComponent(reportId)}?includeDetails=true`;
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

export function toReportedWinsLosses(run: ReportRun): ReportedWinsLosses {
  const meta = run.reportMetadata;
  if (meta.groupingsDown[0]?.name !== 'WON') throw misfit(run, `must be grouped by Won, not ${meta.groupingsDown[0]?.name ?? 'nothing'}`);
  const countAt = meta.aggregates.indexOf('RowCount');
  const sumAt = meta.aggregates.indexOf('s!AMOUNT');
  if (countAt < 0 || sumAt < 0) throw misfit(run, 'must summarize Record Count and Sum of Amount');
  const column = (name: string) => meta.detailColumns.indexOf(name);
  const [nameAt, accountAt, amountAt, stageAt, closeAt, ownerAt] = ['OPPORTUNITY_NAME', 'ACCOUNT_NAME', 'AMOUNT', 'STAGE_NAME', 'CLOSE_DATE', 'FULL_NAME'].map(column) as number[];

  const deal = (cells: Cell[]): OpportunitySummary => {
    const cell = (at: number | undefined) => (at !== undefined && at >= 0 ? cells[at] : undefined);
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
  };

  const side = (won: boolean): { totals: Totals; biggest: OpportunitySummary | null } => {
    const group = run.groupingsDown.groupings.find((g) => isTrue(g.value) === won);
    const fact = group ? run.factMap[`${group.key}!T`] : undefined;
    if (!fact) return { totals: NO_TOTALS, biggest: null };
    const totals = { count: Number(fact.aggregates[countAt]?.value) || 0, amount: Number(fact.aggregates[sumAt]?.value) || 0 };
    // Biggest by amount whatever the report's sort; a report without the name column names no deal.
    const deals = nameAt !== undefined && nameAt >= 0 ? (fact.rows ?? []).map((r) => deal(r.dataCells)) : [];
    const biggest = deals.reduce<OpportunitySummary | null>((best, d) => (!best || (d.amount ?? -1) > (best.amount ?? -1) ? d : best), null);
    return { totals, biggest };
  };

  const won = side(true);
  const lost = side(false);
  return { reportName: meta.name, won: won.totals, lost: lost.totals, biggestWin: won.biggest, biggestLoss: lost.biggest };
}

export async function winsLossesFromReport(port: SalesforcePort, reportId: string): Promise<ReportedWinsLosses> {
  return toReportedWinsLosses(await port.get<ReportRun>(winsLossesReportPath(reportId)));
}
