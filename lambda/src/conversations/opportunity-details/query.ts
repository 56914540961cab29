/**
 * One opportunity in full: by id ("tell me more about the second one", "who owns it"), or by the name the user
 * said ("the Initech deal", "the Globex forklift lease").
 */
import { OPPORTUNITY_COLUMNS, type OpportunityRow, type OpportunitySummary, toSummary } from '../../deals/query';
import { nameSearchSosl, rankByName } from '../../salesforce/nameSearch';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId } from '../../salesforce/soql';

export interface OpportunityDetails extends OpportunitySummary {
  /** Percent, 0–100. */
  probability: number | null;
  nextStep: string | null;
  /** The latest activity logged on the deal (YYYY-MM-DD), or null when there is none. */
  lastActivityDate: string | null;
  isClosed: boolean;
  isWon: boolean;
  forecastCategory: string | null;
  /** ISO datetime, as Salesforce printed it: what an update of the deal found by name guards its write with. */
  lastModified: string;
}

const DETAILS_COLUMNS = `${OPPORTUNITY_COLUMNS}, Probability, NextStep, LastActivityDate, IsClosed, IsWon, ForecastCategoryName, LastModifiedDate`;

export function opportunityDetailsSoql(id: string): string {
  return `SELECT ${DETAILS_COLUMNS} FROM Opportunity WHERE Id = ${soqlId(id)}`;
}

type DetailsRow = OpportunityRow & {
  Probability: number | null; NextStep: string | null; LastActivityDate: string | null; IsClosed: boolean; IsWon: boolean;
  ForecastCategoryName: string | null; LastModifiedDate: string;
};

function toDetails(row: DetailsRow): OpportunityDetails {
  return {
    ...toSummary(row),
    probability: row.Probability,
    nextStep: row.NextStep || null,
    lastActivityDate: row.LastActivityDate,
    isClosed: row.IsClosed,
    isWon: row.IsWon,
    forecastCategory: row.ForecastCategoryName,
    lastModified: row.LastModifiedDate,
  };
}

/** The deal, or null when it is gone (deleted, or no longer shared with the user). */
export async function opportunityDetails(port: SalesforcePort, id: string): Promise<OpportunityDetails | null> {
  const [row] = (await port.query<DetailsRow>(opportunityDetailsSoql(id))).records;
  return row ? toDetails(row) : null;
}

/** Opportunities and accounts whose names hold a spoken word; Salesforce orders each by relevance. */
const SEARCH_LIMIT = 20;
/** Deals ranked locally: every match of the search and every deal of a matching account, latest close first. */
const CANDIDATE_LIMIT = 50;

/**
 * The search behind a spoken deal name. A deal is named by its own name or by its account's ("the Acme deal"),
 * and an opportunity's name need not contain its account's, so the search covers both objects.
 */
export function dealSearchSosl(spoken: string): string | undefined {
  return nameSearchSosl(spoken, `Opportunity(Id LIMIT ${SEARCH_LIMIT}), Account(Id LIMIT ${SEARCH_LIMIT})`);
}

/** The deals the search found, and the deals of the accounts it found. */
export function dealCandidatesSoql(opportunityIds: string[], accountIds: string[]): string {
  const inIds = (ids: string[]) => ids.map(soqlId).join(', ');
  const where = [
    opportunityIds.length ? `Id IN (${inIds(opportunityIds)})` : '',
    accountIds.length ? `AccountId IN (${inIds(accountIds)})` : '',
  ].filter(Boolean).join(' OR ');
  return `SELECT ${DETAILS_COLUMNS} FROM Opportunity WHERE ${where} ORDER BY CloseDate DESC, Id ASC LIMIT ${CANDIDATE_LIMIT}`;
}

interface SearchHit {
  attributes: { type: string };
  Id: string;
}

export type DealMatch = { kind: 'one'; deal: OpportunityDetails } | { kind: 'several'; deals: { id: string; name: string }[] } | { kind: 'none' };

/**
 * The deal the user named, in full: one clear match, a few to choose from, or none. Open deals come first; a
 * closed one only when no open one matches. Two calls: SOSL cannot return an account's opportunities, and the
 * composite resource does not carry a search (REST API Developer Guide, "Composite": sObject, Query, QueryAll
 * and sObject Collections resources only).
 */
export async function findDeal(port: SalesforcePort, spoken: string): Promise<DealMatch> {
  const sosl = dealSearchSosl(spoken);
  if (!sosl) return { kind: 'none' };
  const { searchRecords } = await port.search<SearchHit>(sosl);
  const idsOf = (type: string) => searchRecords.filter((r) => r.attributes.type === type).map((r) => r.Id);
  const [opportunityIds, accountIds] = [idsOf('Opportunity'), idsOf('Account')];
  if (opportunityIds.length === 0 && accountIds.length === 0) return { kind: 'none' };
  const { records } = await port.query<DetailsRow>(dealCandidatesSoql(opportunityIds, accountIds));
  const match = rankByName(spoken, records, { alsoNamed: (r) => r.Account?.Name ?? null, prefer: (r) => !r.IsClosed, everyWord: true });
  if (match.kind === 'one') return { kind: 'one', deal: toDetails(match.record) };
  if (match.kind === 'several') return { kind: 'several', deals: toldApart(match.records) };
  return { kind: 'none' };
}

/**
 * The deals of a choice with names that tell them apart: two reps' deals may have the same name ("Golden Gate
 * Insurance - Safety Gear Renewal"), and "Which one: X or X?" could not be answered — those carry their owner.
 */
export function toldApart(records: readonly Pick<OpportunityRow, 'Id' | 'Name' | 'Owner'>[]): { id: string; name: string }[] {
  const count = (name: string) => records.filter((r) => r.Name === name).length;
  return records.map((r) => ({ id: r.Id, name: count(r.Name) > 1 && r.Owner?.Name ? `${r.Name}, ${r.Owner.Name}’s` : r.Name }));
}
