/** Open-opportunity lists and totals: the queries and the plain data they return. */
import type { ForecastCategoryId } from '../generated/model';
import type { SalesforcePort } from '../salesforce/port';
import { soqlNumber, soqlString, whereAll } from '../salesforce/soql';
import { FORECAST_CATEGORY_NAMES } from './forecastCategories';
import { type Owner, ownerFilter } from './owner';
import { type Period, periodCondition } from './period';
import { TOTALS_COLUMNS } from './totals';

export interface OpportunitySummary {
  id: string;
  name: string;
  accountName: string | null;
  amount: number | null;
  stage: string;
  closeDate: string;
  ownerId: string;
  ownerName: string | null;
}

/** Which open opportunities a list or a total is about. */
export interface OpportunityFilter {
  owner: Owner;
  /** Deals closing in it. */
  period?: Period;
  category?: ForecastCategoryId;
  /** A stage name as the org has it (StageName). */
  stage?: string;
  /** Only deals worth at least this much ("over a million"). */
  minAmount?: number;
  /**
   * 'past': slipping deals, whose close date has already passed (the period does not apply);
   * 'upcoming': deals closing today or later.
   */
  due?: 'past' | 'upcoming';
}

export interface OpportunityListQuery extends OpportunityFilter {
  /** The linked user: the owner for MINE, the manager for TEAM. */
  userId: string;
  limit: number;
  offset: number;
}

export interface OpportunityPage {
  items: OpportunitySummary[];
  /** True when at least one more opportunity follows this page. */
  hasMore: boolean;
}

/** The WHERE clause for the open opportunities a filter describes. */
export function openOpportunitiesWhere(f: OpportunityFilter, userId: string): string {
  return whereAll([
    'IsClosed = false',
    ownerFilter(f.owner, userId),
    f.due === 'past' ? 'CloseDate < TODAY' : f.period && periodCondition('CloseDate', f.period),
    f.due === 'upcoming' && 'CloseDate >= TODAY',
    f.category && `ForecastCategoryName = ${soqlString(FORECAST_CATEGORY_NAMES[f.category])}`,
    f.stage && `StageName = ${soqlString(f.stage)}`,
    f.minAmount !== undefined && `Amount > ${soqlNumber(f.minAmount)}`,
  ]);
}

/** The columns of an OpportunityRow, for every query that reads deals. */
export const OPPORTUNITY_COLUMNS = 'Id, Name, Amount, StageName, CloseDate, Account.Name, OwnerId, Owner.Name';

/**
 * Open opportunities by amount, biggest first. Asks for one row more than the page so the answer can
 * offer "want the next five?" without a second call. Id breaks ties so pages never overlap.
 */
export function openOpportunitiesSoql(q: OpportunityListQuery): string {
  return (
    `SELECT ${OPPORTUNITY_COLUMNS} FROM Opportunity${openOpportunitiesWhere(q, q.userId)}` +
    ' ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC' +
    ` LIMIT ${q.limit + 1} OFFSET ${q.offset}`
  );
}

/** How many open opportunities the filter covers and their amount. */
export function openTotalsSoql(f: OpportunityFilter, userId: string): string {
  return `SELECT ${TOTALS_COLUMNS} FROM Opportunity${openOpportunitiesWhere(f, userId)}`;
}

export interface OpportunityRow {
  Id: string;
  Name: string;
  Amount: number | null;
  StageName: string;
  CloseDate: string;
  Account: { Name: string } | null;
  OwnerId: string;
  Owner: { Name: string } | null;
}

export function toSummary(r: OpportunityRow): OpportunitySummary {
  return {
    id: r.Id,
    name: r.Name,
    accountName: r.Account?.Name ?? null,
    amount: r.Amount,
    stage: r.StageName,
    closeDate: r.CloseDate,
    ownerId: r.OwnerId,
    ownerName: r.Owner?.Name ?? null,
  };
}

export function toOpportunityPage(rows: OpportunityRow[], limit: number): OpportunityPage {
  return { items: rows.slice(0, limit).map(toSummary), hasMore: rows.length > limit };
}

export async function openOpportunities(port: SalesforcePort, q: OpportunityListQuery): Promise<OpportunityPage> {
  const result = await port.query<OpportunityRow>(openOpportunitiesSoql(q));
  return toOpportunityPage(result.records, q.limit);
}
