/**
 * The org's records in memory. Every write goes through the REST API's validation (validate.ts), then the
 * org's own computations (derive.ts, rollups.ts). Stored records are frozen and replaced on update, so
 * readers (the SOQL engine, REST reads) can hold them without copying.
 */
import { deriveFields, type DeriveContext } from './derive';
import { makeId, normalizeId } from './ids';
import { recomputeActivity, recomputeCampaign, type RollupTarget } from './rollups';
import { FORECAST_CATEGORY_BY_NAME, SOBJECTS, STANDARD_STAGES } from './schema';
import { type FieldDef, type OrgStore, SalesforceError, type SObjectDef, type SObjectRecord, type WriteOptions } from './types';
import { coerceBody, fieldIndex, requiredFieldsMissing, type WriteKind } from './validate';

export interface StoreOptions {
  /** The org's clock; tests pass a fixed one. Default: the system clock. */
  clock?: () => Date;
  /** Fields of the Organization row (Name, TimeZoneSidKey, FiscalYearStartMonth…) over the defaults below. */
  organization?: Record<string, unknown>;
}

interface Table {
  def: SObjectDef;
  fields: Map<string, FieldDef>;
  rows: SObjectRecord[];
  /** 18-character id → index in rows. */
  index: Map<string, number>;
}

const ORGANIZATION_DEFAULTS = {
  Name: 'Sales Assistant Demo',
  DefaultLocaleSidKey: 'en_US',
  LanguageLocaleKey: 'en_US',
  TimeZoneSidKey: 'America/Los_Angeles',
  FiscalYearStartMonth: 1,
  UsesStartDateAsFiscalYearName: false,
  DefaultCurrencyIsoCode: 'USD',
};

function notFound(): SalesforceError {
  return new SalesforceError('NOT_FOUND', 'The requested resource does not exist', 404);
}

export function createStore(options: StoreOptions = {}): OrgStore {
  const clock = options.clock ?? (() => new Date());
  const tables = new Map(SOBJECTS.map((def): [string, Table] => [def.name.toLowerCase(), { def, fields: fieldIndex(def), rows: [], index: new Map() }]));
  const byPrefix = new Map(SOBJECTS.map((def) => [def.keyPrefix, def.name]));
  let caseNumber = 1000;

  function table(type: string): Table {
    const found = tables.get(type.toLowerCase());
    if (!found) throw notFound();
    return found;
  }

  function get(type: string, id: string): SObjectRecord | undefined {
    const { rows, index } = table(type);
    // Stored references are canonical already: look them up before normalizing other forms.
    const key = index.has(id) ? id : normalizeId(id);
    const position = key === undefined ? undefined : index.get(key);
    return position === undefined ? undefined : rows[position];
  }

  function put(target: Table, record: Record<string, unknown>): SObjectRecord {
    const frozen = Object.freeze(record) as SObjectRecord;
    const position = target.index.get(frozen.Id);
    if (position === undefined) {
      target.index.set(frozen.Id, target.rows.length);
      target.rows.push(frozen);
    } else {
      target.rows[position] = frozen;
    }
    return frozen;
  }

  const rollupTarget: RollupTarget = {
    all: (type) => table(type).rows,
    typeOf: (id) => byPrefix.get(id.slice(0, 3)),
    hasField: (type, name) => table(type).fields.has(name.toLowerCase()),
    patch: (type, id, values) => {
      const target = table(type);
      const current = get(type, id);
      if (current) put(target, { ...current, ...values });
    },
  };

  function organization(): SObjectRecord {
    const org = table('Organization').rows[0];
    if (!org) throw new Error('The store has no Organization row');
    return org;
  }

  function stage(name: string): SObjectRecord | undefined {
    return table('OpportunityStage').rows.find((row) => row.ApiName === name || row.MasterLabel === name);
  }

  function actingUser(options: WriteOptions | undefined): string | undefined {
    return options?.actingUserId ?? table('User').rows[0]?.Id;
  }

  function deriveContext(now: Date): DeriveContext {
    return {
      now,
      stage,
      organization,
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

  function rollUp(type: string, previous: SObjectRecord | undefined, saved: SObjectRecord, now: Date): void {
    const ids = (...names: string[]): Set<string> => new Set(
      names.flatMap((name) => [previous?.[name], saved[name]]).filter((id): id is string => typeof id === 'string'),
    );
    if (type === 'Opportunity' || type === 'CampaignMember') {
      for (const id of ids('CampaignId')) recomputeCampaign(rollupTarget, id);
    } else if (type === 'Lead') {
      const campaigns = table('CampaignMember').rows.filter((row) => row.LeadId === saved.Id).map((row) => String(row.CampaignId));
      for (const id of new Set(campaigns)) recomputeCampaign(rollupTarget, id);
    } else if (type === 'Event') {
      for (const id of ids('WhatId', 'WhoId')) recomputeActivity(rollupTarget, id, now);
    }
  }

  function write(kind: WriteKind, target: Table, previous: SObjectRecord | undefined, body: Record<string, unknown>, options?: WriteOptions): SObjectRecord {
    const trusted = options?.trusted === true;
    const written = coerceBody(target.def, target.fields, body, kind, trusted);
    const now = options?.now ?? clock();
    const actor = actingUser(options);
    const next: Record<string, unknown> = previous ? { ...previous } : defaults(target.def);
    Object.assign(next, written);
    if (!previous) {
      next.Id = makeId(target.def.keyPrefix, target.rows.length + 1);
      next.IsDeleted = false;
      next.CreatedDate ??= now.toISOString();
      // Before the first user exists only setup rows are written; the first user is created by itself.
      const creator = actor ?? (target.def.name === 'User' ? next.Id : null);
      next.CreatedById ??= creator;
      if (target.fields.has('ownerid')) next.OwnerId ??= creator;
    }
    if (!('LastModifiedDate' in written)) next.LastModifiedDate = now.toISOString();
    if (!('LastModifiedById' in written)) next.LastModifiedById = actor ?? next.CreatedById;
    next.SystemModstamp = next.LastModifiedDate;
    checkRequired(target, next);
    checkReferences(target, written);
    deriveFields(target.def.name, { next, previous, written }, deriveContext(now));
    const saved = put(target, next);
    rollUp(target.def.name, previous, saved, now);
    return saved;
  }

  const store: OrgStore = {
    objects: () => SOBJECTS,
    describe: (type) => table(type).def,
    insert: (type, fields, options) => write('create', table(type), undefined, fields, options),
    update: (type, id, fields, options) => {
      const previous = get(type, id);
      if (!previous) throw notFound();
      return write('update', table(type), previous, fields, options);
    },
    get,
    all: (type) => table(type).rows,
    organization,
  };

  store.insert('Organization', { ...ORGANIZATION_DEFAULTS, ...options.organization }, { trusted: true });
  STANDARD_STAGES.forEach((s, i) => store.insert('OpportunityStage', {
    MasterLabel: s.label, ApiName: s.label, IsActive: true, IsClosed: s.closed, IsWon: s.won, SortOrder: i + 1,
    DefaultProbability: s.probability, ForecastCategoryName: s.forecast, ForecastCategory: FORECAST_CATEGORY_BY_NAME[s.forecast],
  }, { trusted: true }));
  return store;
}
