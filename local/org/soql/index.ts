/**
 * The local org's SOQL engine: `executeSoql(soql, store, ctx)` answers as the REST query resource does
 * (all rows; paging into batches is the HTTP layer's job). Queries are compiled once per distinct text
 * and store, then run against the store's current records.
 */
import type { OrgStore, QueryContext, QueryResult } from '../types';
import { compileQuery, type Plan } from './compile';
import { SoqlErrors } from './errors';
import { parseSoql } from './parse';
import { SchemaIndex } from './paths';
import { Runtime } from './runtime';

/** Compiled plans per store, by query text; bounded so generated queries cannot grow it without end. */
const MAX_CACHED_PLANS = 1000;
const caches = new WeakMap<OrgStore, { schema: SchemaIndex; plans: Map<string, Plan> }>();

function planFor(soql: string, store: OrgStore): Plan {
  let cache = caches.get(store);
  if (!cache) {
    cache = { schema: new SchemaIndex(store.objects()), plans: new Map() };
    caches.set(store, cache);
  }
  let plan = cache.plans.get(soql);
  if (!plan) {
    const errors = new SoqlErrors(soql);
    plan = compileQuery(parseSoql(soql, errors), cache.schema, errors);
    if (cache.plans.size >= MAX_CACHED_PLANS) cache.plans.clear();
    cache.plans.set(soql, plan);
  }
  return plan;
}

/** Runs a query as `ctx.userId`; throws SalesforceError (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE…). */
export function executeSoql(soql: string, store: OrgStore, ctx: QueryContext): QueryResult {
  return planFor(soql, store).run(new Runtime(store, ctx));
}

