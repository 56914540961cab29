import { expect } from 'chai';
import { addDays, formatDate, parseDate } from '../../local/org/calendar';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrg, type SeededOrg } from '../../local/org/seed';
import { STANDARD_STAGES } from '../../local/org/schema';
import { createStore } from '../../local/org/store';
import type { OrgStore, SObjectRecord } from '../../local/org/types';

// Noon UTC is 08:00 in New York: the org's calendar date is the same day.
const TODAY = new Date('2026-03-18T12:00:00.000Z');
const TODAY_DATE = '2026-03-18';
const CLOCK = new Date('2026-03-18T12:30:00.000Z');

function seeded(today = TODAY): { store: OrgStore; org: SeededOrg } {
  const store = createStore({ clock: () => CLOCK });
  return { store, org: seedDemoOrg(store, today) };
}

/** Quarter offset of a date from the quarter holding TODAY_DATE. */
function quarterOffset(date: string): number {
  const a = parseDate(date);
  const b = parseDate(TODAY_DATE);
  return (a.year - b.year) * 4 + Math.floor((a.month - 1) / 3) - Math.floor((b.month - 1) / 3);
}

describe('demo org seed', () => {
  const { store, org } = seeded();
  const opportunities = store.all('Opportunity');
  const users = store.all('User');
  const byId = (type: string, id: unknown): SObjectRecord | undefined => store.get(type, String(id));

  it('is deterministic for a date and moves with the date', () => {
    const again = seeded();
    for (const type of ['User', 'Account', 'Contact', 'Opportunity', 'Case', 'Campaign', 'Event', 'EventRelation', 'Lead']) {
      expect(again.store.all(type), type).to.deep.equal(store.all(type));
    }
    const later = seeded(new Date('2026-05-20T12:00:00.000Z'));
    const closeDates = (s: OrgStore) => s.all('Opportunity').map((o) => o.CloseDate);
    expect(closeDates(later.store)).to.not.deep.equal(closeDates(store));
    expect(later.store.all('Opportunity').length).to.equal(opportunities.length);
  });

  it('names the org, its calendar fiscal year and currency', () => {
    const organization = store.organization();
    expect(organization.Name).to.equal('Summit Peak Supplies');
    expect(organization.FiscalYearStartMonth).to.equal(1);
    expect(organization.DefaultCurrencyIsoCode).to.equal('USD');
  });

  it('has a manager with four reps in several time zones and locales, with documented credentials', () => {
    expect(org.users.map((u) => u.username)).to.deep.equal(DEMO_USERS.map((u) => u.username));
    expect(org.users.every((u) => u.password === DEMO_PASSWORD)).to.equal(true);
    const manager = org.users.filter((u) => u.role === 'manager');
    expect(manager).to.have.length(1);
    expect(manager[0]?.username).to.equal('maria.manager@summitpeak.demo');
    const reps = users.filter((u) => u.ManagerId === manager[0]?.id);
    expect(reps).to.have.length(4);
    for (const u of org.users) expect(byId('User', u.id)?.Username).to.equal(u.username);
    expect(users.map((u) => u.TimeZoneSidKey)).to.include.members(['America/New_York', 'America/Los_Angeles']);
    expect(users.map((u) => u.LocaleSidKey)).to.include.members(['en_US', 'en_GB', 'de_DE']);
  });

  it('has 25+ accounts with speakable names and three that need SSML escaping, each with contacts', () => {
    const accounts = store.all('Account');
    expect(accounts.length).to.be.at.least(25);
    expect(accounts.map((a) => a.Name)).to.include.members(['Smith & Sons', '<Beta> Labs', "O'Reilly Freight"]);
    for (const account of accounts) {
      expect(store.all('Contact').filter((c) => c.AccountId === account.Id), String(account.Name)).to.have.length.of.at.least(1);
    }
  });

  it('has 80+ opportunities over every stage, four quarters back to four ahead, and every owner', () => {
    expect(opportunities.length).to.be.at.least(80);
    expect(new Set(opportunities.map((o) => o.StageName))).to.have.all.keys(STANDARD_STAGES.map((s) => s.label));
    const quarters = new Set(opportunities.map((o) => quarterOffset(String(o.CloseDate))));
    for (let q = -4; q <= 4; q++) expect(quarters.has(q), `quarter ${q}`).to.equal(true);
    expect(new Set(opportunities.map((o) => o.OwnerId))).to.have.all.keys(users.map((u) => u.Id));
    const amounts = opportunities.map((o) => Number(o.Amount));
    expect(Math.min(...amounts)).to.equal(5000);
    expect(Math.max(...amounts)).to.equal(1_500_000);
  });

  it('has slipping deals, deals closing later this month and a next step on every open deal', () => {
    const open = opportunities.filter((o) => o.IsClosed === false);
    const monthEnd = formatDate(2026, 4, 0);
    expect(open.filter((o) => String(o.CloseDate) < TODAY_DATE).length, 'slipping').to.be.at.least(3);
    expect(open.filter((o) => String(o.CloseDate) >= TODAY_DATE && String(o.CloseDate) <= monthEnd).length, 'this month').to.be.at.least(3);
    expect(open.every((o) => typeof o.NextStep === 'string' && o.NextStep !== '')).to.equal(true);
    const closed = opportunities.filter((o) => o.IsClosed === true);
    expect(closed.every((o) => String(o.CloseDate) <= TODAY_DATE)).to.equal(true);
  });

  it('has cases of every status and priority', () => {
    const cases = store.all('Case');
    for (const status of ['New', 'Working', 'Escalated', 'Closed']) {
      for (const priority of ['High', 'Medium', 'Low']) {
        expect(cases.some((c) => c.Status === status && c.Priority === priority), `${status}/${priority}`).to.equal(true);
      }
    }
  });

  it('has active and inactive campaigns whose roll-ups match the opportunities and members that reference them', () => {
    const campaigns = store.all('Campaign');
    expect(campaigns.map((c) => c.Name)).to.include('Spring Launch');
    expect(campaigns.some((c) => c.IsActive === true)).to.equal(true);
    expect(campaigns.some((c) => c.IsActive === false)).to.equal(true);
    for (const campaign of campaigns) {
      const related = opportunities.filter((o) => o.CampaignId === campaign.Id);
      const won = related.filter((o) => o.IsWon === true);
      const sum = (rows: readonly SObjectRecord[]) => rows.reduce((total, o) => total + Number(o.Amount), 0);
      expect(campaign.NumberOfOpportunities, String(campaign.Name)).to.equal(related.length);
      expect(campaign.NumberOfWonOpportunities).to.equal(won.length);
      expect(campaign.AmountAllOpportunities).to.equal(sum(related));
      expect(campaign.AmountWonOpportunities).to.equal(sum(won));
      const members = store.all('CampaignMember').filter((m) => m.CampaignId === campaign.Id);
      expect(campaign.NumberOfLeads).to.equal(members.filter((m) => m.LeadId).length);
    }
    const spring = campaigns.find((c) => c.Name === 'Spring Launch');
    expect(spring?.NumberOfOpportunities).to.be.above(0);
    expect(campaigns.some((c) => Number(c.NumberOfConvertedLeads) > 0)).to.equal(true);
  });

  it('has a weekly sales meeting with the reps invited, before and after today', () => {
    const meetings = store.all('Event').filter((e) => e.Subject === 'Weekly Sales Meeting');
    expect(meetings.length).to.be.at.least(8);
    const days = meetings.map((e) => String(e.StartDateTime).slice(0, 10)).sort();
    expect(days[0]! < TODAY_DATE && days[days.length - 1]! > TODAY_DATE).to.equal(true);
    for (let i = 1; i < days.length; i++) expect(days[i]).to.equal(addDays(days[i - 1]!, 7));
    // 9:00 in New York is 13:00 UTC in March after the DST switch.
    expect(meetings.find((e) => String(e.StartDateTime).startsWith('2026-03-23'))?.StartDateTime).to.equal('2026-03-23T13:00:00.000Z');
    const manager = org.users[0]!;
    for (const meeting of meetings) {
      expect(meeting.OwnerId).to.equal(manager.id);
      const invited = store.all('EventRelation').filter((r) => r.EventId === meeting.Id && r.IsInvitee === true);
      expect(invited.map((r) => r.RelationId)).to.have.members(org.users.filter((u) => u.role === 'rep').map((u) => u.id));
    }
  });
});
