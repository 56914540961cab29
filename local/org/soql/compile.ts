/**
 * Compiles a parsed query into a plan that runs against a store: names resolved and literals checked once,
 * so running it is filtering, sorting and shaping rows.
 */
import type { Condition, FieldType as ParsedField, OrderByClause, Query, QueryBase, Subquery, ValueQueryCondition, WhereClause } from '@jetstreamapp/soql-parser-js';
import { readAccess } from '../forecasting';
import { type QueryResult, SalesforceError, type SObjectDef, type SObjectRecord } from '../types';
import { compileAggregate, isAggregateQuery } from './aggregate';
import { compileComparison, kindOf } from './comparison';
import type { SoqlErrors } from './errors';
import { dateFunctionExpr, fieldExpr, type RowExpr, type Scope } from './expressions';
import { compileLogic, type Predicate } from './logic';
import { sortDirection, sortRows, type SortKey } from './order';
import type { SchemaIndex } from './paths';
import type { Runtime } from './runtime';
import { addChild, addPath, type ChildQuery, emptyShape, project, type Shape } from './select';

/** Salesforce's largest OFFSET. */
const MAX_OFFSET = 2000;

export interface Plan {
  run(runtime: Runtime): QueryResult;
}

/** The rows of one object that pass a query's WHERE (and USING SCOPE), sorted and cut by LIMIT/OFFSET. */
export interface RowSource {
  matching(runtime: Runtime): SObjectRecord[];
  sorted(rows: SObjectRecord[], runtime: Runtime): SObjectRecord[];
  window<T>(rows: T[]): T[];
}

