/**
 * The contract between the parts of the local Salesforce org emulator:
 * schema (what describe says), store (the records), SOQL engine and HTTP server.
 */

/** A Salesforce error as the REST API reports it: `[{ message, errorCode, fields }]` with an HTTP status. */
import type { FieldSecurity } from './fls';

export class SalesforceError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly status: number,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = errorCode;
  }
}

export type FieldType =
  | 'id' | 'string' | 'textarea' | 'picklist' | 'currency' | 'double' | 'percent' | 'int'
  | 'boolean' | 'date' | 'datetime' | 'reference' | 'email' | 'phone' | 'url' | 'base64'
  /** A field history's OldValue and NewValue: the changed field's own value, kept as it was. */
  | 'anyType';

/** One field as describe reports it (the subset the emulator needs). */
export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  /** false for a field that must have a value on create (unless it has a default). */
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  defaultValue?: unknown;
  picklistValues?: { value: string; label: string; active: boolean; defaultValue: boolean }[];
  /** For references: target objects and the relationship name (e.g. AccountId → Account). */
  referenceTo?: string[];
  relationshipName?: string;
  length?: number;
  /** Derived by the org (IsClosed, IsWon, CaseNumber, CreatedDate…): never accepted from a client. */
  calculated?: boolean;
  autoNumber?: boolean;
  /** A picklist that rejects values outside its list (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST). */
  restrictedPicklist?: boolean;
  /** The record's name field (Name, or CaseNumber on Case): what a polymorphic `What.Name` reads. */
  nameField?: boolean;
  /**
   * For references: what deleting the referenced record does to this one. `cascade`: deleted with it;
   * `restrict`: the delete fails (DELETE_FAILED); absent: this reference is cleared.
   */
  onParentDelete?: 'cascade' | 'restrict';
}

export interface SObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  /** Records can be deleted through the API (describe's `deletable`). */
  deletable: boolean;
  /**
   * false for objects the API cannot insert into or update (Period, ForecastingItem): INVALID_TYPE_FOR_OPERATION.
   * Absent: the fields decide (describe's `createable` is true when some field is).
   */
  createable?: false;
  updateable?: false;
  /** false for objects SOSL does not search (setup and forecasting rows); absent: searchable when it has a name field. */
  searchable?: false;
  fields: FieldDef[];
  /** Parent-to-child relationships for subqueries, e.g. Account.Opportunities. */
  childRelationships: { childSObject: string; field: string; relationshipName: string }[];
}

/** A stored record: field API name → value (dates `YYYY-MM-DD`, datetimes ISO `…Z`, numbers, booleans, null). */
export type SObjectRecord = Record<string, unknown> & { Id: string };

/** What a query runs as: the user whose time zone bounds date literals and whose locale starts the week. */
export interface QueryContext {
  userId: string;
  timeZone: string;
  locale: string;
  now: Date;
  /** First month of the fiscal year, 1–12 (1 = calendar year, the Salesforce default). */
  fiscalYearStartMonth: number;
  /** The org names a fiscal year by the calendar year it starts in (FISCAL_YEAR()); default: the year it ends in. */
  usesStartDateAsFiscalYearName?: boolean;
  /** API version for record `attributes.url` (`/services/data/v{apiVersion}/sobjects/…`); default "66.0". */
  apiVersion?: string;
  /** The user's field-level security applies (fls.ts): fields they cannot read do not exist in the query. */
  enforceFieldSecurity?: boolean;
}

export interface QueryResult {
  totalSize: number;
  done: boolean;
  records: Record<string, unknown>[];
  nextRecordsUrl?: string;
}

/**
 * The org's records. Writes go through the same validation as the REST API (required fields, picklists,
 * types, read-only fields), so seed data and API clients obey the same rules.
 */
export interface OrgStore {
  /** Every sObject the org knows. */
  objects(): SObjectDef[];
  /** Throws SalesforceError NOT_FOUND (404) for an unknown type: "The requested resource does not exist". */
  describe(type: string): SObjectDef;
  /** Validates, assigns Id (18 chars, the type's key prefix), defaults and derived fields; returns the stored record. */
  insert(type: string, fields: Record<string, unknown>, options?: WriteOptions): SObjectRecord;
  /** Throws NOT_FOUND (404) for an unknown id. */
  update(type: string, id: string, fields: Record<string, unknown>, options?: WriteOptions): SObjectRecord;
  /**
   * Deletes the record and, as the org does, what depends on it: references marked `cascade` go with it, one marked
   * `restrict` makes the delete fail (DELETE_FAILED, nothing deleted), other references are cleared; roll-ups follow.
   * Throws NOT_FOUND (404) for an unknown id, INVALID_TYPE_FOR_OPERATION for an object that is not deletable.
   */
  delete(type: string, id: string, options?: WriteOptions): void;
  /** Runs `fn`; when it throws, every write it made (roll-ups included) is undone and the error rethrown. Nests. */
  transaction<T>(fn: () => T): T;
  /** Accepts 15- or 18-character ids. Stored records are frozen: copy before changing. */
  get(type: string, id: string): SObjectRecord | undefined;
  all(type: string): readonly SObjectRecord[];
  /** The org's one Organization row (Id `00D…`, fiscal year and locale defaults). */
  organization(): SObjectRecord;
  /** The org's clock: SOQL's date literals and record timestamps. */
  now(): Date;
  /** Per-user field-level security (fls.ts); writes apply it with `enforceFieldSecurity`. */
  readonly fieldSecurity: FieldSecurity;
}

/** Who writes and when; by default the store's clock and the org's first user. */
export interface WriteOptions {
  /** CreatedById / LastModifiedById, and OwnerId when the body has none. */
  actingUserId?: string;
  now?: Date;
  /**
   * Seed data and setup: may also write fields the API refuses (CreatedDate, LastActivityDate, OpportunityStage…).
   * Derived fields (IsClosed, Name, CaseNumber…) are still computed by the org.
   */
  trusted?: boolean;
  /** The acting user's field-level security applies (fls.ts), as on the REST API; not for seed data or flows. */
  enforceFieldSecurity?: boolean;
}
