/** Queries about the linked user and their org, asked once per token when the identity is looked up. */
import { SalesforceRequestError } from './errors';
import type { SalesforcePort } from './port';
import { soqlId } from './soql';

/** The corporate currency; amounts in a single-currency org are in it. */
export const ORG_CURRENCY_SOQL = 'SELECT DefaultCurrencyIsoCode FROM Organization LIMIT 1';

/** Whether anyone active reports to the user, which makes "the team" their default scope. */
export function directReportsSoql(userId: string): string {
  return `SELECT COUNT() FROM User WHERE ManagerId = ${soqlId(userId)} AND IsActive = true`;
}

const DEFAULT_CURRENCY = 'USD';

export async function orgCurrency(port: SalesforcePort): Promise<string> {
  try {
    const result = await port.query<{ DefaultCurrencyIsoCode?: string | null }>(ORG_CURRENCY_SOQL);
    return result.records[0]?.DefaultCurrencyIsoCode ?? DEFAULT_CURRENCY;
  } catch (err) {
    // An org or profile that cannot read the field must not block every answer: amounts are still right.
    if (err instanceof SalesforceRequestError) return DEFAULT_CURRENCY;
    throw err;
  }
}

export async function hasDirectReports(port: SalesforcePort, userId: string): Promise<boolean> {
  return (await port.query<never>(directReportsSoql(userId))).totalSize > 0;
}
