/**
 * A briefing in one composite call of five queries. Salesforce's Composite resource takes up to 25 subrequests,
 * of which at most 5 may be query (Query, QueryAll) or sObject Collections operations (REST API Developer Guide,
 * "Send Multiple Requests Using Composite": https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-composite-post.html;
 * the limit read in its v57.0 translation, https://developer.salesforce.com/docs/atlas.ja-jp.242.0.api_rest.meta/api/resources_composite_composite_post.htm;
 * the local org does not enforce it), so five, each doing one job:
 *  - changes: OpportunityFieldHistory rows of the user's (a manager: the team's; or one person's) deals since the
 *    last briefing — stage, amount and close date, made by someone else (what the user changed they know), with
 *    who made them; a stage change to a closed stage is a won or lost deal;
 *  - created: deals created since then by someone else;
 *  - dealCounts: open deals by close date that are slipping (before today) or close this week (today on), one
 *    aggregate for both, as my-day and the pipeline count them;
 *  - cases: open high-priority cases created since then on the user's (team's) accounts;
 *  - meetings: today's events the user owns or is invited to (not declined), counted, as my-day reads the day.
 * [unsure] that real SOQL accepts the Event semi-join on EventRelation.EventId (the local org answers it).
 */
import { dayBounds } from '../my-day/day';
import { onTheDay } from '../my-day/query';
import { type Owner, ownerFilter } from '../../deals/owner';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { soqlId, whereAll } from '../../salesforce/soql';

export interface BriefingQuestion {
  userId: string;
  owner: Owner;
  /** The instant the briefing starts from: the last briefing, or a day ago. */
  since: Date;
  /** The user's today, YYYY-MM-DD, and its bounds in their time zone. */
  today: string;
  timeZone: string;
}

export type ChangedField = 'StageName' | 'Amount' | 'CloseDate';

export interface DealChange {
  dealId: string;
  deal: string;
  field: ChangedField;
  from: unknown;
  to: unknown;
  /** ISO instant. */
  at: string;
  /** The first name of who made the change (of the latest, when several), when Salesforce says it. */
  by: string | null;
}

export interface ClosedDeal {
  id: string;
  name: string;
  amount: number | null;
}

export interface Briefing {
  /** Changed deals, the latest change first: one entry per deal and field, the latest value. */
  changes: DealChange[];
  /** How many deals changed (besides the lost ones). */
  changedDeals: number;
  /** Deals created since, biggest first. */
  created: { id: string; name: string; amount: number | null }[];
  /** Deals moved to a lost stage since, biggest first. */
  lost: ClosedDeal[];
  /** Deals moved to a won stage since, biggest first. */
  won: ClosedDeal[];
  cases: { id: string; subject: string | null; account: string | null }[];
  meetingsToday: number;
  closingThisWeek: number;
  slipping: number;
}

const TRACKED: readonly ChangedField[] = ['StageName', 'Amount', 'CloseDate'];

/** A SOQL datetime literal, whole seconds: rows of the same second but earlier are dropped by `after` below. */
function literal(at: Date): string {
  return new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function briefingSoql(q: BriefingQuestion): { changes: string; created: string; dealCounts: string; cases: string; meetings: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.today)) throw new Error(`not a day for SOQL: ${q.today}`);
  const me = soqlId(q.userId);
  const since = literal(q.since);
  const fields = TRACKED.map((f) => `'${f}'`).join(', ');
  const day = { day: q.today, bounds: dayBounds(q.today, q.timeZone) };
  const invited = `SELECT EventId FROM EventRelation WHERE RelationId = ${me} AND IsInvitee = true AND Status != 'Declined'`;
  return {
    changes:
      'SELECT OpportunityId, Opportunity.Name, Opportunity.Amount, Opportunity.IsClosed, Opportunity.IsWon, Field, OldValue, NewValue, CreatedDate, CreatedBy.FirstName' +
      ` FROM OpportunityFieldHistory${whereAll([`CreatedDate >= ${since}`, `CreatedById != ${me}`, `Field IN (${fields})`, ownerFilter(q.owner, q.userId, 'Opportunity.')])}` +
      ' ORDER BY CreatedDate DESC LIMIT 200',
    created:
      `SELECT Id, Name, Amount, CreatedDate FROM Opportunity${whereAll([`CreatedDate >= ${since}`, `CreatedById != ${me}`, ownerFilter(q.owner, q.userId)])}` +
      ' ORDER BY Amount DESC NULLS LAST LIMIT 50',
    dealCounts:
      `SELECT CloseDate, COUNT(Id) n FROM Opportunity${whereAll(['IsClosed = false', ownerFilter(q.owner, q.userId), '(CloseDate < TODAY OR (CloseDate >= TODAY AND CloseDate = THIS_WEEK))'])}` +
      ' GROUP BY CloseDate',
    cases:
      `SELECT Id, Subject, Account.Name, CreatedDate FROM Case${whereAll(["Priority = 'High'", 'IsClosed = false', `CreatedDate >= ${since}`, ownerFilter(q.owner, q.userId, 'Account.')])}` +
      ' ORDER BY CreatedDate DESC LIMIT 50',
    meetings: `SELECT COUNT(Id) n FROM Event${whereAll([`(OwnerId = ${me} OR Id IN (${invited}))`, onTheDay(day)])}`,
  };
}

