/**
 * Field paths (Name, Account.Name, Owner.Manager.Name, What.Name): resolved against the schema once per
 * query, case-insensitively, into canonical API names; read per row by following references in the store.
 */
import type { FieldDef, FieldType, SObjectDef, SObjectRecord } from '../types';
import type { SoqlErrors } from './errors';
import type { Runtime } from './runtime';

/** The schema of one store, indexed for case-insensitive lookups. */
export class SchemaIndex {
  private readonly objects: Map<string, SObjectDef>;
  /** By object name, so a store's own definition finds the fields of this index's (a user's view: fls.ts). */
  private readonly fields = new Map<string, Map<string, FieldDef>>();

  constructor(defs: readonly SObjectDef[]) {
    this.objects = new Map(defs.map((def) => [def.name.toLowerCase(), def]));
    for (const def of defs) this.fields.set(def.name, new Map(def.fields.map((field) => [field.name.toLowerCase(), field])));
  }

  object(name: string): SObjectDef | undefined {
    return this.objects.get(name.toLowerCase());
  }

  field(def: SObjectDef, name: string): FieldDef | undefined {
    return this.fields.get(def.name)?.get(name.toLowerCase());
  }

  relationship(def: SObjectDef, name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return [...(this.fields.get(def.name)?.values() ?? [])].find((field) => field.relationshipName?.toLowerCase() === lower);
  }

  nameField(def: SObjectDef): string {
    return [...(this.fields.get(def.name)?.values() ?? [])].find((field) => field.nameField)?.name ?? 'Id';
  }
}

function nameObjectField(name: string, type: FieldType): FieldDef {
  return { name, label: name, type, nillable: true, createable: false, updateable: false };
}

/**
 * A polymorphic relationship (What, Who, Owner on some objects) reaches the "Name" object, which has only
 * these fields; Type is the referenced object's name and Name its name field (CaseNumber for a Case).
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_and_polymorph_keys.htm
 */
const NAME_OBJECT_FIELDS = new Map([
  nameObjectField('Id', 'id'), nameObjectField('Name', 'string'), nameObjectField('Type', 'string'),
  nameObjectField('FirstName', 'string'), nameObjectField('LastName', 'string'), nameObjectField('Alias', 'string'),
  nameObjectField('Email', 'email'), nameObjectField('Phone', 'phone'), nameObjectField('Title', 'string'),
  nameObjectField('Username', 'string'), nameObjectField('IsActive', 'boolean'),
].map((field) => [field.name.toLowerCase(), field]));

/** One relationship step: the reference field and, unless polymorphic, the one object it points at. */
export interface Hop {
  field: FieldDef;
  name: string;
  target: SObjectDef | undefined;
}

export interface FieldPath {
  hops: Hop[];
  leaf: FieldDef;
  /** The object holding the leaf; undefined when the last hop is polymorphic. */
  owner: SObjectDef | undefined;
  /** Canonical dotted path, e.g. "Owner.Manager.Name". */
  text: string;
}

/**
 * Resolves `Owner.Manager.Name` from `def`. A leading object alias or the object's own name is dropped
 * (`SELECT a.Name FROM Account a`, `SELECT Account.Name FROM Account`).
 */
export function resolvePath(schema: SchemaIndex, def: SObjectDef, raw: string, errors: SoqlErrors, alias?: string): FieldPath {
  let segments = raw.split('.');
  const first = (segments[0] ?? '').toLowerCase();
  if (segments.length > 1 && (first === alias?.toLowerCase() || (first === def.name.toLowerCase() && !schema.relationship(def, first)))) {
    segments = segments.slice(1);
  }
  const hops: Hop[] = [];
  let current: SObjectDef | undefined = def;
  for (const segment of segments.slice(0, -1)) {
    const field: FieldDef | undefined = current ? schema.relationship(current, segment) : undefined;
    if (!field?.referenceTo || !field.relationshipName) throw errors.unknownRelationship(segment, raw);
    const targets: SObjectDef[] = field.referenceTo.map((name) => schema.object(name)).filter((target) => target !== undefined);
    const target: SObjectDef | undefined = targets.length === 1 ? targets[0] : undefined;
    hops.push({ field, name: field.relationshipName, target });
    current = target;
  }
  const leafName = segments.at(-1) ?? raw;
  const leaf = current ? schema.field(current, leafName) : NAME_OBJECT_FIELDS.get(leafName.toLowerCase());
  if (!leaf) throw errors.noSuchColumn(raw, current?.name ?? 'Name');
  return { hops, leaf, owner: current, text: [...hops.map((hop) => hop.name), leaf.name].join('.') };
}

/** The record at the end of a path's hops (undefined when a reference on the way is empty). */
export function parentOf(path: FieldPath, record: SObjectRecord, runtime: Runtime): { type: string; record: SObjectRecord } | undefined {
  let current: { type: string; record: SObjectRecord } | undefined = { type: '', record };
  for (const hop of path.hops) {
    current = runtime.follow(current.record[hop.field.name], hop.target?.name);
    if (!current) return undefined;
  }
  return current;
}

/** A leaf field's stored value on the record that holds it (polymorphic targets read as the Name object). */
export function leafValue(path: FieldPath, holder: { type: string; record: SObjectRecord }, schema: SchemaIndex, runtime: Runtime): unknown {
  if (path.owner) return holder.record[path.leaf.name] ?? null;
  if (path.leaf.name === 'Type') return holder.type;
  const def = runtime.store.describe(holder.type);
  const name = path.leaf.name === 'Name' ? schema.nameField(def) : path.leaf.name;
  return schema.field(def, name) ? holder.record[name] ?? null : null;
}

/** A path's value for a row, or null. */
export function readPath(path: FieldPath, record: SObjectRecord, schema: SchemaIndex, runtime: Runtime): unknown {
  if (path.hops.length === 0) return record[path.leaf.name] ?? null;
  const holder = parentOf(path, record, runtime);
  return holder ? leafValue(path, holder, schema, runtime) : null;
}
