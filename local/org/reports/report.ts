/**
 * Summary reports (one grouping level) run through the Reports and Dashboards REST API's Execute Sync resource,
 * `GET /analytics/reports/{id}?includeDetails=true|false`. A report is defined by the SOQL its filters amount to;
 * running it evaluates that SOQL as the requesting user (so relative dates are that user's) and shapes the answer
 * as Salesforce does: reportMetadata, reportExtendedMetadata, groupingsDown, and a factMap keyed `0!T`, `1!T`… per
 * grouping and `T!T` for the grand total, with `rows` of `dataCells` only when details are asked for.
 * Shape: Reports and Dashboards REST API Developer Guide, "Execute Sync" and "Decode the Fact Map"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_analytics.meta/api_analytics/sforce_analytics_rest_api_getreportrundata.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.api_analytics.meta/api_analytics/sforce_analytics_rest_api_factmap_example.htm),
 * and a recorded summary-report answer (github.com/phelipetls/reportforce, tests/sample_json/analytics_summary).
 * [unsure] the label formats (they follow the user's locale here), a checkbox grouping's value (a boolean here),
 * currency detail cells as {amount, currency}, and folderId = the org id for unfiled public reports.
 */
import { addDays } from '../calendar';
import { executeSoql } from '../soql';
import { dateLiteral } from '../soql/dateLiterals';
import { DEFAULT_API_VERSION } from '../soql/runtime';
import { SalesforceError, type OrgStore, type QueryContext } from '../types';

type ColumnType = 'string' | 'picklist' | 'currency' | 'date' | 'boolean' | 'int';

export interface ReportColumn {
  /** The report column's API name: OPPORTUNITY_NAME, AMOUNT, WON… */
  name: string;
  label: string;
  dataType: ColumnType;
  /** SOQL path of the cell's value, and of its label where that differs (a record's name for its id). */
  field: string;
  labelField?: string;
}

export interface SummaryReport {
  /** `00O…` */
  id: string;
  name: string;
  developerName: string;
  description: string;
  reportType: { type: string; label: string };
  /** The object the report type reads, and the SOQL condition its field filters amount to. */
  object: string;
  where: string;
  reportFilters: { column: string; operator: string; value: string }[];
  /** A relative date filter; `durationValue` is also the SOQL date literal applied to `field`. */
  standardDateFilter: { column: string; field: string; durationValue: string };
  grouping: ReportColumn & { sortOrder: 'Asc' | 'Desc' };
  /** Columns a filter may name besides the detail columns and the grouping (`CLOSED`). */
  filterColumns: ReportColumn[];
  /** Summaries in report order: `RowCount`, `s!AMOUNT`…, each with the SOQL aggregate that computes it. */
  aggregates: { name: string; label: string; dataType: ColumnType; soql: string }[];
  detailColumns: ReportColumn[];
  /** Detail rows within a grouping. */
  sortBy: { column: ReportColumn; sortOrder: 'Asc' | 'Desc' };
}

export interface ReportFilter {
  column: string;
  operator: string;
  value: string;
}

export interface ReportRun {
  store: OrgStore;
  context: QueryContext;
  includeDetails: boolean;
  /**
   * Filters posted with the run ("Filter Reports on Demand"): they take the place of the saved ones
   * [unconfirmed: Salesforce's guide shows the saved filters posted back with the new one], combined by
   * `booleanFilter` ("1 AND (2 OR 3)") or else all ANDed.
   */
  filters?: { reportFilters: ReportFilter[]; reportBooleanFilter?: string | null };
}

/**
 * The API returns at most the first 2,000 detail rows, and says so with allData false ("Requirements and
 * Limitations", Reports and Dashboards REST API Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.api_analytics.meta/api_analytics/sforce_analytics_rest_api_limits_limitations.htm).
 */
export const MAX_DETAIL_ROWS = 2000;

const OPERATORS: Record<string, string> = { equals: '=', notEqual: '!=', lessThan: '<', greaterThan: '>', lessOrEqual: '<=', greaterOrEqual: '>=' };

