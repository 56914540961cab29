/**
 * ORDER BY: several keys, ASC/DESC, NULLS FIRST/LAST. Defaults: ascending; "by default, null values are
 * sorted first" — read as nulls-first for ASC and nulls-last for DESC (nulls sort as the lowest value),
 * [unsure] for DESC. Text sorts case-insensitively (English locales compare upper-cased values); picklists
 * sort in the order their values are defined, not alphabetically.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_orderby.htm
 */
import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import type { FieldDef, FieldType } from '../types';
import type { Runtime } from './runtime';

type Key = string | number | boolean | null;

/** One ORDER BY item, once its expression is compiled for the row type at hand. */
export interface SortKey<T> {
  read(row: T, runtime: Runtime): unknown;
  type: FieldType;
  field?: FieldDef;
  descending: boolean;
  nullsFirst: boolean;
}

export function sortDirection(clause: OrderByClause): { descending: boolean; nullsFirst: boolean } {
  const descending = clause.order?.toUpperCase() === 'DESC';
  const nulls = clause.nulls?.toUpperCase();
  return { descending, nullsFirst: nulls ? nulls === 'FIRST' : !descending };
}

function keyOf(value: unknown, type: FieldType, field: FieldDef | undefined): Key {
  if (value === null || value === undefined) return null;
  if (type === 'picklist' && field?.picklistValues) {
    const index = field.picklistValues.findIndex((entry) => entry.value === value);
    return index < 0 ? field.picklistValues.length : index;
  }
  return typeof value === 'string' ? value.toUpperCase() : (value as Key);
}

function compareKeys(a: Key, b: Key, key: { descending: boolean; nullsFirst: boolean }): number {
  if (a === b) return 0;
  if (a === null) return key.nullsFirst ? -1 : 1;
  if (b === null) return key.nullsFirst ? 1 : -1;
  const order = a < b ? -1 : 1;
  return key.descending ? -order : order;
}

/** Sorts rows by the keys, reading each row's values once; stable for equal keys. */
export function sortRows<T>(rows: readonly T[], keys: readonly SortKey<T>[], runtime: Runtime): T[] {
  if (keys.length === 0) return [...rows];
  const decorated = rows.map((row) => ({ row, keys: keys.map((key) => keyOf(key.read(row, runtime), key.type, key.field)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const result = compareKeys(a.keys[i] ?? null, b.keys[i] ?? null, keys[i] as SortKey<T>);
      if (result !== 0) return result;
    }
    return 0;
  });
  return decorated.map((entry) => entry.row);
}
