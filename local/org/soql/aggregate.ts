/**
 * Aggregate queries: GROUP BY (fields, relationship fields, date functions), COUNT(), COUNT(field),
 * COUNT_DISTINCT, SUM, AVG, MIN, MAX, HAVING and ORDER BY over groups. Results are AggregateResult records;
 * an unaliased aggregated column is named expr0, expr1… counting only the unaliased ones, a grouped field
 * by its field name (Owner.Name → Name). `SELECT COUNT()` alone answers with totalSize and no records.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_groupby_alias.htm
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_agg_functions.htm
 */
import type { Condition, FieldFunctionExpression, FunctionExp, OrderByClause, Query } from '@jetstreamapp/soql-parser-js';
import type { FieldDef, FieldType, SObjectRecord } from '../types';
import { compileComparison, kindOf } from './comparison';
import type { RowSource, Plan } from './compile';
import { isDateFunction } from './dateFunctions';
import { dateFunctionExpr, fieldExpr, functionText, type RowExpr, type Scope } from './expressions';
import { compileLogic, type Predicate } from './logic';
import { sortDirection, sortRows, type SortKey } from './order';
import type { Runtime } from './runtime';
import { formatValue } from './select';

const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

interface Group {
  rows: SObjectRecord[];
  /** Values of the GROUP BY expressions, from the group's first row. */
  keys: unknown[];
}

/** A value computed per group: an aggregate, or one of the grouped expressions. */
interface GroupExpr {
  type: FieldType;
  field?: FieldDef;
  read(group: Group, runtime: Runtime): unknown;
}

function isAggregateName(name: string | undefined): boolean {
  return AGGREGATES.has((name ?? '').toUpperCase());
}

export function isAggregateQuery(query: Query): boolean {
  const groupBy = query.groupBy === undefined ? [] : [query.groupBy].flat();
  return groupBy.length > 0 || (query.fields ?? []).some((field) => field.type === 'FieldFunctionExpression'
    && (isAggregateName(field.functionName) || isDateFunction(field.functionName)));
}

function numbers(values: unknown[]): number[] {
  return values.filter((value): value is number => typeof value === 'number');
}

function extreme(values: unknown[], pick: (a: string | number, b: string | number) => boolean): unknown {
  let best: string | number | null = null;
  for (const value of values) {
    if ((typeof value === 'number' || typeof value === 'string') && (best === null || pick(value, best))) best = value;
  }
  return best;
}

/** COUNT(), COUNT(x), COUNT_DISTINCT(x), SUM, AVG, MIN, MAX over a group's rows. */
function aggregateExpr(fn: FunctionExp, scope: Scope): GroupExpr {
  const name = (fn.functionName ?? '').toUpperCase();
  const [parameter] = fn.parameters ?? [];
  if (parameter === undefined) {
    if (name !== 'COUNT') throw scope.errors.malformed(`unexpected token: ')'`, fn.rawValue);
    return { type: 'int', read: (group) => group.rows.length };
  }
  const expr: RowExpr = typeof parameter === 'string' ? fieldExpr(scope, parameter) : dateFunctionExpr(scope, parameter);
  const numeric = kindOf(expr.type) === 'number';
  if ((name === 'SUM' || name === 'AVG') && !numeric) {
    throw scope.errors.malformed(`field ${expr.path.text} does not support aggregate operator ${name}`, typeof parameter === 'string' ? parameter : fn.rawValue);
  }
  const values = (group: Group, runtime: Runtime): unknown[] => group.rows.map((row) => expr.read(row, runtime)).filter((v) => v !== null);
  switch (name) {
    case 'COUNT': return { type: 'int', read: (group, runtime) => values(group, runtime).length };
    case 'COUNT_DISTINCT': return { type: 'int', read: (group, runtime) => new Set(values(group, runtime)).size };
    case 'SUM': return {
      type: expr.type,
      read: (group, runtime) => {
        const found = numbers(values(group, runtime));
        return found.length === 0 ? null : found.reduce((a, b) => a + b, 0);
      },
    };
    case 'AVG': return {
      type: 'double',
      read: (group, runtime) => {
        const found = numbers(values(group, runtime));
        return found.length === 0 ? null : found.reduce((a, b) => a + b, 0) / found.length;
      },
    };
    default: return { type: expr.type, field: expr.path.leaf, read: (group, runtime) => extreme(values(group, runtime), name === 'MIN' ? (a, b) => a < b : (a, b) => a > b) };
  }
}

