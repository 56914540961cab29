/**
 * What the REST API checks in a create/update body before anything is saved: known fields, writable fields,
 * JSON value types, lengths, restricted picklists and the shape of ids. Error codes and messages follow the
 * REST API's; where a message was not confirmed against an org it is marked [unsure].
 */
import { normalizeId } from './ids';
import type { FieldAccess } from './fls';
import { type FieldDef, type SObjectDef, SalesforceError } from './types';

export type WriteKind = 'create' | 'update';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Salesforce accepts ISO 8601 with or without milliseconds and with Z, ±hh:mm or ±hhmm (none means GMT).
const DATETIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/;
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function badRequest(errorCode: string, message: string, fields: string[] = []): SalesforceError {
  return new SalesforceError(errorCode, message, 400, fields);
}

/** The JSON token name Jackson reports for a value it cannot bind (VALUE_STRING, VALUE_TRUE, START_OBJECT…). */
function jsonToken(value: unknown): string {
  if (typeof value === 'string') return 'VALUE_STRING';
  if (typeof value === 'boolean') return value ? 'VALUE_TRUE' : 'VALUE_FALSE';
  if (typeof value === 'number') return Number.isInteger(value) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT';
  return Array.isArray(value) ? 'START_ARRAY' : 'START_OBJECT';
}

/** A value whose JSON type does not fit the field. The real message ends with the body position, which a parsed object no longer has. */
function typeMismatch(field: FieldDef, value: unknown): SalesforceError {
  const shown = typeof value === 'object' ? '' : ` value ${String(value)}`;
  return badRequest('JSON_PARSER_ERROR', `Cannot deserialize instance of ${field.type} from ${jsonToken(value)}${shown} or request may be missing a required field`);
}

function isValidDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function toText(field: FieldDef, value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
  if (typeof value !== 'string') throw typeMismatch(field, value);
  if (value === '') return null; // Salesforce stores an empty string as null.
  if (field.length !== undefined && value.length > field.length) {
    throw badRequest('STRING_TOO_LONG', `${field.label}: data value too large: ${value} (max length=${field.length})`, [field.name]);
  }
  if (field.type === 'email' && !EMAIL_PATTERN.test(value)) {
    throw badRequest('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, [field.name]);
  }
  if (field.restrictedPicklist && !field.picklistValues?.some((entry) => entry.active && entry.value === value)) {
    throw badRequest('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${value}`, [field.name]);
  }
  return value;
}

function toNumber(field: FieldDef, value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || (field.type === 'int' && !Number.isInteger(number))) throw typeMismatch(field, value);
  return number;
}

function toBoolean(field: FieldDef, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw typeMismatch(field, value);
}

function toDate(field: FieldDef, value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) throw typeMismatch(field, value);
  return value;
}

function toDatetime(field: FieldDef, value: unknown): string {
  const match = typeof value === 'string' ? DATETIME_PATTERN.exec(value) : null;
  if (!match || !isValidDate(match[1] ?? '')) throw typeMismatch(field, value);
  const zone = match[3] ?? 'Z';
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const instant = Date.parse(`${match[1]}T${match[2]}${offset}`);
  if (Number.isNaN(instant)) throw typeMismatch(field, value);
  return new Date(instant).toISOString();
}

/** A base64 field takes the encoded bytes; anything else is refused as the API's binding would refuse it. [unsure] the code. */
function toBase64(field: FieldDef, value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw typeMismatch(field, value);
  return value;
}

function toReference(field: FieldDef, value: unknown): string {
  const id = typeof value === 'string' ? normalizeId(value) : undefined;
  if (!id) throw badRequest('MALFORMED_ID', `${field.label}: id value of incorrect type: ${String(value)}`, [field.name]);
  return id;
}

/** The stored form of one incoming value, or a SalesforceError naming the field. */
function coerceValue(field: FieldDef, value: unknown): unknown {
  if (value === null) return field.type === 'boolean' ? false : null; // A checkbox cannot be null: null clears it.
  switch (field.type) {
    case 'currency': case 'double': case 'percent': case 'int': return toNumber(field, value);
    case 'boolean': return toBoolean(field, value);
    case 'date': return toDate(field, value);
    case 'datetime': return toDatetime(field, value);
    case 'reference': case 'id': return toReference(field, value);
    case 'base64': return toBase64(field, value);
    case 'anyType': return value;
    default: return toText(field, value);
  }
}

/** Case-insensitive field lookup, as the REST API resolves body keys. */
export function fieldIndex(def: SObjectDef): Map<string, FieldDef> {
  return new Map(def.fields.map((field) => [field.name.toLowerCase(), field]));
}

/**
 * The body's values keyed by canonical field name, checked and converted.
 * `trusted` (seed data, setup) may also write read-only fields; the org still recomputes derived ones.
 * `access`: the acting user's field-level security (fls.ts); a hidden field is unknown, a read-only one not writable.
 */
export function coerceBody(
  def: SObjectDef, fields: ReadonlyMap<string, FieldDef>, body: Record<string, unknown>, kind: WriteKind, trusted: boolean,
  access: (field: FieldDef) => FieldAccess = () => 'edit',
): Record<string, unknown> {
  const known: [FieldDef, unknown][] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attributes' || value === undefined) continue; // REST bodies may carry {"attributes":{"type":…}}.
    const field = fields.get(key.toLowerCase());
    if (!field || (!trusted && access(field) === 'none')) throw badRequest('INVALID_FIELD', `No such column '${key}' on sobject of type ${def.name}`);
    known.push([field, value]);
  }
  if (!trusted) {
    const readOnly = known
      .filter(([field]) => !(kind === 'create' ? field.createable : field.updateable) || access(field) === 'read')
      .map(([field]) => field.name);
    if (readOnly.length > 0) {
      throw badRequest('INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        readOnly);
    }
  }
  const values: Record<string, unknown> = {};
  for (const [field, value] of known) values[field.name] = coerceValue(field, value);
  return values;
}

/** REQUIRED_FIELD_MISSING for the named fields, in the REST API's wording. */
export function requiredFieldsMissing(names: string[]): SalesforceError {
  return badRequest('REQUIRED_FIELD_MISSING', `Required fields are missing: [${names.join(', ')}]`, names);
}