class ReportFilterError extends SalesforceError {
  constructor(message: string) {
    super('BAD_REQUEST', message, 400);
  }
}

/** The SOQL condition a posted filter amounts to; a list of values after `equals` matches any of them. */
function filterCondition(report: SummaryReport, filter: ReportFilter): string {
  const column = [...report.detailColumns, report.grouping, ...report.filterColumns].find((c) => c.name === filter.column);
  const operator = OPERATORS[filter.operator];
  if (!column || !operator) throw new ReportFilterError(`Can't filter on ${filter.column} with ${filter.operator}.`);
  const literal = (raw: string) => {
    const value = raw.trim();
    if (column.dataType === 'boolean') return value.toLowerCase() === 'true' ? 'true' : 'false';
    if (column.dataType === 'currency' || column.dataType === 'int') {
      if (!Number.isFinite(Number(value)) || value === '') throw new ReportFilterError(`${value} is not a number for ${filter.column}.`);
      return String(Number(value));
    }
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  };
  const values = filter.operator === 'equals' ? filter.value.split(',') : [filter.value];
  return values.map((v) => `${column.field} ${operator} ${literal(v)}`).join(' OR ');
}

function filteredWhere(report: SummaryReport, filters: NonNullable<ReportRun['filters']>): string {
  const conditions = filters.reportFilters.map((f) => `(${filterCondition(report, f)})`);
  if (conditions.length === 0) return 'Id != null';
  const logic = filters.reportBooleanFilter ?? conditions.map((_, i) => String(i + 1)).join(' AND ');
  if (!/^[\d\s()]*(?:(?:AND|OR)[\d\s()]*)*$/i.test(logic)) throw new ReportFilterError(`Invalid filter logic: ${logic}`);
  return logic.replace(/\d+/g, (n) => {
    const condition = conditions[Number(n) - 1];
    if (!condition) throw new ReportFilterError(`Filter logic names filter ${n}, which does not exist.`);
    return condition;
  });
}

type Cell = { label: string; value: unknown };

/** `Account.Name` out of a query record. */
function read(record: Record<string, unknown>, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : null;
  return current ?? null;
}

/** Cell labels as the running user's locale writes them; an empty cell reads "-". */
function formatter(locale: string, currency: string) {
  const tag = locale.replace(/_/g, '-');
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency });
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' });
  return (type: ColumnType, value: unknown): string => {
    if (value === null) return '-';
    if (type === 'currency') return money.format(Number(value));
    if (type === 'date') return day.format(new Date(`${String(value)}T00:00:00Z`));
    if (type === 'boolean') return value === true ? 'True' : 'False';
    return String(value);
  };
}

/** A detail cell's value: currency as {amount, currency} (null currency in a single-currency org). */
function cellValue(column: ReportColumn, value: unknown): unknown {
  return column.dataType === 'currency' && value !== null ? { amount: value, currency: null } : value;
}

