/**
 * Einstein's insights (OpportunityInsight: deal predictions, follow-up reminders, key moments) on one deal, or the
 * open deals Einstein sees at risk: one Salesforce call each.
 *
 * An org without Sales Cloud Einstein (or a user without its license) has no OpportunityInsight: the query answers
 * INVALID_TYPE, caught here as "no Einstein". That costs nothing on the warm path and is right per user, whereas a
 * describe once per org would add a call to every cold start and could still be wrong for a user without the license
 * in an org that has it (the object is hidden per user, as the forecasting objects are).
 * Object Reference, OpportunityInsight:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-opportunityinsight.html
 * [unsure] TrendType 'Negative' as the value of an insight that puts the deal at risk (the picklist values are not on
 * the reference page read); Title as the sentence to say.
 */
import { queryTogether } from '../../salesforce/queryTogether';
import { SalesforceRequestError } from '../../salesforce/errors';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId, whereAll } from '../../salesforce/soql';
import { type Owner, ownerFilter } from '../../deals/owner';

export interface Insight {
  title: string;
  /** Positive, Negative, Neutral [unsure]. */
  trend: string | null;
}

export interface DealInsights {
  id: string;
  name: string;
  insights: Insight[];
}

export interface DealAtRisk {
  id: string;
  name: string;
  accountName: string | null;
  amount: number | null;
  /** What Einstein says against it, newest first. */
  insights: Insight[];
}

export type Einstein<T> = { kind: 'noEinstein' } | { kind: 'read'; value: T };

/** The most insights said about one deal. */
const MAX_INSIGHTS = 3;
/** Insight rows read for the deals at risk: enough for a team's open pipeline. */
const AT_RISK_ROWS = 200;

interface InsightRow {
  OpportunityId: string;
  Title: string | null;
  TrendType: string | null;
  Opportunity?: { Name: string; Amount: number | null; Account: { Name: string } | null } | null;
}

export function dealInsightsSoql(id: string): { deal: string; insights: string } {
  return {
    deal: `SELECT Id, Name FROM Opportunity WHERE Id = ${soqlId(id)}`,
    insights: `SELECT OpportunityId, Title, TrendType FROM OpportunityInsight WHERE OpportunityId = ${soqlId(id)} ORDER BY CreatedDate DESC, Id DESC LIMIT ${MAX_INSIGHTS}`,
  };
}

/** Whose deals: the user's own, a manager's team (her and her direct reports), one person's, or everyone's. */
export function dealsAtRiskSoql(userId: string, owner: Owner): string {
  return (
    'SELECT OpportunityId, Title, TrendType, Opportunity.Name, Opportunity.Amount, Opportunity.Account.Name FROM OpportunityInsight' +
    whereAll(["TrendType = 'Negative'", 'Opportunity.IsClosed = false', ownerFilter(owner, userId, 'Opportunity.')]) +
    ` ORDER BY Opportunity.Amount DESC NULLS LAST, OpportunityId, CreatedDate DESC, Id DESC LIMIT ${AT_RISK_ROWS}`
  );
}

const toInsight = (r: InsightRow): Insight => ({ title: (r.Title ?? '').trim(), trend: r.TrendType });

/** The deals in the rows' order (biggest first), each with its insights. */
export function toDealsAtRisk(rows: readonly InsightRow[]): DealAtRisk[] {
  const deals = new Map<string, DealAtRisk>();
  for (const r of rows) {
    if (!r.Title?.trim()) continue;
    const deal = deals.get(r.OpportunityId) ?? {
      id: r.OpportunityId, name: r.Opportunity?.Name ?? '', accountName: r.Opportunity?.Account?.Name ?? null, amount: r.Opportunity?.Amount ?? null, insights: [],
    };
    deal.insights.push(toInsight(r));
    deals.set(r.OpportunityId, deal);
  }
  return [...deals.values()];
}

/** INVALID_TYPE: OpportunityInsight is not an object of this org, or not one this user may see. */
export function isNoEinstein(err: unknown): boolean {
  return err instanceof SalesforceRequestError && err.errorCode === 'INVALID_TYPE';
}

async function orNoEinstein<T>(read: () => Promise<T>): Promise<Einstein<T>> {
  try {
    return { kind: 'read', value: await read() };
  } catch (err) {
    if (isNoEinstein(err)) return { kind: 'noEinstein' };
    throw err;
  }
}

/** The deal's name and Einstein's latest insights on it; null when the deal is gone. */
export function dealInsights(port: SalesforcePort, id: string): Promise<Einstein<DealInsights | null>> {
  return orNoEinstein(async () => {
    const r = await queryTogether<{ deal: { Id: string; Name: string }; insights: InsightRow }>(port, dealInsightsSoql(id));
    const deal = r.deal.records[0];
    if (!deal) return null;
    return { id: deal.Id, name: deal.Name, insights: r.insights.records.map(toInsight).filter((i) => i.title) };
  });
}

export function dealsAtRisk(port: SalesforcePort, userId: string, owner: Owner): Promise<Einstein<DealAtRisk[]>> {
  return orNoEinstein(async () => toDealsAtRisk((await port.query<InsightRow>(dealsAtRiskSoql(userId, owner))).records));
}
