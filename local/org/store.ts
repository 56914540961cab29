/**
 * The org's records in memory. Every write goes through the REST API's validation (validate.ts), then the
 * org's own computations (derive.ts, rollups.ts). Stored records are frozen and replaced on update, so
 * readers (the SOQL engine, REST reads) can hold them without copying.
 *
 * Transactions keep, per open transaction, a copy of each table as it was before the transaction first wrote to
 * it; a failure puts those copies back. Ids and case numbers handed out meanwhile are not reused, as in Salesforce,
 * where a rolled-back insert leaves a gap in auto-numbers (Knowledge Article 000006447, "Autonumbers are always
 * incremental but from time to time will not be sequential": https://help.salesforce.com/s/articleView?id=000383836).
 */
import { deriveFields, type DeriveContext } from './derive';
import { FieldSecurity } from './fls';
import { FORECAST_SOURCES, checkQuotaWrite, computeForecastingItems } from './forecasting';
import { makeId, normalizeId } from './ids';
import { recomputeActivity, recomputeCampaign, type RollupTarget } from './rollups';
import { FORECAST_CATEGORY_BY_NAME, SOBJECTS, STANDARD_STAGES, TRACKED_OPPORTUNITY_FIELDS } from './schema';
import { type FieldDef, type OrgStore, SalesforceError, type SObjectDef, type SObjectRecord, type WriteOptions } from './types';
import { coerceBody, fieldIndex, requiredFieldsMissing, type WriteKind } from './validate';

export interface StoreOptions {
  /** The org's clock; tests pass a fixed one. Default: the system clock. */
  clock?: () => Date;
  /** Fields of the Organization row (Name, TimeZoneSidKey, FiscalYearStartMonth…) over the defaults below. */
  organization?: Record<string, unknown>;
  /** Custom fields this org has beyond the standard schema, by object name. */
  customFields?: Record<string, FieldDef[]>;
  /** Objects of the standard schema this org lacks (a feature not licensed, e.g. OpportunityInsight without Einstein). */
  without?: readonly string[];
}

interface Table {
  def: SObjectDef;
  fields: Map<string, FieldDef>;
  /** 18-character id → record, in creation order. */
  records: Map<string, SObjectRecord>;
  /** `records` as the array `all()` hands out; rebuilt after a write. */
  list?: readonly SObjectRecord[];
  /** Ids handed out so far: never reused, not even after a delete or a rollback. */
  issued: number;
}

/** A reference field of another object that may point at records of some object. */
interface Referrer {
  table: Table;
  field: FieldDef;
}

const ORGANIZATION_DEFAULTS = {
  Name: 'Sales Assistant Demo',
  DefaultLocaleSidKey: 'en_US',
  LanguageLocaleKey: 'en_US',
  TimeZoneSidKey: 'America/Los_Angeles',
  FiscalYearStartMonth: 1,
  UsesStartDateAsFiscalYearName: false,
  DefaultCurrencyIsoCode: 'USD',
  // A production Enterprise Edition org, no trial, no namespace; the instance name is the local org's own.
  InstanceName: 'LOCAL',
  IsSandbox: false,
  TrialExpirationDate: null,
  NamespacePrefix: null,
  OrganizationType: 'Enterprise Edition',
};

function notFound(): SalesforceError {
  return new SalesforceError('NOT_FOUND', 'The requested resource does not exist', 404);
}

/** [unsure] the wording for an object the API cannot insert into or update (Period, ForecastingItem). */
function notWritable(type: string, kind: 'inserted' | 'updated'): SalesforceError {
  return new SalesforceError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be ${kind}: ${type}`, 400);
}

/** [unsure] the code and wording Salesforce gives a delete of a User, Organization or OpportunityStage. */
function notDeletable(type: string): SalesforceError {
  return new SalesforceError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be deleted: ${type}`, 400);
}

/** What a record is called: its name field (Name, CaseNumber…), else its id. */
function nameOf(def: SObjectDef, record: SObjectRecord): string {
  const field = def.fields.find((f) => f.nameField);
  return String((field && record[field.name]) ?? record.Id);
}

