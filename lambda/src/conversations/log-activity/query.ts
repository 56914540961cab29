/**
 * Writing what a rep did and has to do: a completed call, a note on a record, a reminder to call. Each is one
 * composite round trip that creates the record and reads back what Salesforce now holds.
 *
 * Task fields (Object Reference, Task): TaskSubtype 'Call' marks a logged call (set on create only), Status
 * 'Completed' closes it, ActivityDate is the due date (a date only), Description is what the UI calls Comments,
 * WhatId the account or opportunity it is about; IsReminderSet with ReminderDateTime (a datetime) sets a reminder.
 * Notes (Object Reference, ContentNote, ContentDocumentLink): a ContentNote's Content is the note's HTML, base64
 * encoded, with special characters escaped; the note is put on the record by a ContentDocumentLink whose
 * ContentDocumentId is the note's id (a note's Id is its ContentDocument's [unsure]), LinkedEntityId the record,
 * ShareType 'V' (viewers: what a note added from a record page gets [unsure]) and Visibility 'AllUsers'.
 */
import type { SalesforcePort } from '../../salesforce/port';
import { SalesforceRequestError } from '../../salesforce/errors';
import { createdBySince } from '../../salesforce/recent';
import { soqlId, soqlString } from '../../salesforce/soql';

/** What an activity is about: an account, or a deal (then its account names it in speech). */
export interface Target {
  id: string;
  type: 'Account' | 'Opportunity';
  /** How it is spoken: "Globex Corporation", or "Northwind Traders, Loading Dock Upgrade". */
  label: string;
  /** The account's name (the deal's account for a deal), for a task's subject. */
  accountName: string;
}

export interface TaskRecord {
  id: string;
  subject: string;
  activityDate: string | null;
  reminderDateTime: string | null;
}

interface TaskRow {
  Id: string;
  Subject: string;
  ActivityDate: string | null;
  ReminderDateTime: string | null;
}

const TASK_COLUMNS = 'Id, Subject, ActivityDate, ReminderDateTime';

function toTask(row: TaskRow): TaskRecord {
  return { id: row.Id, subject: row.Subject, activityDate: row.ActivityDate, reminderDateTime: row.ReminderDateTime };
}

/** Creates one task and reads it back, in one round trip. */
async function createTask(port: SalesforcePort, body: Record<string, unknown>): Promise<TaskRecord> {
  const base = `/services/data/v${port.apiVersion}/sobjects/Task`;
  const [, created] = await port.composite(
    [
      { method: 'POST', url: base, referenceId: 'newTask', body },
      { method: 'GET', url: `${base}/@{newTask.id}?fields=${TASK_COLUMNS}`, referenceId: 'created' },
    ],
    { allOrNone: true },
  );
  return toTask(created!.body as TaskRow);
}

/** The task a lost attempt created, if it did (same subject and record, by this user, since the attempt). */
async function findTask(port: SalesforcePort, userId: string, whatId: string, subject: string, since: Date): Promise<TaskRecord | undefined> {
  const { records } = await port.query<TaskRow>(
    `SELECT ${TASK_COLUMNS} FROM Task WHERE WhatId = ${soqlId(whatId)} AND Subject = ${soqlString(subject)} AND ${createdBySince(userId, since)} ORDER BY CreatedDate DESC LIMIT 1`,
  );
  return records[0] && toTask(records[0]);
}

export interface NewCall {
  target: Target;
  subject: string;
  notes: string;
  /** The user's today, YYYY-MM-DD. */
  today: string;
}

export function logCall(port: SalesforcePort, c: NewCall): Promise<TaskRecord> {
  return createTask(port, {
    Subject: c.subject, TaskSubtype: 'Call', Status: 'Completed', ActivityDate: c.today, WhatId: c.target.id, Description: c.notes,
  });
}

export function findLoggedCall(port: SalesforcePort, userId: string, c: NewCall, since: Date): Promise<TaskRecord | undefined> {
  return findTask(port, userId, c.target.id, c.subject, since);
}