export function compileAggregate(query: Query, scope: Scope, source: RowSource): Plan {
  const fields = query.fields ?? [];
  const groupBy = query.groupBy === undefined ? [] : [query.groupBy].flat();

  // GROUP BY expressions, and how a SELECT/HAVING/ORDER BY item finds the one it repeats.
  const grouped: { text: string; expr: RowExpr }[] = groupBy.map((item) => {
    if ('fn' in item) return { text: functionText(item.fn), expr: dateFunctionExpr(scope, item.fn) };
    const expr = fieldExpr(scope, item.field);
    return { text: expr.path.text.toLowerCase(), expr };
  });
  function groupedExpr(text: string, token: string): GroupExpr {
    const index = grouped.findIndex((g) => g.text === text);
    const match = grouped[index];
    if (!match) throw scope.errors.malformed(`Field must be grouped or aggregated: ${token}`, token);
    return { type: match.expr.type, field: match.expr.functionName ? undefined : match.expr.path.leaf, read: (group) => group.keys[index] ?? null };
  }
  function fnExpr(fn: FunctionExp): GroupExpr {
    return isAggregateName(fn.functionName) ? aggregateExpr(fn, scope) : groupedExpr(functionText(fn), fn.rawValue ?? '');
  }
  function fieldGroupExpr(raw: string): GroupExpr {
    return groupedExpr(fieldExpr(scope, raw).path.text.toLowerCase(), raw);
  }

  if (groupBy.length === 0 && fields.length === 1 && fields[0]?.type === 'FieldFunctionExpression'
    && fields[0].functionName.toUpperCase() === 'COUNT' && fields[0].parameters.length === 0) {
    return { run: (runtime) => ({ totalSize: source.window(source.matching(runtime)).length, done: true, records: [] }) };
  }

  let unaliased = 0;
  const columns = fields.map((field): { key: string; expr: GroupExpr } => {
    if (field.type === 'FieldFunctionExpression') {
      const fn = field as FieldFunctionExpression;
      return { key: fn.alias ?? `expr${unaliased++}`, expr: fnExpr(fn) };
    }
    if (field.type === 'Field' || field.type === 'FieldRelationship') {
      const raw = field.type === 'Field' ? field.field : field.rawValue ?? [...field.relationships, field.field].join('.');
      const alias = 'alias' in field ? field.alias : undefined;
      const { path } = fieldExpr(scope, raw);
      return { key: alias ?? path.leaf.name, expr: groupedExpr(path.text.toLowerCase(), raw) };
    }
    throw scope.errors.malformed('Nested queries are not supported in aggregate queries', field.type === 'FieldSubquery' ? field.subquery.relationshipName : undefined);
  });

  const having: Predicate<Group> | undefined = query.having && compileLogic<Condition, Group>(query.having, (condition) => {
    const expr = 'fn' in condition ? fnExpr(condition.fn) : fieldGroupExpr((condition as { field: string }).field);
    const values = condition as { operator: string; value: string | string[]; literalType?: string | string[]; dateLiteralVariable?: number | number[] };
    const test = compileComparison({
      type: expr.type, name: 'fn' in condition ? condition.fn.rawValue ?? '' : (condition as { field: string }).field,
      operator: values.operator, value: values.value, literalType: values.literalType, dateLiteralVariable: values.dateLiteralVariable,
    }, scope.errors);
    return (group, runtime) => test(expr.read(group, runtime), runtime);
  }, scope.errors);

  const order: SortKey<Group>[] = (query.orderBy === undefined ? [] : [query.orderBy].flat()).map((clause: OrderByClause) => {
    const expr = 'fn' in clause ? fnExpr(clause.fn) : fieldGroupExpr(clause.field);
    return { read: expr.read, type: expr.type, field: expr.field, ...sortDirection(clause) };
  });

  function groupsOf(rows: SObjectRecord[], runtime: Runtime): Group[] {
    if (grouped.length === 0) return [{ rows, keys: [] }];
    const groups = new Map<string, Group>();
    for (const row of rows) {
      const keys = grouped.map((g) => g.expr.read(row, runtime));
      const id = JSON.stringify(keys);
      const group = groups.get(id);
      if (group) group.rows.push(row);
      else groups.set(id, { rows: [row], keys });
    }
    return [...groups.values()];
  }

  return {
    run: (runtime) => {
      let groups = groupsOf(source.matching(runtime), runtime);
      if (having) groups = groups.filter((group) => having(group, runtime));
      const records = source.window(sortRows(groups, order, runtime)).map((group) => {
        const record: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
        for (const column of columns) record[column.key] = formatValue(column.expr.read(group, runtime), column.expr.type);
        return record;
      });
      return { totalSize: records.length, done: true, records };
    },
  };
}