export function createStore(options: StoreOptions = {}): OrgStore {
  const clock = options.clock ?? (() => new Date());
  const custom = options.customFields ?? {};
  const absent = new Set(options.without ?? []);
  // A lookup to objects the org lacks is not a field of it either (Opportunity.ScoreIntelligenceId without Einstein).
  const present = (field: FieldDef) => !(field.type === 'reference' && field.referenceTo?.length && field.referenceTo.every((to) => absent.has(to)));
  const objects = SOBJECTS.filter((def) => !absent.has(def.name))
    .map((def) => ({ ...def, fields: [...def.fields.filter(present), ...(custom[def.name] ?? [])] }));
  const tables = new Map(objects.map((def): [string, Table] => [def.name.toLowerCase(), { def, fields: fieldIndex(def), records: new Map(), issued: 0 }]));
  const byPrefix = new Map(objects.map((def) => [def.keyPrefix, def.name]));
  /** Object name → the reference fields (of any object) that can point at its records. */
  const referrers = new Map<string, Referrer[]>();
  for (const child of tables.values()) {
    for (const field of child.def.fields) {
      for (const parent of field.type === 'reference' ? field.referenceTo ?? [] : []) {
        referrers.set(parent, [...(referrers.get(parent) ?? []), { table: child, field }]);
      }
    }
  }
  /** Open transactions, innermost last: each table as it was before the transaction first changed it. */
  const open: Map<Table, Map<string, SObjectRecord>>[] = [];
  let caseNumber = 1000;
  /** Counts changes to stored tables: ForecastingItem rows are recomputed when it moved. */
  let version = 0;
  const forecastItems = { version: -1, ids: new Map<string, string>() };

  function table(type: string): Table {
    const found = tables.get(type.toLowerCase());
    if (!found) throw notFound();
    if (found.def.name === 'ForecastingItem') refreshForecastItems(found);
    return found;
  }

  /**
   * ForecastingItem is computed, never written: its rows are rebuilt from opportunities, users and periods whenever
   * one of the stored tables changed since the last read. A row keeps its Id (by owner, period, type and category).
   */
  function refreshForecastItems(target: Table): void {
    if (forecastItems.version === version) return;
    forecastItems.version = version;
    const reader = { all: (type: string) => all(table(type)), get };
    const now = clock().toISOString();
    const records = new Map<string, SObjectRecord>();
    for (const { key, fields } of computeForecastingItems(reader)) {
      let id = forecastItems.ids.get(key);
      if (!id) {
        target.issued += 1;
        id = makeId(target.def.keyPrefix, target.issued);
        forecastItems.ids.set(key, id);
      }
      const previous = target.records.get(id);
      const same = previous && Object.entries(fields).every(([name, value]) => previous[name] === value);
      const stamp = same ? previous : { CreatedDate: previous?.CreatedDate ?? now, LastModifiedDate: now, SystemModstamp: now };
      const owner = fields.OwnerId;
      records.set(id, Object.freeze({
        ...defaults(target.def), ...fields, Id: id, CreatedById: owner, LastModifiedById: owner,
        CreatedDate: stamp.CreatedDate, LastModifiedDate: stamp.LastModifiedDate, SystemModstamp: stamp.SystemModstamp,
      }) as SObjectRecord);
    }
    target.records = records;
    target.list = undefined;
  }

  function get(type: string, id: string): SObjectRecord | undefined {
    const { records } = table(type);
    // Stored references are canonical already: look them up before normalizing other forms.
    const key = records.has(id) ? id : normalizeId(id);
    return key === undefined ? undefined : records.get(key);
  }

  function all(target: Table): readonly SObjectRecord[] {
    target.list ??= [...target.records.values()];
    return target.list;
  }

  function touch(target: Table): void {
    for (const saved of open) if (!saved.has(target)) saved.set(target, new Map(target.records));
    target.list = undefined;
    // Only a change to what forecast items are computed from makes them stale (a task or a note does not).
    if (FORECAST_SOURCES.has(target.def.name)) version += 1;
  }

  function put(target: Table, record: Record<string, unknown>): SObjectRecord {
    touch(target);
    const frozen = Object.freeze(record) as SObjectRecord;
    target.records.set(frozen.Id, frozen);
    return frozen;
  }

  function remove(target: Table, id: string): void {
    touch(target);
    target.records.delete(id);
  }

  function transaction<T>(fn: () => T): T {
    const saved = new Map<Table, Map<string, SObjectRecord>>();
    open.push(saved);
    try {
      return fn();
    } catch (e) {
      for (const [target, records] of saved) {
        target.records = records;
        target.list = undefined;
      }
      version += 1;
      throw e;
    } finally {
      open.pop();
    }
  }

  /** Sets fields without touching audit fields: roll-ups and cleared lookups are not edits. */
  function patch(type: string, id: string, values: Record<string, unknown>): void {
    const current = get(type, id);
    if (current) put(table(type), { ...current, ...values });
  }

  const rollupTarget: RollupTarget = {
    all: (type) => all(table(type)),
    typeOf: (id) => byPrefix.get(id.slice(0, 3)),
    hasField: (type, name) => table(type).fields.has(name.toLowerCase()),
    patch,
  };

  function organization(): SObjectRecord {
    const [org] = all(table('Organization'));
    if (!org) throw new Error('The store has no Organization row');
    return org;
  }

  function stage(name: string): SObjectRecord | undefined {
    return all(table('OpportunityStage')).find((row) => row.ApiName === name || row.MasterLabel === name);
  }

  function actingUser(options: WriteOptions | undefined): string | undefined {
    return options?.actingUserId ?? all(table('User'))[0]?.Id;
  }

  function deriveContext(now: Date): DeriveContext {
    return {
      now,
      stage,
      organization,
      records: (type) => all(table(type)),
      record: get,
      timeZoneOf: (userId) => String((typeof userId === 'string' && get('User', userId)?.TimeZoneSidKey) || organization().TimeZoneSidKey),
      nextCaseNumber: () => String(++caseNumber).padStart(8, '0'),
    };
  }

  /** A referenced record must exist and be one of the field's target types. [unsure] codes for the two failures. */
  function checkReferences(target: Table, written: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(written)) {
      const field = target.fields.get(name.toLowerCase());
      if (field?.type !== 'reference' || !field.referenceTo || typeof value !== 'string') continue;
      const type = byPrefix.get(value.slice(0, 3));
      if (!type || !field.referenceTo.includes(type)) {
        throw new SalesforceError('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${value}`, 400, [field.name]);
      }
      if (!get(type, value)) throw new SalesforceError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', 400, [field.name]);
    }
  }

  function checkRequired(target: Table, record: Record<string, unknown>): void {
    const missing = target.def.fields
      .filter((field) => !field.nillable && field.createable && !field.calculated && field.type !== 'boolean')
      .filter((field) => record[field.name] === null || record[field.name] === undefined)
      .map((field) => field.name);
    if (missing.length > 0) throw requiredFieldsMissing(missing);
  }

  /** A new record has every field of its object: the default, false for a checkbox, else null. */
  function defaults(def: SObjectDef): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (const field of def.fields) record[field.name] = field.defaultValue ?? (field.type === 'boolean' ? false : null);
    return record;
  }

  /** Parents whose roll-ups depend on a record that was saved (`saved`) or changed or deleted (`previous`). */
  function rollUp(type: string, previous: SObjectRecord | undefined, saved: SObjectRecord | undefined, now: Date): void {
    const ids = (...names: string[]): Set<string> => new Set(
      names.flatMap((name) => [previous?.[name], saved?.[name]]).filter((id): id is string => typeof id === 'string'),
    );
    if (type === 'Opportunity' || type === 'CampaignMember') {
      for (const id of ids('CampaignId')) recomputeCampaign(rollupTarget, id);
    } else if (type === 'Lead') {
      const leads = ids('Id');
      const campaigns = all(table('CampaignMember')).filter((row) => leads.has(String(row.LeadId))).map((row) => String(row.CampaignId));
      for (const id of new Set(campaigns)) recomputeCampaign(rollupTarget, id);
    } else if (type === 'Event') {
      for (const id of ids('WhatId', 'WhoId')) recomputeActivity(rollupTarget, id, now);
    } else if (type === 'ScoreIntelligence' && typeof saved?.BaseId === 'string') {
      // The scored record points at its score (schema.ts, ScoreIntelligence); setting it is not an edit of the deal.
      const base = rollupTarget.typeOf(saved.BaseId);
      if (base && rollupTarget.hasField(base, 'ScoreIntelligenceId')) patch(base, saved.BaseId, { ScoreIntelligenceId: saved.Id });
    }
  }

  function write(kind: WriteKind, target: Table, previous: SObjectRecord | undefined, body: Record<string, unknown>, options?: WriteOptions): SObjectRecord {
    const trusted = options?.trusted === true;
    if (!trusted && target.def[kind === 'create' ? 'createable' : 'updateable'] === false) {
      throw notWritable(target.def.name, kind === 'create' ? 'inserted' : 'updated');
    }
    const security = !trusted && options?.enforceFieldSecurity === true ? actingUser(options) : undefined;
    const written = coerceBody(target.def, target.fields, body, kind, trusted,
      (field) => (security === undefined ? 'edit' : fieldSecurity.access(security, target.def.name, field)));
    const now = options?.now ?? clock();
    const actor = actingUser(options);
    const reader = { all: (type: string) => all(table(type)), get };
    if (!trusted && previous && target.def.name === 'ForecastingQuota') checkQuotaWrite(reader, actor, previous.QuotaOwnerId);
    const next: Record<string, unknown> = previous ? { ...previous } : defaults(target.def);
    Object.assign(next, written);
    // Only the audit fields the object has (Period has SystemModstamp alone, ForecastingQuota no IsDeleted).
    const has = (name: string) => target.fields.has(name.toLowerCase());
    const modified = 'LastModifiedDate' in written ? written.LastModifiedDate : now.toISOString();
    if (!previous) {
      next.Id = makeId(target.def.keyPrefix, target.issued + 1);
      if (has('IsDeleted')) next.IsDeleted = false;
      if (has('CreatedDate')) next.CreatedDate ??= now.toISOString();
      // Before the first user exists only setup rows are written; the first user is created by itself.
      const creator = actor ?? (target.def.name === 'User' ? next.Id : null);
      if (has('CreatedById')) next.CreatedById ??= creator;
      if (has('OwnerId')) next.OwnerId ??= creator;
      if (target.def.name === 'ForecastingQuota') next.QuotaOwnerId ??= creator; // "Defaulted on create"
    }
    if (!trusted && target.def.name === 'ForecastingQuota') checkQuotaWrite(reader, actor, next.QuotaOwnerId);
    if (has('LastModifiedDate') && !('LastModifiedDate' in written)) next.LastModifiedDate = modified;
    if (has('LastModifiedById') && !('LastModifiedById' in written)) next.LastModifiedById = actor ?? next.CreatedById;
    next.SystemModstamp = modified;
    checkRequired(target, next);
    checkReferences(target, written);
    deriveFields(target.def.name, { next, previous, written }, deriveContext(now));
    const saved = put(target, next);
    if (!previous) target.issued += 1;
    if (previous && target.def.name === 'Opportunity') trackHistory(previous, saved, actor, now);
    rollUp(target.def.name, previous, saved, now);
    return saved;
  }

  /**
   * A save of an opportunity that changed a tracked field writes one OpportunityFieldHistory row per field, as
   * field history tracking does: who changed it (the acting user), when, and the value before and after.
   */
  function trackHistory(previous: SObjectRecord, saved: SObjectRecord, actor: string | undefined, now: Date): void {
    const history = table('OpportunityFieldHistory');
    for (const [name, dataType] of Object.entries(TRACKED_OPPORTUNITY_FIELDS)) {
      if (previous[name] === saved[name]) continue;
      history.issued += 1;
      put(history, {
        ...defaults(history.def), Id: makeId(history.def.keyPrefix, history.issued), IsDeleted: false, CreatedDate: now.toISOString(),
        CreatedById: actor ?? saved.LastModifiedById, OpportunityId: saved.Id, Field: name, DataType: dataType,
        OldValue: previous[name] ?? null, NewValue: saved[name] ?? null,
      });
    }
  }

  /** Records whose `field` points at `id`. */
  function pointingAt({ table: child, field }: Referrer, id: string): SObjectRecord[] {
    return all(child).filter((row) => row[field.name] === id);
  }

  /**
   * The record and everything that cascades from it, or DELETE_FAILED when a record that stays behind restricts the
   * delete of one of them.
   */
  function doomedBy(target: Table, record: SObjectRecord): Map<string, { table: Table; record: SObjectRecord }> {
    const doomed = new Map<string, { table: Table; record: SObjectRecord }>();
    const queue = [{ table: target, record }];
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (doomed.has(next.record.Id)) continue;
      doomed.set(next.record.Id, next);
      for (const referrer of referrers.get(next.table.def.name) ?? []) {
        if (referrer.field.onParentDelete !== 'cascade') continue;
        for (const row of pointingAt(referrer, next.record.Id)) queue.push({ table: referrer.table, record: row });
      }
    }
    for (const { table: parent, record: doomedRecord } of doomed.values()) {
      for (const referrer of referrers.get(parent.def.name) ?? []) {
        if (referrer.field.onParentDelete !== 'restrict') continue;
        const blockers = pointingAt(referrer, doomedRecord.Id).filter((row) => !doomed.has(row.Id));
        if (blockers.length > 0) {
          const what = referrer.table.def;
          // [unsure] the exact wording; it follows the message Salesforce shows for an account with cases.
          throw new SalesforceError('DELETE_FAILED', `Your attempt to delete ${nameOf(target.def, record)} could not be completed because it is `
            + `associated with the following ${what.labelPlural.toLowerCase()}.: ${blockers.map((row) => nameOf(what, row)).join(', ')}`, 400);
        }
      }
    }
    return doomed;
  }

  function deleteRecord(type: string, id: string, options?: WriteOptions): void {
    const target = table(type);
    if (!target.def.deletable) throw notDeletable(target.def.name);
    const record = get(type, id);
    if (!record) throw notFound();
    if (target.def.name === 'ForecastingQuota' && options?.trusted !== true) {
      checkQuotaWrite({ all: (t) => all(table(t)), get }, actingUser(options), record.QuotaOwnerId);
    }
    transaction(() => {
      const doomed = doomedBy(target, record);
      for (const { table: owner, record: gone } of doomed.values()) remove(owner, gone.Id);
      for (const { table: owner, record: gone } of doomed.values()) {
        for (const referrer of referrers.get(owner.def.name) ?? []) {
          for (const row of pointingAt(referrer, gone.Id)) patch(referrer.table.def.name, row.Id, { [referrer.field.name]: null });
        }
      }
      const now = clock();
      for (const { table: owner, record: gone } of doomed.values()) rollUp(owner.def.name, gone, undefined, now);
    });
  }

  const fieldSecurity = new FieldSecurity(() => objects);
  const store: OrgStore = {
    fieldSecurity,
    objects: () => objects,
    describe: (type) => table(type).def,
    insert: (type, fields, options) => write('create', table(type), undefined, fields, options),
    update: (type, id, fields, options) => {
      const previous = get(type, id);
      if (!previous) throw notFound();
      return write('update', table(type), previous, fields, options);
    },
    delete: deleteRecord,
    transaction,
    get,
    all: (type) => all(table(type)),
    organization,
    now: clock,
  };

  store.insert('Organization', { ...ORGANIZATION_DEFAULTS, ...options.organization }, { trusted: true });
  STANDARD_STAGES.forEach((s, i) => store.insert('OpportunityStage', {
    MasterLabel: s.label, ApiName: s.label, IsActive: true, IsClosed: s.closed, IsWon: s.won, SortOrder: i + 1,
    DefaultProbability: s.probability, ForecastCategoryName: s.forecast, ForecastCategory: FORECAST_CATEGORY_BY_NAME[s.forecast],
  }, { trusted: true }));
  return store;
}