export interface NewReminder {
  target: Target;
  subject: string;
  /** The due date, YYYY-MM-DD. */
  due: string;
  /** When the reminder goes off, an ISO instant. */
  remindAt: string;
}

export function createReminder(port: SalesforcePort, r: NewReminder): Promise<TaskRecord> {
  return createTask(port, {
    Subject: r.subject, TaskSubtype: 'Task', Status: 'Not Started', ActivityDate: r.due, WhatId: r.target.id,
    IsReminderSet: true, ReminderDateTime: r.remindAt,
  });
}

export function findReminder(port: SalesforcePort, userId: string, r: NewReminder, since: Date): Promise<TaskRecord | undefined> {
  return findTask(port, userId, r.target.id, r.subject, since);
}

export interface NewNote {
  target: Target;
  title: string;
  text: string;
  /** The user's today: the day of the task written instead where the org has no notes. */
  today: string;
}

/** A note written as a note, or — in an org without notes — as a completed task with the words as its comments. */
export type SavedNote = { kind: 'note'; id: string; title: string } | { kind: 'task'; id: string; subject: string };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The note's body as ContentNote takes it: escaped text in a paragraph, base64 encoded. */
export function noteContent(text: string): string {
  return Buffer.from(`<p>${escapeHtml(text)}</p>`, 'utf8').toString('base64');
}

/**
 * An org without notes (Setup → Notes off, or an API user without access to them) does not know the object:
 * the REST API answers NOT_FOUND ("The requested resource does not exist") or INVALID_TYPE for it [unsure which].
 */
function notesMissing(err: unknown): boolean {
  return err instanceof SalesforceRequestError && (err.errorCode === 'NOT_FOUND' || err.errorCode === 'INVALID_TYPE') && /ContentNote|resource/i.test(err.message);
}

export async function addNote(port: SalesforcePort, n: NewNote): Promise<SavedNote> {
  const data = `/services/data/v${port.apiVersion}/sobjects`;
  try {
    const [, , read] = await port.composite(
      [
        { method: 'POST', url: `${data}/ContentNote`, referenceId: 'note', body: { Title: n.title, Content: noteContent(n.text) } },
        {
          method: 'POST', url: `${data}/ContentDocumentLink`, referenceId: 'link',
          body: { ContentDocumentId: '@{note.id}', LinkedEntityId: n.target.id, ShareType: 'V', Visibility: 'AllUsers' },
        },
        { method: 'GET', url: `${data}/ContentNote/@{note.id}?fields=Id,Title`, referenceId: 'saved' },
      ],
      { allOrNone: true },
    );
    const saved = read!.body as { Id: string; Title: string };
    return { kind: 'note', id: saved.Id, title: saved.Title };
  } catch (err) {
    if (!notesMissing(err)) throw err;
    const task = await createTask(port, {
      Subject: n.title, Status: 'Completed', ActivityDate: n.today, WhatId: n.target.id, Description: n.text,
    });
    return { kind: 'task', id: task.id, subject: task.subject };
  }
}

/** The note (or task) a lost attempt saved on the record, if it did. */
export async function findNote(port: SalesforcePort, userId: string, n: NewNote, since: Date): Promise<SavedNote | undefined> {
  const { records } = await port.query<{ ContentDocumentId: string; ContentDocument: { Title: string; CreatedById: string; CreatedDate: string } }>(
    `SELECT ContentDocumentId, ContentDocument.Title, ContentDocument.CreatedById, ContentDocument.CreatedDate FROM ContentDocumentLink WHERE LinkedEntityId = ${soqlId(n.target.id)}`,
  ).catch(() => ({ records: [] }));
  const after = since.getTime() - 60_000;
  const note = records.find((r) => r.ContentDocument?.Title === n.title && r.ContentDocument.CreatedById === userId && Date.parse(r.ContentDocument.CreatedDate) >= after);
  if (note) return { kind: 'note', id: note.ContentDocumentId, title: n.title };
  const task = await findTask(port, userId, n.target.id, n.title, since);
  return task && { kind: 'task', id: task.id, subject: task.subject };
}
