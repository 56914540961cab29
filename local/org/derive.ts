/**
 * Fields the org computes on save: names, opportunity stage flags and forecast, fiscal period, case number
 * and closed state, event end/duration/date. Each function fills `next` (the record being saved) from what
 * was written and, on update, from the previous version.
 */
import { fiscalQuarter, fiscalYear, localDate } from './calendar';
import { CLOSED_CASE_STATUSES, CLOSED_TASK_STATUSES, FORECAST_CATEGORY_BY_NAME } from './schema';
import { SalesforceError, type SObjectRecord } from './types';
import { requiredFieldsMissing } from './validate';

export interface DeriveContext {
  now: Date;
  /** The OpportunityStage row for a stage name, if the org has one. */
  stage(name: string): SObjectRecord | undefined;
  /** Every stored record of a type, and one by id (periods and forecast types for quotas). */
  records(type: string): readonly SObjectRecord[];
  record(type: string, id: string): SObjectRecord | undefined;
  organization(): SObjectRecord;
  /** Time zone of a user (the event owner), for the date an event falls on. */
  timeZoneOf(userId: unknown): string;
  nextCaseNumber(): string;
}

export interface Save {
  next: Record<string, unknown>;
  previous: SObjectRecord | undefined;
  /** Fields the client sent, by canonical name. */
  written: Record<string, unknown>;
}

const MINUTE = 60_000;

function changed(save: Save, name: string): boolean {
  return save.previous === undefined || (name in save.written && save.written[name] !== save.previous[name]);
}