function columnInfo(columns: { name: string; label: string; dataType: ColumnType }[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(columns.map((c) => [c.name, { dataType: c.dataType, label: c.label }]));
}

export function runReport(report: SummaryReport, { store, context, includeDetails, filters }: ReportRun): Record<string, unknown> {
  const org = store.organization();
  const format = formatter(context.locale, String(org.DefaultCurrencyIsoCode ?? 'USD'));
  const range = dateLiteral(report.standardDateFilter.durationValue, 0)?.(context);
  if (!range) throw new Error(`${report.standardDateFilter.durationValue} is not a SOQL date literal`);
  const where = `(${filters ? filteredWhere(report, filters) : report.where}) AND ${report.standardDateFilter.field} = ${report.standardDateFilter.durationValue}`;
  const query = (soql: string) => executeSoql(soql, store, context).records;
  const reportUrl = `/services/data/v${context.apiVersion ?? DEFAULT_API_VERSION}/analytics/reports/${report.id}`;

  const { grouping } = report;
  const summaries = report.aggregates.map((a, i) => `${a.soql} agg${i}`).join(', ');
  const groups = query(`SELECT ${grouping.field}, ${summaries} FROM ${report.object} WHERE ${where} GROUP BY ${grouping.field} `
    + `ORDER BY ${grouping.field} ${grouping.sortOrder.toUpperCase()}`);
  const [total = {}] = query(`SELECT ${summaries} FROM ${report.object} WHERE ${where}`);
  const details = includeDetails
    ? query(`SELECT ${[...new Set(report.detailColumns.flatMap((c) => [c.field, c.labelField ?? c.field]).concat(grouping.field))].join(', ')} `
      + `FROM ${report.object} WHERE ${where} ORDER BY ${grouping.field} ${grouping.sortOrder.toUpperCase()}, `
      + `${report.sortBy.column.field} ${report.sortBy.sortOrder.toUpperCase()} NULLS LAST LIMIT ${MAX_DETAIL_ROWS + 1}`)
    : [];
  const allData = details.length <= MAX_DETAIL_ROWS;
  details.length = Math.min(details.length, MAX_DETAIL_ROWS);

  const aggregateCells = (summary: Record<string, unknown>): Cell[] => report.aggregates.map((a, i) => {
    const value = summary[`agg${i}`] ?? 0; // An empty sum reads 0 in a report.
    return { label: format(a.dataType, value), value };
  });
  const rows = (groupValue: unknown) => details.filter((d) => read(d, grouping.field) === groupValue).map((d) => ({
    dataCells: report.detailColumns.map((c): Cell => ({ label: format(c.dataType, read(d, c.labelField ?? c.field)), value: cellValue(c, read(d, c.field)) })),
  }));
  // The grand total carries no rows of its own in a summary report: they sit under their groupings.
  const fact = (key: string, summary: Record<string, unknown>, groupRows: unknown[]) => [key, {
    aggregates: aggregateCells(summary), ...(includeDetails ? { rows: groupRows } : {}),
  }];

  return {
    attributes: {
      describeUrl: `${reportUrl}/describe`,
      instancesUrl: `${reportUrl}/instances`,
      reportId: report.id, reportName: report.name, type: 'Report',
    },
    allData,
    factMap: Object.fromEntries([
      ...groups.map((g, i) => fact(`${i}!T`, g, rows(read(g, grouping.field)))),
      fact('T!T', total, []),
    ]),
    groupingsAcross: { groupings: [] },
    groupingsDown: {
      groupings: groups.map((g, i) => {
        const value = read(g, grouping.field);
        return { groupings: [], key: String(i), label: format(grouping.dataType, value), value };
      }),
    },
    hasDetailRows: includeDetails,
    reportExtendedMetadata: {
      aggregateColumnInfo: columnInfo(report.aggregates),
      detailColumnInfo: columnInfo(report.detailColumns),
      groupingColumnInfo: { [grouping.name]: { dataType: grouping.dataType, groupingLevel: 0, label: grouping.label } },
    },
    reportMetadata: {
      aggregates: report.aggregates.map((a) => a.name),
      chart: null,
      crossFilters: [],
      currency: null,
      description: report.description,
      detailColumns: report.detailColumns.map((c) => c.name),
      developerName: report.developerName,
      division: null,
      folderId: org.Id,
      groupingsAcross: [],
      groupingsDown: [{ dateGranularity: 'None', name: grouping.name, sortAggregate: null, sortOrder: grouping.sortOrder }],
      hasDetailRows: true,
      hasRecordCount: true,
      historicalSnapshotDates: [],
      id: report.id,
      name: report.name,
      reportBooleanFilter: filters?.reportBooleanFilter ?? null,
      reportFilters: (filters?.reportFilters ?? report.reportFilters).map((f) => ({ ...f, filterType: 'fieldValue', isRunPageEditable: true })),
      reportFormat: 'SUMMARY',
      reportType: report.reportType,
      scope: 'organization',
      showGrandTotal: true,
      showSubtotals: true,
      sortBy: [{ sortColumn: report.sortBy.column.name, sortOrder: report.sortBy.sortOrder }],
      standardDateFilter: {
        column: report.standardDateFilter.column, durationValue: report.standardDateFilter.durationValue,
        endDate: addDays(range.end, -1), startDate: range.start,
      },
      standardFilters: null,
    },
  };
}
