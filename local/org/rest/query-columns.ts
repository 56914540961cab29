/**
 * `GET /query?q=…&columns=true`: the query's columns instead of its rows. Salesforce's CLI asks for it after every
 * `sf data query` and reads `columnMetadata` (an array), each column's `columnName`, `displayName`, `aggregate` and
 * `joinColumns` (salesforcecli/plugin-data, src/commands/data/query.ts, `retrieveColumns`). The REST API Developer
 * Guide does not document this parameter: the shape follows what the CLI reads, and fields it does not read
 * (apexType, insertable…) are left out [unconfirmed: the rest of Salesforce's answer].
 */
import { parseQuery, type FieldType, type Query } from '@jetstreamapp/soql-parser-js';

export interface QueryColumn {
  columnName: string;
  displayName: string;
  aggregate: boolean;
  joinColumns: QueryColumn[];
}

function column(columnName: string, aggregate = false, displayName = columnName): QueryColumn {
  return { columnName, displayName, aggregate, joinColumns: [] };
}

/** `Account.Owner.Name` under the `Account` column (one column per relationship, its fields joined under it). */
function addPath(columns: QueryColumn[], path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  let found = columns.find((c) => c.columnName.toLowerCase() === head.toLowerCase() && (rest.length > 0) === (c.joinColumns.length > 0));
  if (!found) {
    found = column(head);
    columns.push(found);
  }
  addPath(found.joinColumns, rest);
}

function columnsOf(fields: readonly FieldType[]): QueryColumn[] {
  const columns: QueryColumn[] = [];
  let unnamed = 0;
  for (const field of fields) {
    switch (field.type) {
      case 'Field':
        addPath(columns, [field.alias ?? field.field]);
        break;
      case 'FieldRelationship':
        addPath(columns, 'alias' in field && typeof field.alias === 'string' ? [field.alias] : [...field.relationships, field.field]);
        break;
      case 'FieldFunctionExpression': {
        // An aggregate without an alias is exprN, numbered in select order, as in the records; toLabel(StageName) and
        // the like keep the field's name.
        const [first] = field.parameters;
        const name = field.alias ?? (field.isAggregateFn ? `expr${unnamed++}` : typeof first === 'string' ? first : field.functionName);
        columns.push(column(name, field.isAggregateFn === true, field.rawValue ?? field.functionName));
        break;
      }
      case 'FieldSubquery': {
        const sub = column(field.subquery.relationshipName, true);
        sub.joinColumns = columnsOf(field.subquery.fields ?? []);
        columns.push(sub);
        break;
      }
      default:
        break;
    }
  }
  return columns;
}

/**
 * The columns of a query that has already run (so it parsed and its fields exist). Names take the case the
 * records use (`select name from account` → `Name`), as Salesforce answers with API names [unconfirmed].
 */
export function queryColumns(soql: string, firstRecord: Record<string, unknown> | undefined): { columnMetadata: QueryColumn[]; entityName: string; groupBy: boolean } {
  const query: Query = parseQuery(soql);
  const columns = columnsOf(query.fields ?? []);
  if (firstRecord) canonicalCase(columns, firstRecord);
  return { columnMetadata: columns, entityName: query.sObject ?? '', groupBy: Boolean(query.groupBy) };
}

function canonicalCase(columns: QueryColumn[], record: Record<string, unknown>): void {
  for (const c of columns) {
    const key = Object.keys(record).find((k) => k.toLowerCase() === c.columnName.toLowerCase());
    if (!key) continue;
    if (c.displayName === c.columnName) c.displayName = key;
    c.columnName = key;
    const nested = record[key];
    if (nested && typeof nested === 'object' && !Array.isArray(nested)) canonicalCase(c.joinColumns, nested as Record<string, unknown>);
  }
}
