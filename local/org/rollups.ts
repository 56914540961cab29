/**
 * Values the org keeps on a parent when related records change: campaign statistics (from members and
 * opportunities) and LastActivityDate / HasOpenActivity (from events).
 */
import type { SObjectRecord } from './types';

export interface RollupTarget {
  all(type: string): readonly SObjectRecord[];
  /** The type owning an id (by key prefix), if the org has it. */
  typeOf(id: string): string | undefined;
  hasField(type: string, field: string): boolean;
  /** Sets fields without touching audit fields: roll-ups are not edits. */
  patch(type: string, id: string, values: Record<string, unknown>): void;
}

export function recomputeCampaign(store: RollupTarget, campaignId: string): void {
  const opportunities = store.all('Opportunity').filter((row) => row.CampaignId === campaignId);
  const won = opportunities.filter((row) => row.IsWon === true);
  const members = store.all('CampaignMember').filter((row) => row.CampaignId === campaignId);
  const leadIds = new Set(members.map((row) => row.LeadId).filter((id) => typeof id === 'string'));
  const convertedLeads = store.all('Lead').filter((row) => leadIds.has(row.Id) && row.IsConverted === true);
  const amount = (rows: SObjectRecord[]): number => rows.reduce((sum, row) => sum + (typeof row.Amount === 'number' ? row.Amount : 0), 0);
  store.patch('Campaign', campaignId, {
    NumberOfLeads: leadIds.size,
    NumberOfConvertedLeads: convertedLeads.length,
    NumberOfContacts: members.filter((row) => typeof row.ContactId === 'string').length,
    NumberOfOpportunities: opportunities.length,
    NumberOfWonOpportunities: won.length,
    AmountAllOpportunities: amount(opportunities),
    AmountWonOpportunities: amount(won),
  });
}

/**
 * LastActivityDate is the latest event date logged against the record (future events included, as in
 * Salesforce); HasOpenActivity means an event that has not ended yet.
 * https://developer.salesforce.com/docs/atlas.en-us.228.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Opportunity.htm
 */
export function recomputeActivity(store: RollupTarget, recordId: string, now: Date): void {
  const type = store.typeOf(recordId);
  if (!type || !store.hasField(type, 'LastActivityDate')) return;
  const events = store.all('Event').filter((row) => row.WhatId === recordId || row.WhoId === recordId);
  const dates = events.map((row) => row.ActivityDate).filter((date): date is string => typeof date === 'string').sort();
  const values: Record<string, unknown> = { LastActivityDate: dates.at(-1) ?? null };
  if (store.hasField(type, 'HasOpenActivity')) {
    values.HasOpenActivity = events.some((row) => typeof row.EndDateTime === 'string' && Date.parse(row.EndDateTime) >= now.getTime());
  }
  store.patch(type, recordId, values);
}
