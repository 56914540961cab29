/**
 * The deals a pipeline review goes through, in one query: open deals in commit closing this quarter (or the period
 * said), those whose close date has passed (slipping; in a review of the period that holds today), and those in
 * best case closing in the period — each once, in that order,
 * biggest first within each part; a team's review goes rep by rep, in the order of their names (the speaker's
 * own deals last), so everyone knows when their turn comes. A step of the review reads the deal in focus again by id (one call), so what
 * was changed during the review is heard as it is now. At the end, one aggregate query gives the new commit
 * and best-case totals.
 */
import type { ForecastCategoryId } from '../../generated/model';
import { OPPORTUNITY_COLUMNS, type OpportunityRow, type OpportunitySummary, toSummary } from '../../deals/query';
import { FORECAST_CATEGORY_NAMES } from '../../deals/forecastCategories';
import { type Owner, ownerFilter } from '../../deals/owner';
import { type Period, periodCondition } from '../../deals/period';
import type { DateWindow } from '../quota/window';
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
  /** Read again at a step: a deal closed since the review started (won in it, or by someone else). */
  isClosed?: boolean;
  isWon?: boolean;
}

/** The most deals one review holds (a quarter's commit, best case and slipping deals of a team fit well under it). */
export const MAX_REVIEW = 100;

const REVIEW_COLUMNS = `${OPPORTUNITY_COLUMNS}, ForecastCategoryName, NextStep, LastActivityDate`;

/** What a review goes through: whose deals, one forecast category or all, the period, or only the slipping deals. */
export interface ReviewScope {
  owner: Owner;
  category?: ForecastCategoryId;
  /** The deals closing in it (this quarter unless said); the slipping ones come in when it holds today. */
  period: Period;
  /** Its dates, as the period's SOQL condition means them. */
  window: DateWindow;
  /** "Review the slipping deals": those, whatever the period. */
  slippingOnly?: boolean;
}

/** Whether a review of `scope` takes in the deals already late: a review of the period that holds today does. */
export function takesSlipping(scope: Pick<ReviewScope, 'window' | 'slippingOnly'>, today: string): boolean {
  return scope.slippingOnly === true || (scope.window.from <= today && today <= scope.window.to);
}

/**
 * `category` narrows the review to that forecast category ("review commit"): its deals in the period and its
 * slipping ones. Undefined when the scope can hold no deal (another category, in a period without today).
 */
export function reviewSoql(scope: ReviewScope, userId: string, today: string): string | undefined {
  const { owner, category } = scope;
  const quarterly = scope.slippingOnly ? [] : category ? [category].filter((c) => c === 'COMMIT' || c === 'BEST_CASE') : ['COMMIT', 'BEST_CASE'];
  const inPeriod = quarterly.length
    ? `(ForecastCategoryName IN (${quarterly.map((c) => soqlString(FORECAST_CATEGORY_NAMES[c as ForecastCategoryId])).join(', ')}) AND ${periodCondition('CloseDate', scope.period)})`
    : undefined;
  const slipping = takesSlipping(scope, today) ? 'CloseDate < TODAY' : undefined;
  const due = inPeriod && slipping ? `(${inPeriod} OR ${slipping})` : (inPeriod ?? slipping);
  if (!due) return undefined;
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
export function partOf(deal: Pick<ReviewDeal, 'forecastCategory' | 'closeDate'>, today: string, window: DateWindow): ReviewPart | undefined {
  const inQuarter = deal.closeDate >= window.from && deal.closeDate <= window.to;
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
export function reviewOrder(deals: readonly ReviewDeal[], today: string, scope: Pick<ReviewScope, 'window' | 'slippingOnly'>, byRepOf?: string): { deal: ReviewDeal; part: ReviewPart }[] {
  const placed = deals.flatMap((deal) => {
    const part = scope.slippingOnly ? 'SLIPPING' : partOf(deal, today, scope.window);
    return part ? [{ deal, part }] : [];
  });
  const ordered = ORDER.flatMap((part) => placed.filter((p) => p.part === part));
  if (byRepOf === undefined) return ordered;
  // Array.prototype.sort is stable: within a rep, the parts order stays.
  const order = repOrder(byRepOf);
  return ordered.sort((a, b) => order(a.deal, b.deal));
}

export async function reviewDeals(port: SalesforcePort, scope: ReviewScope, userId: string, today: string): Promise<ReviewDeal[]> {
  const soql = reviewSoql(scope, userId, today);
  return soql ? (await port.query<ReviewRow>(soql)).records.map(toReviewDeal) : [];
}

/** The deal in focus as it is now, or null when it is gone. */
export async function reviewDeal(port: SalesforcePort, id: string): Promise<ReviewDeal | null> {
  return opportunityDetails(port, id);
}

export interface ReviewTotals {
  commit: Totals;
  bestCase: Totals;
}

/** The open commit and best-case deals closing in the review's period, as they are after it: one aggregate call. */
export async function reviewTotals(port: SalesforcePort, owner: Owner, period: Period, userId: string): Promise<ReviewTotals> {
  const soql = categoryTotalsSoql({ owner, period }, userId);
  const rows = (await port.query<CategoryRow>(soql)).records;
  const of = (name: string) => toTotals(rows.find((r) => r.ForecastCategoryName === name));
  return { commit: of(FORECAST_CATEGORY_NAMES.COMMIT), bestCase: of(FORECAST_CATEGORY_NAMES.BEST_CASE) };
}
