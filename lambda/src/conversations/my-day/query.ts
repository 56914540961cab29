/**
 * A user's day in one composite call (five queries, the most a composite request may hold [unsure: Salesforce's
 * Composite guide limits query subrequests to five; the local org does not enforce it]):
 *  - events they own that day, and events they are invited to (EventRelation, not declined): timed ones by
 *    StartDateTime within the day's bounds in their time zone, all-day ones by ActivityDate;
 *  - their open tasks due that day or before: counted by due date, and the first few to read;
 *  - open deals closing that day (and, when the day is today, the rest of this week), counted by close date:
 *    the user's own, or a manager's team's (deals/owner.ts).
 * [unsure] that real SOQL filters EventRelation by Event.StartDateTime (a parent field of the relation); the
 * Object Reference lists Event as EventRelation's parent, and the local org answers it.
 */
import { type Owner, ownerFilter } from '../../deals/owner';
import type { SalesforcePort } from '../../salesforce/port';
import { queryTogether } from '../../salesforce/queryTogether';
import { soqlId, whereAll } from '../../salesforce/soql';
import { TOTALS_COLUMNS, type TotalsRow } from '../../deals/totals';

export interface DayQuestion {
  userId: string;
  /** YYYY-MM-DD, the day asked about. */
  day: string;
  /** The user's today, YYYY-MM-DD: the week's deals are counted when the day is today. */
  today: string;
  /** The day's first instant and the next day's, as SOQL datetime literals. */
  bounds: { from: string; to: string };
  /** Whose deals: the user's, or a manager's team's. */
  owner: Owner;
}

/** Tasks read aloud at most; the rest are counted. */
export const TASKS_READ = 5;

export interface Meeting {
  id: string;
  subject: string | null;
  /** ISO instant; null for an all-day event. */
  start: string | null;
  allDay: boolean;
  /** True when someone else owns it and the user is invited. */
  invited: boolean;
}

export interface TaskItem {
  id: string;
  subject: string | null;
  due: string;
}

