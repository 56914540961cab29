/** Queries about the linked user and their org, asked once per token when the identity is looked up. */
import { soqlId } from './soql';

/** The corporate currency; amounts in a single-currency org are in it. */
export const ORG_CURRENCY_SOQL = 'SELECT DefaultCurrencyIsoCode FROM Organization LIMIT 1';

/** Whether anyone active reports to the user, which makes "the team" their default scope. */
export function directReportsSoql(userId: string): string {
  return `SELECT COUNT() FROM User WHERE ManagerId = ${soqlId(userId)} AND IsActive = true`;
}
