/**
 * The records a (non-aggregate) query returns, shaped as the REST API shapes them: `attributes` first, then
 * the selected fields in SELECT order; a parent relationship as a nested record or null; a child
 * relationship as a nested query result. Datetimes print as `2026-03-31T14:00:00.000+0000`.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_query_results.htm
 * Not found in the documentation, decided from how orgs answer (verify against a real org):
 *   - keys are the describe API names whatever case the query used (`select name` → "Name");
 *   - a parent with no matching children gets null, not an empty result.
 */
import type { SObjectRecord } from '../types';
import { leafValue, type FieldPath, type SchemaIndex } from './paths';
import type { Runtime } from './runtime';

/** A compiled child subquery: the rows of one parent, already filtered, sorted and limited. */
export interface ChildQuery {
  relationshipName: string;
  childType: string;
  rowsOf(parent: SObjectRecord, runtime: Runtime): SObjectRecord[];
  shape: Shape;
}

type Entry =
  | { kind: 'field'; key: string; path: FieldPath }
  | { kind: 'parent'; key: string; field: string; target: string | undefined; shape: Shape }
  | { kind: 'child'; key: string; child: ChildQuery };

export interface Shape {
  entries: Entry[];
  /** Reached through a polymorphic relationship: reported as the "Name" object. [unsure] of the type label. */
  polymorphic: boolean;
}

export function emptyShape(polymorphic = false): Shape {
  return { entries: [], polymorphic };
}

/** Adds a selected field path to a shape, nesting it under its relationships (merged by first appearance). */
export function addPath(shape: Shape, path: FieldPath): void {
  let current = shape;
  for (const hop of path.hops) {
    let entry = current.entries.find((e): e is Extract<Entry, { kind: 'parent' }> => e.kind === 'parent' && e.key === hop.name);
    if (!entry) {
      entry = { kind: 'parent', key: hop.name, field: hop.field.name, target: hop.target?.name, shape: emptyShape(hop.target === undefined) };
      current.entries.push(entry);
    }
    current = entry.shape;
  }
  if (!current.entries.some((e) => e.kind === 'field' && e.key === path.leaf.name)) current.entries.push({ kind: 'field', key: path.leaf.name, path });
}

export function addChild(shape: Shape, child: ChildQuery): void {
  shape.entries.push({ kind: 'child', key: child.relationshipName, child });
}

/** The REST API's datetime form: milliseconds and a +0000 offset. */
export function formatValue(value: unknown, type: string): unknown {
  if (value === undefined) return null;
  return type === 'datetime' && typeof value === 'string' ? value.replace(/Z$/, '+0000') : value;
}

export function project(record: SObjectRecord, type: string, shape: Shape, schema: SchemaIndex, runtime: Runtime): Record<string, unknown> {
  const out: Record<string, unknown> = {
    attributes: { type: shape.polymorphic ? 'Name' : type, url: runtime.recordUrl(type, record.Id) },
  };
  for (const entry of shape.entries) {
    if (entry.kind === 'field') {
      out[entry.key] = formatValue(leafValue(entry.path, { type, record }, schema, runtime), entry.path.leaf.type);
    } else if (entry.kind === 'parent') {
      const parent = runtime.follow(record[entry.field], entry.target);
      out[entry.key] = parent ? project(parent.record, parent.type, entry.shape, schema, runtime) : null;
    } else {
      const rows = entry.child.rowsOf(record, runtime);
      out[entry.key] = rows.length === 0 ? null : {
        totalSize: rows.length,
        done: true,
        records: rows.map((row) => project(row, entry.child.childType, entry.child.shape, schema, runtime)),
      };
    }
  }
  return out;
}