interface ChangeRow {
  OpportunityId: string;
  Opportunity: { Name: string; Amount: number | null; IsClosed: boolean; IsWon: boolean } | null;
  Field: string;
  OldValue: unknown;
  NewValue: unknown;
  CreatedDate: string;
  CreatedBy: { FirstName: string | null } | null;
}
type CreatedRow = { Id: string; Name: string; Amount: number | null; CreatedDate: string };
type CountRow = { CloseDate: string; n: number };
type CaseRow = { Id: string; Subject: string | null; Account: { Name: string } | null; CreatedDate: string };

/** The API's datetime ("2026-03-31T14:00:00.000+0000") in epoch ms. */
const ms = (value: string) => Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

export function toBriefing(
  q: Pick<BriefingQuestion, 'since' | 'today'>,
  rows: { changes: ChangeRow[]; created: CreatedRow[]; dealCounts: CountRow[]; cases: CaseRow[]; meetings: { n: number }[] },
): Briefing {
  const after = (at: string) => ms(at) >= q.since.getTime();
  const created = rows.created.filter((r) => after(r.CreatedDate)).map((r) => ({ id: r.Id, name: r.Name, amount: r.Amount }));
  const isNew = new Set(created.map((d) => d.id));
  // Rows come latest first: the first row of a deal and field is its latest value; the earliest gives "from".
  const byDealField = new Map<string, DealChange>();
  const lost = new Map<string, ClosedDeal>();
  const won = new Map<string, ClosedDeal>();
  for (const r of rows.changes) {
    if (!after(r.CreatedDate) || !r.Opportunity || isNew.has(r.OpportunityId) || !TRACKED.includes(r.Field as ChangedField)) continue;
    // A deal closed since is said as won or lost (as it is now), not as a stage change.
    if (r.Field === 'StageName' && r.Opportunity.IsClosed) {
      (r.Opportunity.IsWon ? won : lost).set(r.OpportunityId, { id: r.OpportunityId, name: r.Opportunity.Name, amount: r.Opportunity.Amount });
      continue;
    }
    const k = `${r.OpportunityId}|${r.Field}`;
    const known = byDealField.get(k);
    if (known) known.from = r.OldValue;
    else {
      const by = r.CreatedBy?.FirstName ?? null;
      byDealField.set(k, { dealId: r.OpportunityId, deal: r.Opportunity.Name, field: r.Field as ChangedField, from: r.OldValue, to: r.NewValue, at: r.CreatedDate, by });
    }
  }
  const changes = [...byDealField.values()].filter((c) => !lost.has(c.dealId) && !won.has(c.dealId) && String(c.from) !== String(c.to));
  const counted = (keep: (d: string) => boolean) => rows.dealCounts.filter((r) => keep(r.CloseDate)).reduce((n, r) => n + Number(r.n), 0);
  const biggest = (a: { amount: number | null }, b: { amount: number | null }) => (b.amount ?? -1) - (a.amount ?? -1);
  return {
    changes,
    changedDeals: new Set(changes.map((c) => c.dealId)).size,
    created,
    lost: [...lost.values()].sort(biggest),
    won: [...won.values()].sort(biggest),
    cases: rows.cases.filter((r) => after(r.CreatedDate)).map((r) => ({ id: r.Id, subject: r.Subject, account: r.Account?.Name ?? null })),
    meetingsToday: Number(rows.meetings[0]?.n ?? 0),
    closingThisWeek: counted((d) => d >= q.today),
    slipping: counted((d) => d < q.today),
  };
}

export async function briefing(port: SalesforcePort, q: BriefingQuestion): Promise<Briefing> {
  const r = await queryTogether<{ changes: ChangeRow; created: CreatedRow; dealCounts: CountRow; cases: CaseRow; meetings: { n: number } }>(port, briefingSoql(q));
  return toBriefing(q, {
    changes: r.changes.records,
    created: r.created.records,
    dealCounts: r.dealCounts.records,
    cases: r.cases.records,
    meetings: r.meetings.records,
  });
}
