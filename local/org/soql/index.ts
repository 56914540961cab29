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
/**
 * Per store: the schema as each set of field restrictions sees it ('' the whole schema, else a user's view: fls.ts),
 * and compiled plans keyed by that and the query text.
 */
const caches = new WeakMap<OrgStore, { schemas: Map<string, SchemaIndex>; plans: Map<string, Plan> }>();

function planFor(soql: string, store: OrgStore, ctx: QueryContext): Plan {
  let cache = caches.get(store);
  if (!cache) {
    cache = { schemas: new Map(), plans: new Map() };
    caches.set(store, cache);
  }
  const restricted = ctx.enforceFieldSecurity === true ? store.fieldSecurity.fingerprint(ctx.userId) : '';
  let schema = cache.schemas.get(restricted);
  if (!schema) {
    schema = new SchemaIndex(store.objects().map((def) => (restricted ? store.fieldSecurity.view(def, ctx.userId) : def)));
    if (cache.schemas.size >= MAX_CACHED_PLANS) cache.schemas.clear();
    cache.schemas.set(restricted, schema);
  }
  const key = `${restricted}\n${soql}`;
  let plan = cache.plans.get(key);
  if (!plan) {
    const errors = new SoqlErrors(soql);
    plan = compileQuery(parseSoql(soql, errors), schema, errors);
    if (cache.plans.size >= MAX_CACHED_PLANS) cache.plans.clear();
    cache.plans.set(key, plan);
  }
  return plan;
}

/**
 * Runs a query as `ctx.userId`; throws SalesforceError (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE…). With
 * `ctx.enforceFieldSecurity`, a field the user cannot read is no column at all (fls.ts).
 */
export function executeSoql(soql: string, store: OrgStore, ctx: QueryContext): QueryResult {
  return planFor(soql, store, ctx).run(new Runtime(store, ctx));
}

