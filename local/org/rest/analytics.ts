/** `GET /analytics/reports/{id}?includeDetails=`: run a saved report synchronously as the token's user (reports/). */
import { notFound } from '../http';
import { findReport } from '../reports';
import { runReport } from '../reports/report';
import type { OrgStore } from '../types';
import { ok, type Resource } from './data-api';
import { queryContext } from './query';

export function analyticsResource(store: OrgStore): Resource {
  return {
    pattern: /^\/analytics\/reports\/(\w+)\/?$/,
    methods: {
      GET: (req, [id = '']) => {
        const report = findReport(id);
        if (!report) throw notFound();
        // Summary only unless asked: the Execute Sync resource's default.
        const includeDetails = req.query.get('includeDetails') === 'true';
        return ok(runReport(report, { store, context: queryContext(store, req.userId, req.version), includeDetails }));
      },
    },
  };
}
