/**
 * Row-level expressions: a field path (Name, Account.Owner.Name) or a date function over one
 * (CALENDAR_YEAR(CloseDate), HOUR_IN_DAY(convertTimezone(CreatedDate))). Compiled once per query.
 */
import type { FunctionExp } from '@jetstreamapp/soql-parser-js';
import type { FieldType, SObjectDef, SObjectRecord } from '../types';
import { applyDateFunction, dateFunctionYieldsDate, isDateFunction, requiresDatetime } from './dateFunctions';
import type { SoqlErrors } from './errors';
import { type FieldPath, readPath, resolvePath, type SchemaIndex } from './paths';
import type { Runtime } from './runtime';

/** Where names resolve: the object queried (and its alias) within one query's text. */
export interface Scope {
  schema: SchemaIndex;
  def: SObjectDef;
  alias?: string;
  errors: SoqlErrors;
}

export interface RowExpr {
  /** The field the expression reads (for a date function: its argument). */
  path: FieldPath;
  /** The type of the value the expression yields. */
  type: FieldType;
  /** Set for date functions: how the expression reads in error messages and GROUP BY matching. */
  functionName?: string;
  read(record: SObjectRecord, runtime: Runtime): unknown;
}

export function fieldExpr(scope: Scope, raw: string): RowExpr {
  const path = resolvePath(scope.schema, scope.def, raw, scope.errors, scope.alias);
  return { path, type: path.leaf.type, read: (record, runtime) => readPath(path, record, scope.schema, runtime) };
}

/** The canonical text of a function expression, for matching SELECT items against GROUP BY ones. */
export function functionText(fn: FunctionExp): string {
  const args = (fn.parameters ?? []).map((p) => (typeof p === 'string' ? p.toLowerCase() : functionText(p)));
  return `${(fn.functionName ?? '').toUpperCase()}(${args.join(',')})`;
}

/** A date function over a field, optionally wrapped in convertTimezone(). */
export function dateFunctionExpr(scope: Scope, fn: FunctionExp): RowExpr {
  const name = (fn.functionName ?? '').toUpperCase();
  const [argument] = fn.parameters ?? [];
  const converted = typeof argument === 'object' && argument.functionName?.toLowerCase() === 'converttimezone';
  const raw = converted ? argument.parameters?.[0] : argument;
  if (!isDateFunction(name) || typeof raw !== 'string') throw scope.errors.malformed(`unexpected token: '${fn.rawValue ?? name}'`, fn.functionName);
  const inner = fieldExpr(scope, raw);
  const isDatetime = inner.type === 'datetime';
  if ((inner.type !== 'date' && !isDatetime) || (requiresDatetime(name) && !isDatetime)) {
    throw scope.errors.malformed(`${name} can only be applied to a ${requiresDatetime(name) ? 'dateTime' : 'date or dateTime'} field: ${inner.path.text}`, raw);
  }
  return {
    path: inner.path,
    type: dateFunctionYieldsDate(name) ? 'date' : 'int',
    functionName: name,
    read: (record, runtime) => applyDateFunction(name, inner.read(record, runtime), isDatetime, converted, runtime.ctx),
  };
}
