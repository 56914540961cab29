/**
 * Campaigns: the active ones, newest first, a page at a time; one campaign's results, found by the name the
 * user said (nameSearch.ts) or by id from a list — either way in one round trip.
 */
import { findByName } from '../../salesforce/nameSearch';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId } from '../../salesforce/soql';

export interface CampaignSummary {
  id: string;
  name: string;
  status: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface CampaignReport extends CampaignSummary {
  isActive: boolean;
  leads: number;
  convertedLeads: number;
  opportunities: number;
  wonOpportunities: number;
  wonAmount: number;
}

const SUMMARY_FIELDS = ['Status', 'StartDate', 'EndDate'];
const REPORT_FIELDS = [...SUMMARY_FIELDS, 'IsActive', 'NumberOfLeads', 'NumberOfConvertedLeads', 'NumberOfOpportunities', 'NumberOfWonOpportunities', 'AmountWonOpportunities'];

interface CampaignRow {
  Id: string;
  Name: string;
  Status: string | null;
  StartDate: string | null;
  EndDate: string | null;
  [field: string]: unknown;
}

function toSummary(r: CampaignRow): CampaignSummary {
  return { id: r.Id, name: r.Name, status: r.Status ?? null, startDate: r.StartDate ?? null, endDate: r.EndDate ?? null };
}

export function toCampaignReport(r: CampaignRow): CampaignReport {
  const n = (field: string) => Number(r[field] ?? 0) || 0;
  return {
    ...toSummary(r),
    isActive: r.IsActive === true,
    leads: n('NumberOfLeads'),
    convertedLeads: n('NumberOfConvertedLeads'),
    opportunities: n('NumberOfOpportunities'),
    wonOpportunities: n('NumberOfWonOpportunities'),
    wonAmount: n('AmountWonOpportunities'),
  };
}

export interface CampaignPage {
  items: CampaignSummary[];
  hasMore: boolean;
}

/** Active campaigns, latest start first; one row beyond the page tells whether more follow. */
export function activeCampaignsSoql(limit: number, offset: number): string {
  return `SELECT Id, Name, ${SUMMARY_FIELDS.join(', ')} FROM Campaign WHERE IsActive = true ORDER BY StartDate DESC NULLS LAST, Id ASC LIMIT ${limit + 1} OFFSET ${offset}`;
}

export async function activeCampaigns(port: SalesforcePort, limit: number, offset: number): Promise<CampaignPage> {
  const { records } = await port.query<CampaignRow>(activeCampaignsSoql(limit, offset));
  return { items: records.slice(0, limit).map(toSummary), hasMore: records.length > limit };
}

export function campaignReportSoql(id: string): string {
  return `SELECT Id, Name, ${REPORT_FIELDS.join(', ')} FROM Campaign WHERE Id = ${soqlId(id)}`;
}

/** A campaign's results by id, or null when it is gone. */
export async function campaignReportById(port: SalesforcePort, id: string): Promise<CampaignReport | null> {
  const [row] = (await port.query<CampaignRow>(campaignReportSoql(id))).records;
  return row ? toCampaignReport(row) : null;
}

export type CampaignMatch = { kind: 'one'; campaign: CampaignReport } | { kind: 'several'; names: string[] } | { kind: 'none' };

/** The campaign the user named, with its results: one clear match, a few names to choose from, or none. */
export async function findCampaign(port: SalesforcePort, spoken: string): Promise<CampaignMatch> {
  const match = await findByName<CampaignRow>(port, { sobject: 'Campaign', spoken, fields: REPORT_FIELDS });
  if (match.kind === 'one') return { kind: 'one', campaign: toCampaignReport(match.record) };
  if (match.kind === 'several') return { kind: 'several', names: match.records.map((r) => r.Name) };
  return { kind: 'none' };
}
