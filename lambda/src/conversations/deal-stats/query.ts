/**
 * How many deals, what they are worth, and how many of them have an amount: open deals for a filter, or the
 * deals won in a period. One aggregate query each.
 *
 * Averages are SUM(Amount) / COUNT(Amount), the deals with an amount: SOQL's AVG(Amount) skips empty amounts
 * the same way, while COUNT(Id) counts every deal, so the answer says which count it used when they differ.
 * COUNT(field) and SUM on a currency field are in the SOQL reference's Aggregate Functions; the local org
 * supports both (test/org/soqlAggregate.test.ts).
 */
import { type Owner, ownerFilter } from '../../deals/owner';
import { type Period, periodCondition } from '../../deals/period';
import { type OpportunityFilter, openOpportunitiesWhere } from '../../deals/query';
import type { SalesforcePort } from '../../salesforce/port';
import { whereAll } from '../../salesforce/soql';

/** COUNT(Id) n and SUM(Amount) total as deals/totals.ts has them, and the deals with an amount. */
export const STATS_COLUMNS = 'COUNT(Id) n, SUM(Amount) total, COUNT(Amount) priced';

export interface StatsRow {
  n: number;
  /** Null when no deal has an amount. */
  total: number | null;
  priced: number;
}

export interface DealStats {
  /** Every deal the question covers. */
  count: number;
  /** Of those, the deals with an amount. */
  priced: number;
  /** Their amount; 0 when none has one. */
  amount: number;
}

export function toDealStats(row: StatsRow | undefined): DealStats {
  if (!row) return { count: 0, priced: 0, amount: 0 };
  return { count: Number(row.n) || 0, priced: Number(row.priced) || 0, amount: Number(row.total) || 0 };
}

/** The average amount of the deals that have one; undefined when none has. */
export function averageAmount(stats: DealStats): number | undefined {
  return stats.priced === 0 ? undefined : stats.amount / stats.priced;
}

/** Open deals the filter covers: the same WHERE as the lists and the pipeline (openTotalsSoql, plus COUNT(Amount)). */
export function openStatsSoql(filter: OpportunityFilter, userId: string): string {
  return `SELECT ${STATS_COLUMNS} FROM Opportunity${openOpportunitiesWhere(filter, userId)}`;
}

export interface WonQuery {
  owner: Owner;
  userId: string;
  /** Deals whose close date falls in it. */
  period: Period;
}

/** Deals won (closed won) in the period. */
export function wonStatsSoql(q: WonQuery): string {
  return `SELECT ${STATS_COLUMNS} FROM Opportunity${whereAll(['IsWon = true', periodCondition('CloseDate', q.period), ownerFilter(q.owner, q.userId)])}`;
}

export async function openDealStats(port: SalesforcePort, filter: OpportunityFilter, userId: string): Promise<DealStats> {
  return toDealStats((await port.query<StatsRow>(openStatsSoql(filter, userId))).records[0]);
}

export async function wonDealStats(port: SalesforcePort, q: WonQuery): Promise<DealStats> {
  return toDealStats((await port.query<StatsRow>(wonStatsSoql(q))).records[0]);
}
