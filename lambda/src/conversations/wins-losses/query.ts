/**
 * Wins and losses over a period: counts and amounts won and lost, and the biggest win and loss — three
 * queries, one composite round trip.
 */
import { type Owner, ownerFilter } from '../../deals/owner';
import { type Period, periodCondition, periodOf } from '../../deals/period';
import type { DealQuestion } from '../../deals/question';
import { OPPORTUNITY_COLUMNS, type OpportunityRow, type OpportunitySummary, toSummary } from '../../deals/query';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { soqlNumber, whereAll } from '../../salesforce/soql';
import { TOTALS_COLUMNS, type Totals, type TotalsRow, toTotals } from '../../deals/totals';

export interface WinsLossesQuery {
  owner: Owner;
  userId: string;
  period: Period;
  /** Only deals worth more than this. */
  minAmount?: number;
}

export interface WinsLosses {
  won: Totals;
  lost: Totals;
  biggestWin: OpportunitySummary | null;
  biggestLoss: OpportunitySummary | null;
}

/** The deals a question about wins and losses covers: closed this quarter unless a period is said (looking back). */
export function winsLossesQueryOf(q: DealQuestion, userId: string, today: string, fiscalYearStartMonth: number): WinsLossesQuery {
  const period = periodOf(q.period ?? 'THIS_QUARTER', today, fiscalYearStartMonth, 'past');
  return { owner: q.owner, period, userId, ...(q.minAmount === undefined ? {} : { minAmount: q.minAmount }) };
}

function closedWhere(q: WinsLossesQuery, won?: boolean): string {
  return whereAll([
    'IsClosed = true',
    won !== undefined && `IsWon = ${won}`,
    periodCondition('CloseDate', q.period),
    ownerFilter(q.owner, q.userId),
    q.minAmount !== undefined && `Amount > ${soqlNumber(q.minAmount)}`,
  ]);
}

export function winsLossesSoql(q: WinsLossesQuery): { totals: string; biggestWin: string; biggestLoss: string } {
  const biggest = (won: boolean) => `SELECT ${OPPORTUNITY_COLUMNS} FROM Opportunity${closedWhere(q, won)} ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC LIMIT 1`;
  return {
    totals: `SELECT IsWon, ${TOTALS_COLUMNS} FROM Opportunity${closedWhere(q)} GROUP BY IsWon`,
    biggestWin: biggest(true),
    biggestLoss: biggest(false),
  };
}

type TotalsByOutcome = TotalsRow & { IsWon: boolean };

export function toWinsLosses(totals: TotalsByOutcome[], biggestWin: OpportunityRow[], biggestLoss: OpportunityRow[]): WinsLosses {
  return {
    won: toTotals(totals.find((r) => r.IsWon === true)),
    lost: toTotals(totals.find((r) => r.IsWon === false)),
    biggestWin: biggestWin[0] ? toSummary(biggestWin[0]) : null,
    biggestLoss: biggestLoss[0] ? toSummary(biggestLoss[0]) : null,
  };
}

export async function winsLosses(port: SalesforcePort, q: WinsLossesQuery): Promise<WinsLosses> {
  const r = await queryTogether<{ totals: TotalsByOutcome; biggestWin: OpportunityRow; biggestLoss: OpportunityRow }>(port, winsLossesSoql(q));
  return toWinsLosses(r.totals.records, r.biggestWin.records, r.biggestLoss.records);
}
