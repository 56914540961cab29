/**
 * The deals a pipeline review goes through, in one query: open deals in commit closing this quarter, those whose
 * close date has passed (slipping), and those in best case closing this quarter — each once, in that order,
 * biggest first within each part; a team's review goes rep by rep, in the order of their names (the speaker's
 * own deals last), so everyone knows when their turn comes. A step of the review reads the deal in focus again by id (one call), so what
 * was changed during the review is heard as it is now. At the end, one aggregate query gives the new commit
 * and best-case totals.
 */
import type { ForecastCategoryId } from '../../generated/model';
import { OPPORTUNITY_COLUMNS, type OpportunityRow, type OpportunitySummary, toSummary } from '../../deals/query';
import { FORECAST_CATEGORY_NAMES } from '../../deals/forecastCategories';
import { type Owner, ownerFilter } from '../../deals/owner';
import { type Totals, toTotals } from '../../deals/totals';
import { categoryTotalsSoql, type CategoryRow } from '../pipeline/query';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlString, whereAll } from '../../salesforce/soql';
import { opportunityDetails } from '../opportunity-details/query';

/** The parts of a review, in the order they are gone through. */
export type ReviewPart = 'COMMIT' | 'SLIPPING' | 'BEST_CASE';

export interface ReviewDeal extends OpportunitySummary {
  forecastCategory: string | null;
  nextStep: string | null;
  /** YYYY-MM-DD, or null when nothing was ever logged on the deal. */
  lastActivityDate: string | null;
}

/** The most deals one review holds (a quarter's commit, best case and slipping deals of a team fit well under it). */
export const MAX_REVIEW = 100;

const REVIEW_COLUMNS = `${OPPORTUNITY_COLUMNS}, ForecastCategoryName, NextStep, LastActivityDate`;

/** `category` narrows the review to that forecast category ("review commit"): its deals this quarter and its slipping ones. */
export function reviewSoql(owner: Owner, userId: string, category?: ForecastCategoryId): string {
  const quarterly = category ? [category].filter((c) => c === 'COMMIT' || c === 'BEST_CASE') : ['COMMIT', 'BEST_CASE'];
  const inQuarter = quarterly.length
    ? `(ForecastCategoryName IN (${quarterly.map((c) => soqlString(FORECAST_CATEGORY_NAMES[c as ForecastCategoryId])).join(', ')}) AND CloseDate = THIS_QUARTER)`
    : undefined;
  const due = inQuarter ? `(${inQuarter} OR CloseDate < TODAY)` : 'CloseDate < TODAY';
  return (
    `SELECT ${REVIEW_COLUMNS} FROM Opportunity` +
    whereAll([
      'IsClosed = false',
      ownerFilter(owner, userId),
      category && `ForecastCategoryName = ${soqlString(FORECAST_CATEGORY_NAMES[category])}`,
      due,
    ]) +
    ` ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC LIMIT ${MAX_REVIEW}`
  );
}

type ReviewRow = OpportunityRow & { ForecastCategoryName: string | null; NextStep: string | null; LastActivityDate: string | null };

function toReviewDeal(r: ReviewRow): ReviewDeal {
  return { ...toSummary(r), forecastCategory: r.ForecastCategoryName, nextStep: r.NextStep || null, lastActivityDate: r.LastActivityDate };
}

/** Which part of the review a deal belongs in: commit before slipping before best case, so none comes twice. */
export function partOf(deal: Pick<ReviewDeal, 'forecastCategory' | 'closeDate'>, today: string, quarter: { from: string; to: string }): ReviewPart | undefined {
  const inQuarter = deal.closeDate >= quarter.from && deal.closeDate <= quarter.to;
  if (inQuarter && deal.forecastCategory === FORECAST_CATEGORY_NAMES.COMMIT) return 'COMMIT';
  if (deal.closeDate < today) return 'SLIPPING';
  if (inQuarter && deal.forecastCategory === FORECAST_CATEGORY_NAMES.BEST_CASE) return 'BEST_CASE';
  return undefined;
}

const ORDER: readonly ReviewPart[] = ['COMMIT', 'SLIPPING', 'BEST_CASE'];

/** Whether a review of these deals goes rep by rep: when they belong to more than one person. */
export function byRep(deals: readonly Pick<ReviewDeal, 'ownerId'>[]): boolean {
  return new Set(deals.map((d) => d.ownerId)).size > 1;
}

/** Reps by name, and the speaker's own deals after everyone else's (a manager goes through the team first). */
function repOrder(self: string) {
  const key = (d: ReviewDeal) => [d.ownerId === self ? 1 : 0, d.ownerName ?? '\uffff', d.ownerId] as const;
  return (a: ReviewDeal, b: ReviewDeal) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2].localeCompare(y[2]);
  };
}

/**
 * The review's deals in order, each with its part; rows arrive biggest first, and keep that order within a part.
 * `byRepOf` (the speaker's id) groups each rep's deals together, in the same parts order within.
 */
export function reviewOrder(deals: readonly ReviewDeal[], today: string, quarter: { from: string; to: string }, byRepOf?: string): { deal: ReviewDeal; part: ReviewPart }[] {
  const placed = deals.flatMap((deal) => {
    const part = partOf(deal, today, quarter);
    return part ? [{ deal, part }] : [];
  });
  const ordered = ORDER.flatMap((part) => placed.filter((p) => p.part === part));
  if (byRepOf === undefined) return ordered;
  // Array.prototype.sort is stable: within a rep, the parts order stays.
  const order = repOrder(byRepOf);
  return ordered.sort((a, b) => order(a.deal, b.deal));
}

export async function reviewDeals(port: SalesforcePort, owner: Owner, userId: string, category?: ForecastCategoryId): Promise<ReviewDeal[]> {
  return (await port.query<ReviewRow>(reviewSoql(owner, userId, category))).records.map(toReviewDeal);
}

/** The deal in focus as it is now, or null when it is gone. */
export async function reviewDeal(port: SalesforcePort, id: string): Promise<ReviewDeal | null> {
  return opportunityDetails(port, id);
}

export interface ReviewTotals {
  commit: Totals;
  bestCase: Totals;
}

/** The open commit and best-case deals closing this quarter, as they are after the review: one aggregate call. */
export async function reviewTotals(port: SalesforcePort, owner: Owner, userId: string): Promise<ReviewTotals> {
  const soql = categoryTotalsSoql({ owner, period: { kind: 'relative', id: 'THIS_QUARTER' } }, userId);
  const rows = (await port.query<CategoryRow>(soql)).records;
  const of = (name: string) => toTotals(rows.find((r) => r.ForecastCategoryName === name));
  return { commit: of(FORECAST_CATEGORY_NAMES.COMMIT), bestCase: of(FORECAST_CATEGORY_NAMES.BEST_CASE) };
}
