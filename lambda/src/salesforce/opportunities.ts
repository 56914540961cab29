/** Opportunity queries and the plain data they return. */
import type { DatePeriodId, OwnerScopeId } from '../generated/model';
import type { SalesforcePort } from './port';
import { soqlId } from './soql';

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

export interface TopOpportunitiesQuery {
  scope: OwnerScopeId;
  /** The linked user: the owner for MINE, the manager for TEAM. */
  userId: string;
  period?: DatePeriodId;
  limit: number;
  offset: number;
}

export interface OpportunityPage {
  items: OpportunitySummary[];
  /** True when at least one more opportunity follows this page. */
  hasMore: boolean;
}

function ownerFilter(scope: OwnerScopeId, userId: string): string | undefined {
  const id = soqlId(userId);
  if (scope === 'MINE') return `OwnerId = ${id}`;
  // Direct reports plus the manager's own deals: a manager's "team pipeline" includes what they own.
  if (scope === 'TEAM') return `(OwnerId = ${id} OR Owner.ManagerId = ${id})`;
  return undefined;
}

/**
 * Open opportunities by amount, biggest first. Asks for one row more than the page so the answer can
 * offer "want the next five?" without a second call. Id breaks ties so pages never overlap.
 * `period` is one of the model's DatePeriod ids, which are SOQL date literals by design.
 */
export function topOpportunitiesSoql(q: TopOpportunitiesQuery): string {
  const where = ['IsClosed = false', ownerFilter(q.scope, q.userId), q.period && `CloseDate = ${q.period}`].filter(Boolean);
  return (
    'SELECT Id, Name, Amount, StageName, CloseDate, Account.Name, OwnerId, Owner.Name FROM Opportunity' +
    ` WHERE ${where.join(' AND ')}` +
    ' ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC' +
    ` LIMIT ${q.limit + 1} OFFSET ${q.offset}`
  );
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

export function toOpportunityPage(rows: OpportunityRow[], limit: number): OpportunityPage {
  return {
    items: rows.slice(0, limit).map((r) => ({
      id: r.Id,
      name: r.Name,
      accountName: r.Account?.Name ?? null,
      amount: r.Amount,
      stage: r.StageName,
      closeDate: r.CloseDate,
      ownerId: r.OwnerId,
      ownerName: r.Owner?.Name ?? null,
    })),
    hasMore: rows.length > limit,
  };
}

export async function topOpportunities(port: SalesforcePort, q: TopOpportunitiesQuery): Promise<OpportunityPage> {
  const result = await port.query<OpportunityRow>(topOpportunitiesSoql(q));
  return toOpportunityPage(result.records, q.limit);
}
