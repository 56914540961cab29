/**
 * The open pipeline: amounts by forecast category with what closes this month and what is slipping, or one
 * category's (or the slipping deals') totals with the first page of its biggest deals. One composite call each.
 */
import type { ForecastCategoryId } from '../../generated/model';
import { forecastCategoryId } from '../../deals/forecastCategories';
import { periodOf } from '../../deals/period';
import type { DealQuestion } from '../../deals/question';
import {
  type OpportunityFilter,
  type OpportunityPage,
  type OpportunityRow,
  openOpportunitiesSoql,
  openOpportunitiesWhere,
  openTotalsSoql,
  toOpportunityPage,
} from '../../deals/query';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { TOTALS_COLUMNS, type Totals, type TotalsRow, toTotals } from '../../deals/totals';

export interface PipelineSummary {
  /** Categories with open deals, in the order Commit, Best Case, Pipeline, Omitted. */
  categories: (Totals & { category: ForecastCategoryId })[];
  /** Open deals closing from today to the end of this month. */
  closingThisMonth: Totals;
  /** Open deals whose close date has passed. */
  slipping: Totals;
}

const CATEGORY_ORDER: readonly ForecastCategoryId[] = ['COMMIT', 'BEST_CASE', 'PIPELINE', 'OMITTED'];

/** Open deals' count and amount by forecast category, for the owner and period of `filter`. */
export function categoryTotalsSoql(filter: OpportunityFilter, userId: string): string {
  return `SELECT ForecastCategoryName, ${TOTALS_COLUMNS} FROM Opportunity${openOpportunitiesWhere(filter, userId)} GROUP BY ForecastCategoryName`;
}

/** `filter` carries the owner and period; the month and slipping figures ignore the period. */
export function pipelineSummarySoql(filter: OpportunityFilter, userId: string): { byCategory: string; closingThisMonth: string; slipping: string } {
  return {
    byCategory: categoryTotalsSoql(filter, userId),
    closingThisMonth: openTotalsSoql({ ...filter, period: { kind: 'relative', id: 'THIS_MONTH' }, due: 'upcoming' }, userId),
    slipping: openTotalsSoql({ ...filter, period: undefined, due: 'past' }, userId),
  };
}

export type CategoryRow = TotalsRow & { ForecastCategoryName: string | null };

export function toPipelineSummary(byCategory: CategoryRow[], closingThisMonth: TotalsRow[], slipping: TotalsRow[]): PipelineSummary {
  const categories = CATEGORY_ORDER.flatMap((category) => {
    const row = byCategory.find((r) => forecastCategoryId(r.ForecastCategoryName) === category);
    return row ? [{ category, ...toTotals(row) }] : [];
  });
  return { categories, closingThisMonth: toTotals(closingThisMonth[0]), slipping: toTotals(slipping[0]) };
}

export async function pipelineSummary(port: SalesforcePort, filter: OpportunityFilter, userId: string): Promise<PipelineSummary> {
  const r = await queryTogether<{ byCategory: CategoryRow; closingThisMonth: TotalsRow; slipping: TotalsRow }>(port, pipelineSummarySoql(filter, userId));
  return toPipelineSummary(r.byCategory.records, r.closingThisMonth.records, r.slipping.records);
}

export interface PipelineSlice {
  totals: Totals;
  page: OpportunityPage;
}

/** Totals of the deals a filter covers (a category, or the slipping ones) and their first page, biggest first. */
export async function pipelineSlice(port: SalesforcePort, filter: OpportunityFilter, userId: string, pageSize: number): Promise<PipelineSlice> {
  const r = await queryTogether<{ totals: TotalsRow; deals: OpportunityRow }>(port, {
    totals: openTotalsSoql(filter, userId),
    deals: openOpportunitiesSoql({ ...filter, userId, limit: pageSize, offset: 0 }),
  });
  return { totals: toTotals(r.totals.records[0]), page: toOpportunityPage(r.deals.records, pageSize) };
}

/**
 * What a question about the pipeline asks for: the summary by forecast category (for a period, this quarter unless
 * one is said), or one category's or the slipping deals' totals and biggest deals. Slipping deals are late whatever
 * the period: `periodIgnored` says a period was asked and not used. The skill's handler and the MCP tool both ask this.
 */
export type PipelineAsked =
  | { kind: 'summary'; filter: OpportunityFilter & { period: NonNullable<OpportunityFilter['period']> } }
  | { kind: 'slice'; filter: OpportunityFilter; periodIgnored: boolean };

export function pipelineAsked(q: DealQuestion, today: string, fiscalYearStartMonth: number): PipelineAsked {
  const period = periodOf(q.period ?? 'THIS_QUARTER', today, fiscalYearStartMonth, 'future');
  const base = { owner: q.owner, stage: q.stage, minAmount: q.minAmount };
  if (!q.due && !q.category) return { kind: 'summary', filter: { ...base, period } };
  if (q.due) return { kind: 'slice', filter: { ...base, due: 'past', category: q.category }, periodIgnored: q.period !== undefined };
  return { kind: 'slice', filter: { ...base, period, category: q.category }, periodIgnored: false };
}