function personName({ next }: Save): void {
  next.Name = [next.FirstName, next.LastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
}

function opportunity(save: Save, ctx: DeriveContext): void {
  const { next, written } = save;
  const stage = typeof next.StageName === 'string' ? ctx.stage(next.StageName) : undefined;
  // A stage the org does not define (StageName is not restricted) counts as open.
  next.IsClosed = stage?.IsClosed === true;
  next.IsWon = stage?.IsWon === true;
  const stageChanged = changed(save, 'StageName');
  if (stageChanged && !('Probability' in written) && stage) next.Probability = stage.DefaultProbability ?? null;
  // A closed stage forces its own forecast category; an open one suggests it when the stage changes.
  if (stage && (stage.IsClosed === true || (stageChanged && !('ForecastCategoryName' in written)))) {
    next.ForecastCategoryName = stage.ForecastCategoryName;
  }
  next.ForecastCategoryName ??= 'Pipeline';
  next.ForecastCategory = FORECAST_CATEGORY_BY_NAME[String(next.ForecastCategoryName)] ?? 'Pipeline';
  next.ExpectedRevenue = typeof next.Amount === 'number' && typeof next.Probability === 'number'
    ? (next.Amount * next.Probability) / 100 : null;
  const org = ctx.organization();
  const startMonth = Number(org.FiscalYearStartMonth ?? 1);
  const closeDate = String(next.CloseDate);
  next.FiscalYear = fiscalYear(closeDate, startMonth, org.UsesStartDateAsFiscalYearName === true);
  next.FiscalQuarter = fiscalQuarter(closeDate, startMonth);
  next.HasOpenActivity ??= false;
}

function caseRecord(save: Save, ctx: DeriveContext): void {
  const { next, previous } = save;
  next.CaseNumber ??= ctx.nextCaseNumber();
  next.IsClosed = CLOSED_CASE_STATUSES.has(String(next.Status));
  if (!next.IsClosed) next.ClosedDate = null;
  else if (previous?.IsClosed !== true) next.ClosedDate ??= ctx.now.toISOString();
}

/**
 * Start, end and duration stay consistent: the end wins over the duration when both are sent; a moved start
 * keeps the duration. All-day events run from 00:00 GMT of ActivityDate, as Salesforce stores them.
 * [unsure] the exact error a real org raises for an end before the start.
 */
function event(save: Save, ctx: DeriveContext): void {
  const { next, written } = save;
  if (next.IsAllDayEvent === true) {
    if (typeof next.ActivityDate !== 'string') throw requiredFieldsMissing(['ActivityDate']);
    const start = `${next.ActivityDate}T00:00:00.000Z`;
    const minutes = typeof next.DurationInMinutes === 'number' && next.DurationInMinutes >= 1440 ? next.DurationInMinutes : 1440;
    next.StartDateTime = start;
    next.ActivityDateTime = null;
    next.DurationInMinutes = minutes;
    next.EndDateTime = new Date(Date.parse(start) + minutes * MINUTE).toISOString();
    return;
  }
  if ('ActivityDateTime' in written && !('StartDateTime' in written)) next.StartDateTime = written.ActivityDateTime;
  if (typeof next.StartDateTime !== 'string') throw requiredFieldsMissing(['ActivityDateTime']);
  const start = Date.parse(next.StartDateTime);
  if ('EndDateTime' in written && typeof next.EndDateTime === 'string') {
    next.DurationInMinutes = Math.round((Date.parse(next.EndDateTime) - start) / MINUTE);
  } else if (typeof next.DurationInMinutes === 'number') {
    next.EndDateTime = new Date(start + next.DurationInMinutes * MINUTE).toISOString();
  } else {
    throw requiredFieldsMissing(['DurationInMinutes']);
  }
  if (Number(next.DurationInMinutes) < 0) {
    throw new SalesforceError('FIELD_INTEGRITY_EXCEPTION', 'End Date Time: End must be on or after start', 400, ['EndDateTime']);
  }
  next.ActivityDateTime = next.StartDateTime;
  next.ActivityDate = localDate(start, ctx.timeZoneOf(next.OwnerId));
}

function eventRelation(save: Save, ctx: DeriveContext): void {
  const { next } = save;
  if (changed(save, 'Status')) next.RespondedDate = next.Status === 'New' ? null : ctx.now.toISOString();
}

/**
 * A quota belongs to the forecast period its StartDate opens (PeriodId is read-only) and is measured as its forecast
 * type is (IsAmount / IsQuantity are "Defaulted on create", not createable). [unsure] the error for a start date that
 * opens no forecast period.
 */
function forecastingQuota(save: Save, ctx: DeriveContext): void {
  const { next } = save;
  const period = ctx.records('Period').find((row) => row.IsForecastPeriod === true && row.StartDate === next.StartDate);
  if (!period) {
    throw new SalesforceError('FIELD_INTEGRITY_EXCEPTION', `Start Date: no forecast period starts on ${String(next.StartDate)}`, 400, ['StartDate']);
  }
  next.PeriodId = period.Id;
  const type = typeof next.ForecastingTypeId === 'string' ? ctx.record('ForecastingType', next.ForecastingTypeId) : undefined;
  next.IsAmount = type?.IsAmount === true;
  next.IsQuantity = type?.IsQuantity === true;
}

/**
 * A task's account follows what it is related to: an account itself, an opportunity's or a case's account, else a
 * contact's (Object Reference, Task.AccountId). A lead cannot share a task with a related record: the lead is the
 * whole "who" (the UI refuses "Related To" with a lead) [unsure: the API's code and message]. A completed task is
 * closed, and records when it was completed.
 */
function task(save: Save, ctx: DeriveContext): void {
  const { next, previous } = save;
  const what = typeof next.WhatId === 'string' ? next.WhatId : undefined;
  const who = typeof next.WhoId === 'string' ? next.WhoId : undefined;
  if (who?.startsWith('00Q') && what) {
    throw new SalesforceError('FIELD_INTEGRITY_EXCEPTION', 'Related To ID: a task about a lead cannot also be related to another record', 400, ['WhatId']);
  }
  const accountOf = (type: string, id: string) => (type === 'Account' ? id : (ctx.record(type, id)?.AccountId as string | null | undefined) ?? null);
  const whatType = what && ({ '001': 'Account', '006': 'Opportunity', '500': 'Case' } as Record<string, string>)[what.slice(0, 3)];
  next.AccountId = whatType ? accountOf(whatType, what) : who?.startsWith('003') ? accountOf('Contact', who) : null;
  next.IsClosed = CLOSED_TASK_STATUSES.has(String(next.Status));
  next.IsHighPriority = next.Priority === 'High';
  if (!next.IsClosed) next.CompletedDateTime = null;
  else if (previous?.IsClosed !== true) next.CompletedDateTime = ctx.now.toISOString();
  if (next.IsReminderSet === true && typeof next.ReminderDateTime !== 'string') throw requiredFieldsMissing(['ReminderDateTime']);
}

/** What a note's body says without its markup, its size and its kind (all notes are SNOTE files). */
function contentNote(save: Save): void {
  const { next } = save;
  const bytes = typeof next.Content === 'string' ? Buffer.from(next.Content, 'base64') : Buffer.alloc(0);
  const text = bytes.toString('utf8').replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  next.TextPreview = text.slice(0, 255) || null;
  next.ContentSize = bytes.length;
  next.FileType = 'SNOTE';
  next.FileExtension = 'snote';
}

const DERIVATIONS: Readonly<Record<string, (save: Save, ctx: DeriveContext) => void>> = {
  User: personName,
  Contact: personName,
  Lead: personName,
  Opportunity: opportunity,
  Case: caseRecord,
  Event: event,
  EventRelation: eventRelation,
  ForecastingQuota: forecastingQuota,
  Task: task,
  ContentNote: contentNote,
};

export function deriveFields(type: string, save: Save, ctx: DeriveContext): void {
  DERIVATIONS[type]?.(save, ctx);
}