function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function checkOffset(query: QueryBase): void {
  if (query.offset !== undefined && query.offset > MAX_OFFSET) {
    throw new SalesforceError('NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`, 400);
  }
}

/** LIMIT and OFFSET applied to already sorted rows. */
function windowOf(query: QueryBase): <T>(rows: T[]) => T[] {
  const offset = query.offset ?? 0;
  const end = query.limit === undefined ? undefined : offset + query.limit;
  return (rows) => (offset === 0 && end === undefined ? rows : rows.slice(offset, end));
}

function compileSemiJoin(condition: ValueQueryCondition, scope: Scope): Predicate<SObjectRecord> {
  const operator = condition.operator.toUpperCase();
  const outer = fieldExpr(scope, condition.field);
  const inner = condition.valueQuery;
  const innerDef = scope.schema.object(inner.sObject ?? '');
  if (!innerDef) throw scope.errors.invalidType(inner.sObject ?? '');
  const innerScope: Scope = { ...scope, def: innerDef, alias: inner.sObjectAlias };
  const [selected, ...extra] = inner.fields ?? [];
  const raw = selected?.type === 'Field' ? selected.field : selected?.type === 'FieldRelationship' ? selected.rawValue : undefined;
  if (raw === undefined || extra.length > 0) throw scope.errors.malformed('semi join sub-selects can only select one field', condition.field);
  const value = fieldExpr(innerScope, raw);
  if (kindOf(outer.type) !== 'id' || kindOf(value.type) !== 'id' || (operator !== 'IN' && operator !== 'NOT IN')) {
    throw scope.errors.malformed('semi join sub-selects are only allowed on Id fields with IN or NOT IN', condition.field);
  }
  const source = compileRows(inner, innerScope);
  const key = {};
  const ids = (runtime: Runtime): Set<unknown> => runtime.memo(key, () => new Set(source.matching(runtime).map((row) => value.read(row, runtime))));
  const negate = operator === 'NOT IN';
  return (record, runtime) => {
    const id = outer.read(record, runtime);
    return id === null ? negate : ids(runtime).has(id) !== negate;
  };
}

function compileCondition(condition: Condition | ValueQueryCondition, scope: Scope): Predicate<SObjectRecord> {
  if ('valueQuery' in condition) return compileSemiJoin(condition, scope);
  const expr: RowExpr = 'fn' in condition ? dateFunctionExpr(scope, condition.fn) : fieldExpr(scope, (condition as { field: string }).field);
  const values = condition as { operator: string; value: string | string[]; literalType?: string | string[]; dateLiteralVariable?: number | number[] };
  const test = compileComparison({
    type: expr.type, name: expr.path.text, operator: values.operator, value: values.value,
    literalType: values.literalType, dateLiteralVariable: values.dateLiteralVariable,
  }, scope.errors);
  return (record, runtime) => test(expr.read(record, runtime), runtime);
}

export function compileWhere(where: WhereClause | undefined, scope: Scope): Predicate<SObjectRecord> | undefined {
  return where && compileLogic<Condition | ValueQueryCondition, SObjectRecord>(where, (condition) => compileCondition(condition, scope), scope.errors);
}

/** USING SCOPE: `mine` keeps the user's own records; `everything` (the default) keeps all. */
function compileScope(query: QueryBase, scope: Scope): Predicate<SObjectRecord> | undefined {
  const using = query.usingScope?.toLowerCase();
  if (using === undefined || using === 'everything') return undefined;
  if (using !== 'mine' || !scope.schema.field(scope.def, 'OwnerId')) throw scope.errors.malformed(`unsupported scope: ${query.usingScope}`, query.usingScope);
  return (record, runtime) => record.OwnerId === runtime.ctx.userId;
}

function compileRows(query: QueryBase & { sObject?: string }, scope: Scope): RowSource {
  checkOffset(query);
  const where = compileWhere(query.where, scope);
  const using = compileScope(query, scope);
  const filters = [where, using].filter((p) => p !== undefined);
  const keys = asList(query.orderBy).map((clause) => sortKey(clause, scope));
  const type = scope.def.name;
  const accessKey = {};
  return {
    matching: (runtime) => {
      // Forecasting objects: hidden from non-forecast users, rows limited to the forecast hierarchy (forecasting.ts).
      const access = runtime.memo(accessKey, () => readAccess(runtime.store, type, runtime.ctx.userId));
      if (access === 'none') throw scope.errors.invalidType(query.sObject ?? type);
      const rows = access === 'all' ? runtime.store.all(type) : runtime.store.all(type).filter(access);
      return filters.length === 0 ? [...rows] : rows.filter((row) => filters.every((p) => p(row, runtime)));
    },
    sorted: (rows, runtime) => sortRows(rows, keys, runtime),
    window: windowOf(query),
  };
}

function sortKey(clause: OrderByClause, scope: Scope): SortKey<SObjectRecord> {
  const expr = 'fn' in clause ? dateFunctionExpr(scope, clause.fn) : fieldExpr(scope, clause.field);
  return { read: expr.read, type: expr.type, field: expr.functionName ? undefined : expr.path.leaf, ...sortDirection(clause) };
}

function childQuery(subquery: Subquery, scope: Scope): ChildQuery {
  const relation = scope.def.childRelationships.find((r) => r.relationshipName.toLowerCase() === subquery.relationshipName.toLowerCase());
  const childDef = relation && scope.schema.object(relation.childSObject);
  if (!relation || !childDef) {
    throw scope.errors.invalidField(
      `Didn't understand relationship '${subquery.relationshipName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      subquery.relationshipName);
  }
  const childScope: Scope = { ...scope, def: childDef, alias: undefined };
  const source = compileRows(subquery, childScope);
  const shape = compileShape(subquery.fields ?? [], childScope);
  const key = {};
  // One pass over the children per execution, grouped by parent id.
  const byParent = (runtime: Runtime): Map<unknown, SObjectRecord[]> => runtime.memo(key, () => {
    const groups = new Map<unknown, SObjectRecord[]>();
    for (const row of source.matching(runtime)) {
      const parentId = row[relation.field];
      if (typeof parentId !== 'string') continue;
      const group = groups.get(parentId);
      if (group) group.push(row);
      else groups.set(parentId, [row]);
    }
    return groups;
  });
  return {
    relationshipName: relation.relationshipName,
    childType: childDef.name,
    shape,
    rowsOf: (parent, runtime) => {
      const rows = byParent(runtime).get(parent.Id);
      return rows ? source.window(source.sorted(rows, runtime)) : [];
    },
  };
}

/** The selected fields of a plain query as an output shape. */
function compileShape(fields: ParsedField[], scope: Scope): Shape {
  const shape = emptyShape();
  for (const field of fields) {
    switch (field.type) {
      case 'Field': addPath(shape, fieldExpr(scope, field.field).path); break;
      case 'FieldRelationship': addPath(shape, fieldExpr(scope, field.rawValue ?? [...field.relationships, field.field].join('.')).path); break;
      case 'FieldSubquery': addChild(shape, childQuery(field.subquery, scope)); break;
      case 'FieldFunctionExpression':
        throw scope.errors.malformed(`${field.functionName}() is not supported by the local org outside aggregate queries`, field.functionName);
      default:
        throw scope.errors.malformed('TYPEOF is not supported by the local org', 'TYPEOF');
    }
  }
  return shape;
}

export function compileQuery(query: Query, schema: SchemaIndex, errors: SoqlErrors): Plan {
  const def: SObjectDef | undefined = schema.object(query.sObject ?? '');
  if (!def) throw errors.invalidType(query.sObject ?? '');
  const scope: Scope = { schema, def, alias: query.sObjectAlias, errors };
  // An aggregate query orders groups, not rows: its ORDER BY belongs to the aggregate plan.
  if (isAggregateQuery(query)) return compileAggregate(query, scope, compileRows({ ...query, orderBy: undefined }, scope));
  const source = compileRows(query, scope);
  const shape = compileShape(query.fields ?? [], scope);
  return {
    run: (runtime) => {
      const rows = source.window(source.sorted(source.matching(runtime), runtime));
      const records = rows.map((row) => project(row, def.name, shape, schema, runtime));
      return { totalSize: records.length, done: true, records };
    },
  };
}

