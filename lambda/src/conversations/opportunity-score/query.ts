/**
 * Einstein Opportunity Scoring: "each opportunity is given a score from 1 to 99" — the higher, the likelier it is won
 * (Salesforce Help, Einstein Opportunity Scoring implementation guide [unconfirmed wording, read in a copy]; setup
 * considerations: https://help.salesforce.com/s/articleView?id=ai.einstein_sales_setup_opportunity_scoring_considerations.htm).
 * The score is not a field of Opportunity but a ScoreIntelligence row the deal looks up (documented for Lead:
 * https://help.salesforce.com/s/articleView?id=005314324&type=1, `SELECT Id, ScoreIntelligence.Score FROM Lead`;
 * [unconfirmed] for Opportunity). So the relationship is not assumed: salesforce/features.ts finds it by describe
 * (a lookup to ScoreIntelligence) and it is passed in here. One Salesforce call each.
 */
import { type Period, periodOf } from '../../deals/period';
import type { DealQuestion } from '../../deals/question';
import { type OpportunityFilter, type OpportunityRow, type OpportunitySummary, OPPORTUNITY_COLUMNS, openOpportunitiesWhere, toSummary } from '../../deals/query';
import { SalesforceRequestError } from '../../salesforce/errors';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId } from '../../salesforce/soql';

export interface ScoredDeal extends OpportunitySummary {
  /** Einstein's score, 1–99; null when Einstein has not scored the deal. */
  score: number | null;
  isClosed: boolean;
}

/** Deals read for "which deals have the best chance": three keep the turn short. */
export const BEST_CHANCE_READ = 3;

type ScoredRow = OpportunityRow & { IsClosed: boolean } & Record<string, unknown>;

/** The deals a question asks about: its filters, closing this fiscal quarter unless a period is said. */
export function bestChanceFilter(q: DealQuestion, today: string, fiscalYearStartMonth: number): OpportunityFilter & { period: Period } {
  const period = periodOf(q.period ?? 'THIS_QUARTER', today, fiscalYearStartMonth, 'future');
  return { owner: q.owner, period, category: q.category, stage: q.stage, minAmount: q.minAmount };
}

/** A relationship name from describe goes into SOQL: only a plain API name may. */
function checked(relationship: string): string {
  if (!/^[A-Za-z]\w*$/.test(relationship)) throw new Error(`not a relationship name: ${relationship}`);
  return relationship;
}

const columns = (relationship: string) => `${OPPORTUNITY_COLUMNS}, IsClosed, ${checked(relationship)}.Score`;

/** The open deals of a question that Einstein has scored, best score first (then the bigger deal). */
export function bestChanceSoql(relationship: string, filter: OpportunityFilter, userId: string): string {
  const rel = checked(relationship);
  return (
    `SELECT ${columns(rel)} FROM Opportunity${openOpportunitiesWhere(filter, userId)} AND ${rel}.Score != null` +
    ` ORDER BY ${rel}.Score DESC, Amount DESC NULLS LAST, Id ASC LIMIT ${BEST_CHANCE_READ}`
  );
}

export function dealScoreSoql(relationship: string, id: string): string {
  return `SELECT ${columns(relationship)} FROM Opportunity WHERE Id = ${soqlId(id)}`;
}

export function toScoredDeal(row: ScoredRow, relationship: string): ScoredDeal {
  const score = (row[relationship] as { Score?: number | null } | null | undefined)?.Score;
  return { ...toSummary(row), score: typeof score === 'number' ? score : null, isClosed: row.IsClosed === true };
}

/** INVALID_FIELD / INVALID_TYPE: the score went away since the describe was kept (Einstein turned off, a license gone). */
export function isNoScores(err: unknown): boolean {
  return err instanceof SalesforceRequestError && (err.errorCode === 'INVALID_FIELD' || err.errorCode === 'INVALID_TYPE');
}

export async function bestChanceDeals(port: SalesforcePort, relationship: string, filter: OpportunityFilter, userId: string): Promise<ScoredDeal[]> {
  const rows = await port.query<ScoredRow>(bestChanceSoql(relationship, filter, userId));
  return rows.records.map((r) => toScoredDeal(r, relationship));
}

/** One deal and its score; null when the deal is gone. */
export async function dealScore(port: SalesforcePort, relationship: string, id: string): Promise<ScoredDeal | null> {
  const row = (await port.query<ScoredRow>(dealScoreSoql(relationship, id))).records[0];
  return row ? toScoredDeal(row, relationship) : null;
}