export interface MyDay {
  day: string;
  /** All-day events first, then by start time. */
  meetings: Meeting[];
  tasks: {
    /** Due on the day. */
    due: number;
    /** Due before the day and still open. */
    earlier: number;
    /** The first few: due on the day first, then the most recently due. */
    first: TaskItem[];
  };
  deals: {
    /** Closing on the day. */
    onDay: number;
    /** Closing from today to the end of this week; only when the day is today. */
    thisWeek?: number;
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function checked(q: DayQuestion): DayQuestion {
  if (!DAY.test(q.day) || !DAY.test(q.today) || !INSTANT.test(q.bounds.from) || !INSTANT.test(q.bounds.to)) {
    throw new Error(`not a day for SOQL: ${JSON.stringify(q)}`);
  }
  return q;
}

/** On the day: a timed event starting within its bounds, or an all-day event dated that day. `prefix` reaches the Event. */
export function onTheDay(q: Pick<DayQuestion, 'day' | 'bounds'>, prefix = ''): string {
  return (
    `((${prefix}IsAllDayEvent = false AND ${prefix}StartDateTime >= ${q.bounds.from} AND ${prefix}StartDateTime < ${q.bounds.to})` +
    ` OR (${prefix}IsAllDayEvent = true AND ${prefix}ActivityDate = ${q.day}))`
  );
}

export function myDaySoql(question: DayQuestion): { owned: string; invited: string; taskCounts: string; tasks: string; deals: string } {
  const q = checked(question);
  const me = soqlId(q.userId);
  const openTasks = whereAll([`OwnerId = ${me}`, 'IsClosed = false', `ActivityDate <= ${q.day}`]);
  const closing = q.day === q.today ? `(CloseDate = ${q.day} OR (CloseDate >= TODAY AND CloseDate = THIS_WEEK))` : `CloseDate = ${q.day}`;
  return {
    owned: `SELECT Id, Subject, StartDateTime, IsAllDayEvent FROM Event${whereAll([`OwnerId = ${me}`, onTheDay(q)])} ORDER BY StartDateTime ASC LIMIT 50`,
    invited:
      'SELECT EventId, Event.Subject, Event.StartDateTime, Event.IsAllDayEvent, Event.OwnerId FROM EventRelation' +
      `${whereAll([`RelationId = ${me}`, 'IsInvitee = true', "Status != 'Declined'", onTheDay(q, 'Event.')])} ORDER BY Event.StartDateTime ASC LIMIT 50`,
    taskCounts: `SELECT ActivityDate, COUNT(Id) n FROM Task${openTasks} GROUP BY ActivityDate`,
    tasks: `SELECT Id, Subject, ActivityDate FROM Task${openTasks} ORDER BY ActivityDate DESC, Id ASC LIMIT ${TASKS_READ + 1}`,
    deals: `SELECT CloseDate, ${TOTALS_COLUMNS} FROM Opportunity${whereAll(['IsClosed = false', ownerFilter(q.owner, q.userId), closing])} GROUP BY CloseDate`,
  };
}

interface EventRow {
  Id: string;
  Subject: string | null;
  StartDateTime: string | null;
  IsAllDayEvent: boolean;
}

interface InvitationRow {
  EventId: string;
  Event: { Subject: string | null; StartDateTime: string | null; IsAllDayEvent: boolean; OwnerId: string } | null;
}

type TaskCountRow = { ActivityDate: string | null; n: number };
type TaskRow = { Id: string; Subject: string | null; ActivityDate: string };
type DealCountRow = TotalsRow & { CloseDate: string };

/** The API's datetime ("2026-03-31T14:00:00.000+0000") as an ISO instant. */
function instant(value: string | null): string | null {
  return value ? new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString() : null;
}

export function toMyDay(
  q: Pick<DayQuestion, 'day' | 'today'>,
  rows: { owned: EventRow[]; invited: InvitationRow[]; taskCounts: TaskCountRow[]; tasks: TaskRow[]; deals: DealCountRow[] },
): MyDay {
  const meetings = new Map<string, Meeting>();
  for (const e of rows.owned) meetings.set(e.Id, { id: e.Id, subject: e.Subject, start: e.IsAllDayEvent ? null : instant(e.StartDateTime), allDay: e.IsAllDayEvent, invited: false });
  for (const r of rows.invited) {
    if (!r.Event || meetings.has(r.EventId)) continue;
    const allDay = r.Event.IsAllDayEvent;
    meetings.set(r.EventId, { id: r.EventId, subject: r.Event.Subject, start: allDay ? null : instant(r.Event.StartDateTime), allDay, invited: true });
  }
  const sorted = [...meetings.values()].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.id.localeCompare(b.id));
  const count = (date: (d: string) => boolean) => rows.taskCounts.filter((r) => r.ActivityDate && date(r.ActivityDate)).reduce((n, r) => n + Number(r.n), 0);
  const dealsOn = (date: (d: string) => boolean) => rows.deals.filter((r) => date(r.CloseDate)).reduce((n, r) => n + Number(r.n), 0);
  return {
    day: q.day,
    meetings: sorted,
    tasks: {
      due: count((d) => d === q.day),
      earlier: count((d) => d < q.day),
      first: rows.tasks.slice(0, TASKS_READ).map((t) => ({ id: t.Id, subject: t.Subject, due: t.ActivityDate })),
    },
    deals: {
      onDay: dealsOn((d) => d === q.day),
      ...(q.day === q.today ? { thisWeek: dealsOn(() => true) } : {}),
    },
  };
}

export async function myDay(port: SalesforcePort, q: DayQuestion): Promise<MyDay> {
  const r = await queryTogether<{ owned: EventRow; invited: InvitationRow; taskCounts: TaskCountRow; tasks: TaskRow; deals: DealCountRow }>(port, myDaySoql(q));
  return toMyDay(q, {
    owned: r.owned.records,
    invited: r.invited.records,
    taskCounts: r.taskCounts.records,
    tasks: r.tasks.records,
    deals: r.deals.records,
  });
}
