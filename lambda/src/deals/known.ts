/**
 * The deals the speaker is most likely to name: their own and their direct reports' open deals, biggest first,
 * looked up with the user's profile (salesforce/identity.ts) and sent to Alexa as dynamic entities of the `DealName` slot type
 * beside the people, so "the Northwind deal" resolves to its Opportunity Id without a search. A deal outside
 * them (smaller, closed, someone else's) is still found by the search in conversations/opportunity-details.
 */
import type { er } from 'ask-sdk-model';
import { soqlId } from '../salesforce/soql';

export interface KnownDeal {
  id: string;
  name: string;
  accountName: string | null;
}

/** Half of the 100 dynamic values a session may hold (people/dynamicEntities.ts); the people have the rest. */
export const MAX_KNOWN_DEALS = 50;

export const DEAL_TYPE = 'DealName';

export function knownDealsSoql(userId: string): string {
  const me = soqlId(userId);
  return `SELECT Id, Name, Account.Name FROM Opportunity WHERE IsClosed = false AND (OwnerId = ${me} OR Owner.ManagerId = ${me}) ORDER BY Amount DESC NULLS LAST, Id ASC LIMIT ${MAX_KNOWN_DEALS}`;
}

export type KnownDealRow = { Id: string; Name: string; Account: { Name: string } | null };

export function toKnownDeals(rows: readonly KnownDealRow[]): KnownDeal[] {
  return rows.map((r) => ({ id: r.Id, name: r.Name, accountName: r.Account?.Name ?? null }));
}

/**
 * A deal as Alexa hears it named: its name, the name without the account it starts with ("Loading Dock
 * Upgrade"), and the account's name — several deals of one account all match "Acme Logistics", and the
 * conversation asks which.
 */
export function dealEntity(deal: KnownDeal): er.dynamic.Entity {
  const account = deal.accountName?.trim();
  const rest = account && deal.name.toLowerCase().startsWith(account.toLowerCase()) ? deal.name.slice(account.length).replace(/^[\s\-–—:,|/]+/, '') : '';
  const synonyms = [...new Set([rest, account ?? ''].map((s) => s.trim()))].filter((s) => s && s !== deal.name);
  return { id: deal.id, name: { value: deal.name, synonyms } };
}
