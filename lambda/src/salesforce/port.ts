/**
 * The Salesforce port: the only module that talks to an org's data API. Handlers ask it for plain data;
 * it builds SOQL through soql.ts, calls jsforce and maps failures to errors.ts kinds.
 *
 * The Connection has no oauth2/refresh settings on purpose: Alexa refreshes tokens, and jsforce with a
 * refresh delegate retries a persistent 401 forever. Retries are off for the same reason as the deadline:
 * Alexa waits 8 seconds, and jsforce's default backoff (0.5 s doubling, five times) would outlast it.
 */
// The documented core entry: importing lib/connection directly breaks a later require('jsforce') (import cycle).
import { Connection } from 'jsforce/core';
import { SalesforceRequestError, classifySalesforceError } from './errors';
import { type OpportunityPage, type OpportunityRow, type TopOpportunitiesQuery, toOpportunityPage, topOpportunitiesSoql } from './opportunities';
import { ORG_CURRENCY_SOQL, directReportsSoql } from './users';

export interface SalesforceSession {
  instanceUrl: string;
  accessToken: string;
  apiVersion: string;
}

export interface SalesforcePort {
  topOpportunities(q: TopOpportunitiesQuery): Promise<OpportunityPage>;
  /** The org's corporate currency (ISO code). */
  orgCurrency(): Promise<string>;
  hasDirectReports(userId: string): Promise<boolean>;
}

interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  records: T[];
}

const DEFAULT_CURRENCY = 'USD';

/** Never wait less than this, even when the request's deadline is near: a too-short wait is a sure failure. */
const MIN_TIMEOUT_MS = 500;

export function createSalesforcePort(session: SalesforceSession, deadline: () => number): SalesforcePort {
  const conn = new Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: session.apiVersion });

  async function query<T>(soql: string): Promise<QueryResult<T>> {
    try {
      return await conn.request<QueryResult<T>>(
        { method: 'GET', url: `/services/data/v${session.apiVersion}/query?q=${encodeURIComponent(soql)}` },
        { timeout: Math.max(MIN_TIMEOUT_MS, deadline() - Date.now()), retry: { maxRetries: 0 } },
      );
    } catch (err) {
      throw classifySalesforceError(err);
    }
  }

  return {
    async topOpportunities(q) {
      const result = await query<OpportunityRow>(topOpportunitiesSoql(q));
      return toOpportunityPage(result.records, q.limit);
    },
    async orgCurrency() {
      try {
        const result = await query<{ DefaultCurrencyIsoCode?: string | null }>(ORG_CURRENCY_SOQL);
        return result.records[0]?.DefaultCurrencyIsoCode ?? DEFAULT_CURRENCY;
      } catch (err) {
        // An org or profile that cannot read the field must not block every answer: amounts are still right.
        if (err instanceof SalesforceRequestError) return DEFAULT_CURRENCY;
        throw err;
      }
    },
    async hasDirectReports(userId) {
      const result = await query<never>(directReportsSoql(userId));
      return result.totalSize > 0;
    },
  };
}
