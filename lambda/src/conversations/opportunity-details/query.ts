/** One opportunity in full, for "tell me more about the second one". */
import { OPPORTUNITY_COLUMNS, type OpportunityRow, type OpportunitySummary, toSummary } from '../../deals/query';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId } from '../../salesforce/soql';

export interface OpportunityDetails extends OpportunitySummary {
  /** Percent, 0–100. */
  probability: number | null;
  nextStep: string | null;
  /** The latest activity logged on the deal (YYYY-MM-DD), or null when there is none. */
  lastActivityDate: string | null;
  isClosed: boolean;
  isWon: boolean;
}

export function opportunityDetailsSoql(id: string): string {
  return `SELECT ${OPPORTUNITY_COLUMNS}, Probability, NextStep, LastActivityDate, IsClosed, IsWon FROM Opportunity WHERE Id = ${soqlId(id)}`;
}

type DetailsRow = OpportunityRow & { Probability: number | null; NextStep: string | null; LastActivityDate: string | null; IsClosed: boolean; IsWon: boolean };

/** The deal, or null when it is gone (deleted, or no longer shared with the user). */
export async function opportunityDetails(port: SalesforcePort, id: string): Promise<OpportunityDetails | null> {
  const [row] = (await port.query<DetailsRow>(opportunityDetailsSoql(id))).records;
  if (!row) return null;
  return {
    ...toSummary(row),
    probability: row.Probability,
    nextStep: row.NextStep || null,
    lastActivityDate: row.LastActivityDate,
    isClosed: row.IsClosed,
    isWon: row.IsWon,
  };
}
