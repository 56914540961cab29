/**
 * `GET /analytics/reports/{id}?includeDetails=`: run a saved report synchronously as the token's user (reports/);
 * `POST` the same with `{ reportMetadata: { reportFilters, reportBooleanFilter } }` runs it with those filters
 * instead of the saved ones, without saving them ("Filter Reports on Demand", Reports and Dashboards REST API
 * Developer Guide, https://developer.salesforce.com/docs/atlas.en-us.api_analytics.meta/api_analytics/sforce_analytics_rest_api_filter_reportdata.htm).
 */
import { notFound } from '../http';
import { findReport } from '../reports';
import { type ReportFilter, runReport } from '../reports/report';
import { SalesforceError, type OrgStore } from '../types';
import { type DataRequest, objectBody, ok, type Resource } from './data-api';
import { queryContext } from './query';

function postedFilters(req: DataRequest): { reportFilters: ReportFilter[]; reportBooleanFilter?: string | null } {
  const metadata = objectBody(req).reportMetadata as { reportFilters?: unknown; reportBooleanFilter?: unknown } | undefined;
  const filters = metadata?.reportFilters;
  const valid = Array.isArray(filters) && filters.every((f) => typeof f?.column === 'string' && typeof f?.operator === 'string' && typeof f?.value === 'string');
  if (!valid) throw new SalesforceError('BAD_REQUEST', 'reportMetadata.reportFilters must list { column, operator, value }.', 400);
  const logic = metadata?.reportBooleanFilter;
  return { reportFilters: filters as ReportFilter[], ...(typeof logic === 'string' && logic.trim() ? { reportBooleanFilter: logic } : {}) };
}

export function analyticsResource(store: OrgStore): Resource {
  const run = (req: DataRequest, id: string, filters?: ReturnType<typeof postedFilters>) => {
    const report = findReport(id);
    if (!report) throw notFound();
    // Summary only unless asked: the Execute Sync resource's default.
    const includeDetails = req.query.get('includeDetails') === 'true';
    return ok(runReport(report, { store, context: queryContext(store, req.userId, req.version), includeDetails, ...(filters ? { filters } : {}) }));
  };
  return {
    pattern: /^\/analytics\/reports\/(\w+)\/?$/,
    methods: {
      GET: (req, [id = '']) => run(req, id),
      POST: (req, [id = '']) => run(req, id, postedFilters(req)),
    },
  };
}
