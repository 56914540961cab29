/**
 * `GET /query?q=`, `/queryAll?q=` and `/query/{locator}`: SOQL run as the token's user, answered in
 * batches (default 2000, `Sforce-Query-Options: batchSize=N` within 200…2000) with a `nextRecordsUrl`.
 */
import { header } from '../http';
import { executeSoql } from '../soql';
import { queryColumns } from './query-columns';
import { SalesforceError, type OrgStore, type QueryContext } from '../types';
import { ok, type DataRequest, type Resource } from './data-api';

const DEFAULT_BATCH = 2000;
const MIN_BATCH = 200;
/** "A user can have up to 10 query cursors open at a time"; opening another releases the oldest (SOQL and SOSL Reference, "QueryLocator"). */
const CURSORS_PER_USER = 10;

interface Cursor {
  userId: string;
  records: Record<string, unknown>[];
  totalSize: number;
  batchSize: number;
}

/** What a query runs as: the user's time zone and locale, the org's fiscal year start. */
export function queryContext(store: OrgStore, userId: string, apiVersion: string): QueryContext {
  const user = store.get('User', userId);
  const org = store.organization();
  return {
    userId,
    timeZone: String(user?.TimeZoneSidKey ?? org.TimeZoneSidKey),
    locale: String(user?.LocaleSidKey ?? org.DefaultLocaleSidKey),
    now: store.now(),
    fiscalYearStartMonth: Number(org.FiscalYearStartMonth ?? 1),
    usesStartDateAsFiscalYearName: org.UsesStartDateAsFiscalYearName === true,
    apiVersion,
  };
}

/** `Sforce-Query-Options: batchSize=500`; [unsure] Salesforce may reject rather than clamp values out of range. */
function batchSize(req: DataRequest): number {
  const option = /batchSize\s*=\s*(\d+)/i.exec(header(req.headers, 'sforce-query-options') ?? '');
  if (!option) return DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(MIN_BATCH, Number(option[1])));
}

function invalidLocator(): SalesforceError {
  return new SalesforceError('INVALID_QUERY_LOCATOR', 'invalid query locator', 400);
}

export class QueryCursors {
  private readonly open = new Map<string, Cursor>();
  private sequence = 0;

  /** The first batch; a locator is opened only when more records remain. */
  first(cursor: Cursor, version: string): Record<string, unknown> {
    const id = cursor.records.length > cursor.batchSize ? this.openCursor(cursor) : '';
    return this.page(id, cursor, 0, version);
  }

  /** `01g…-2000`: the batch starting at the locator's offset. */
  next(locator: string, userId: string, version: string): Record<string, unknown> {
    const match = /^(01g\w{15})-(\d+)$/.exec(locator);
    const id = match?.[1] ?? '';
    const cursor = this.open.get(id);
    const offset = Number(match?.[2]);
    if (!cursor || cursor.userId !== userId || offset >= cursor.records.length) throw invalidLocator();
    return this.page(id, cursor, offset, version);
  }

  private page(id: string, cursor: Cursor, offset: number, version: string): Record<string, unknown> {
    const records = cursor.records.slice(offset, offset + cursor.batchSize);
    const next = offset + records.length;
    const done = next >= cursor.records.length;
    return {
      totalSize: cursor.totalSize,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/query/${id}-${next}` }),
      records,
    };
  }

  private openCursor(cursor: Cursor): string {
    const mine = [...this.open].filter(([, c]) => c.userId === cursor.userId);
    if (mine.length >= CURSORS_PER_USER && mine[0]) this.open.delete(mine[0][0]);
    this.sequence += 1;
    const id = `01g${String(this.sequence).padStart(12, '0')}AAA`;
    this.open.set(id, cursor);
    return id;
  }
}

export function queryResources(store: OrgStore, cursors: QueryCursors): Resource[] {
  const run = (req: DataRequest) => {
    const soql = req.query.get('q');
    if (!soql) throw new SalesforceError('MALFORMED_QUERY', 'A query string has to be specified', 400);
    const result = executeSoql(soql, store, { ...queryContext(store, req.userId, req.version), enforceFieldSecurity: true });
    if (req.query.get('columns') === 'true') return ok(queryColumns(soql, result.records[0]));
    const cursor = { userId: req.userId, records: result.records, totalSize: result.totalSize, batchSize: batchSize(req) };
    return ok(cursors.first(cursor, req.version));
  };
  const more = (req: DataRequest, [locator = '']: string[]) => ok(cursors.next(locator, req.userId, req.version));
  return [
    { pattern: /^\/(?:query|queryAll)\/?$/, methods: { GET: run } },
    { pattern: /^\/(?:query|queryAll)\/([^/]+)$/, methods: { GET: more } },
  ];
}
