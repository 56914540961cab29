/**
 * The demo org "Summit Peak Supplies": a sales manager and four reps in four time zones, accounts that read
 * well aloud (and three that need SSML escaping), contacts, leads, campaigns, ~90 opportunities over every
 * stage from four quarters back to four quarters ahead, cases of every status and priority, meetings, and
 * Collaborative Forecasts: the fiscal periods, the Opportunity Revenue forecast type and quarterly quotas.
 * Deterministic: a fixed-seed PRNG and dates relative to `today` (the org's calendar date in New York),
 * so the same `today` always yields the same records and ids.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, formatDate, localDate, parseDate } from './calendar';
import { standardFiscalYears } from './forecasting';
import { STANDARD_STAGES, TRACKED_OPPORTUNITY_FIELDS } from './schema';
import type { OrgStore, SObjectRecord } from './types';

/** Every demo user's password (documented in the README and printed by `npm run org`). */
export const DEMO_PASSWORD = 'SummitPeak-2026';
export const ORG_TIME_ZONE = 'America/New_York';

export interface DemoUser {
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  role: 'manager' | 'rep';
  title: string;
  timeZone: string;
  locale: string;
  language: string;
}

const user = (first: string, last: string, role: DemoUser['role'], title: string, timeZone: string, locale = 'en_US', language = 'en_US'): DemoUser => ({
  username: `${first.toLowerCase()}.${role}@summitpeak.demo`, password: DEMO_PASSWORD, firstName: first, lastName: last,
  role, title, timeZone, locale, language,
});

/** The manager first: every rep reports to her (ManagerId). */
export const DEMO_USERS: readonly DemoUser[] = [
  user('Maria', 'Alvarez', 'manager', 'VP of Sales', 'America/New_York'),
  user('James', 'Carter', 'rep', 'Account Executive', 'America/New_York'),
  user('Priya', 'Patel', 'rep', 'Account Executive', 'America/Los_Angeles'),
  user('Oliver', 'Hughes', 'rep', 'Account Executive', 'Europe/London', 'en_GB', 'en_GB'),
  user('Lena', 'Fischer', 'rep', 'Account Executive', 'Europe/Berlin', 'de_DE'),
];

export interface SeededOrg {
  users: { id: string; username: string; password: string; name: string; role: DemoUser['role'] }[];
}

const ACCOUNTS: readonly { name: string; industry: string; city: string; state: string; country?: string }[] = [
  { name: 'Acme Logistics', industry: 'Transportation', city: 'Columbus', state: 'OH' },
  { name: 'Acme Robotics', industry: 'Machinery', city: 'Pittsburgh', state: 'PA' },
  { name: 'Blue Ridge Outfitters', industry: 'Retail', city: 'Asheville', state: 'NC' },
  { name: 'Cascade Health Partners', industry: 'Healthcare', city: 'Portland', state: 'OR' },
  { name: 'Redwood Analytics', industry: 'Technology', city: 'Santa Rosa', state: 'CA' },
  { name: 'Northwind Traders', industry: 'Food & Beverage', city: 'Seattle', state: 'WA' },
  { name: 'Granite State Builders', industry: 'Construction', city: 'Manchester', state: 'NH' },
  { name: 'Harbor View Hotels', industry: 'Hospitality', city: 'Charleston', state: 'SC' },
  { name: 'Evergreen Energy', industry: 'Energy', city: 'Boise', state: 'ID' },
  { name: 'Lakeside Dental Group', industry: 'Healthcare', city: 'Madison', state: 'WI' },
  { name: 'Pioneer Farm Supply', industry: 'Agriculture', city: 'Des Moines', state: 'IA' },
  { name: 'Silver Creek Bank', industry: 'Banking', city: 'Denver', state: 'CO' },
  { name: 'Summit Ridge Schools', industry: 'Education', city: 'Burlington', state: 'VT' },
  { name: 'Maple Leaf Media', industry: 'Media', city: 'Toronto', state: 'ON', country: 'Canada' },
  { name: 'Copper Canyon Mining', industry: 'Chemicals', city: 'Tucson', state: 'AZ' },
  { name: 'Bright Horizons Retail', industry: 'Retail', city: 'Atlanta', state: 'GA' },
  { name: 'Atlas Freightways', industry: 'Shipping', city: 'Memphis', state: 'TN' },
  { name: 'Sunrise Bakeries', industry: 'Food & Beverage', city: 'Austin', state: 'TX' },
  { name: 'Juniper Street Consulting', industry: 'Consulting', city: 'Boston', state: 'MA' },
  { name: 'Golden Gate Insurance', industry: 'Insurance', city: 'San Francisco', state: 'CA' },
  { name: 'Riverbend Manufacturing', industry: 'Manufacturing', city: 'Louisville', state: 'KY' },
  { name: 'Starlight Entertainment', industry: 'Entertainment', city: 'Las Vegas', state: 'NV' },
  { name: 'Cedar Point Clinics', industry: 'Healthcare', city: 'Cleveland', state: 'OH' },
  { name: 'Metro Transit Authority', industry: 'Government', city: 'Philadelphia', state: 'PA' },
  { name: 'Orchard Valley Foods', industry: 'Food & Beverage', city: 'Yakima', state: 'WA' },
  // Names a skill must SSML-escape: &, < >, and an apostrophe.
  { name: 'Smith & Sons', industry: 'Construction', city: 'Hartford', state: 'CT' },
  { name: '<Beta> Labs', industry: 'Biotechnology', city: 'San Diego', state: 'CA' },
  { name: "O'Reilly Freight", industry: 'Transportation', city: 'Chicago', state: 'IL' },
  // Accented: spoken "Muller" must still find it.
  { name: 'Müller Maschinenbau', industry: 'Machinery', city: 'Stuttgart', state: 'BW', country: 'Germany' },
  // The names the README's example phrases use ("log a high priority case for Globex").
  { name: 'Globex Corporation', industry: 'Energy', city: 'Springfield', state: 'OR' },
  { name: 'Initech', industry: 'Technology', city: 'Austin', state: 'TX' },
];

const FIRST_NAMES = ['Avery', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Quinn', 'Harper', 'Elena', 'Marcus', 'Sofia', 'Daniel',
  'Grace', 'Henry', 'Isabel', 'Kevin', 'Laura', 'Nathan', 'Olivia', 'Samuel', 'Chloe', 'Victor', 'Hannah', 'Tomás'];
const LAST_NAMES = ['Nguyen', 'Brooks', 'Okafor', 'Schmidt', 'Rossi', 'Kim', 'Lopez', 'Walsh', 'Bennett', 'Reyes', 'Foster', 'Chen',
  'Murphy', 'Novak', 'Sullivan', 'Hayes', 'Ortiz', 'Price', "D'Angelo", 'Lindqvist'];
const CONTACT_TITLES = ['Purchasing Manager', 'Operations Director', 'CFO', 'Facilities Manager', 'Procurement Lead', 'COO', 'IT Director'];
const PRODUCTS = ['Warehouse Shelving', 'Safety Gear Renewal', 'Fleet Tablets', 'Office Furniture', 'Packaging Supplies',
  'Annual Service Plan', 'Loading Dock Upgrade', 'Cleaning Supplies Contract', 'Forklift Lease', 'Break Room Refresh'];
const NEXT_STEPS = ['Send revised quote', 'Schedule demo with IT', 'Follow up on legal review', 'Book onsite visit',
  'Confirm budget with CFO', 'Share customer case study', 'Negotiate payment terms', 'Prepare final proposal'];
const OPEN_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
  'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review'];
const LATE_STAGES = OPEN_STAGES.slice(3);
const CASE_SUBJECTS = ['Shipment arrived damaged', 'Invoice shows the wrong amount', 'Cannot log in to the ordering portal',
  'Missing items in last order', 'Request for safety data sheets', 'Delivery is running late', 'Warranty claim for shelving',
  'Billing address change', 'Forklift needs maintenance', 'Wrong size gloves delivered', 'Question about volume discount',
  'Damaged pallet on arrival'];
const CASE_STATUSES = ['New', 'Working', 'Escalated', 'Closed'];
const CASE_PRIORITIES = ['High', 'Medium', 'Low'];
const CASE_ORIGINS = ['Phone', 'Email', 'Web'];

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function daysBetween(from: string, to: string): number {
  const utc = (d: string) => { const { year, month, day } = parseDate(d); return Date.UTC(year, month - 1, day); };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** An instant for a wall-clock time on a date in a time zone, as the API's ISO text. */
function at(date: string, hour: number, minute: number, timeZone: string): string {
  const { year, month, day } = parseDate(date);
  return new TZDate(year, month - 1, day, hour, minute, 0, timeZone).toISOString();
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

class Seeder {
  private readonly random = prng(20260301);
  readonly today: string;

  constructor(private readonly store: OrgStore, today: Date) {
    this.today = localDate(today.getTime(), ORG_TIME_ZONE);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** A date in [from, to] (or `from` when the range is empty). */
  dateIn(from: string, to: string): string {
    return addDays(from, this.int(0, Math.max(0, daysBetween(from, to))));
  }

  /** Quarter `offset` from the current one: first and last day. */
  quarter(offset: number): { start: string; end: string } {
    const { year, month } = parseDate(this.today);
    const first = month - ((month - 1) % 3) + 3 * offset;
    return { start: formatDate(year, first, 1), end: formatDate(year, first + 3, 0) };
  }

  /** The demo amounts: roughly log-uniform from 5k to 1.5M, rounded as a rep would quote them. */
  amount(): number {
    const raw = 5000 * 300 ** this.random();
    const step = raw < 100_000 ? 500 : 5000;
    return Math.round(raw / step) * step;
  }

  insert(type: string, fields: Record<string, unknown>, actingUserId: string, createdOn?: string): SObjectRecord {
    return this.store.insert(type, fields, {
      actingUserId, trusted: true, ...(createdOn ? { now: new Date(`${createdOn}T15:00:00.000Z`) } : {}),
    });
  }
}

function seedUsers(store: OrgStore): SObjectRecord[] {
  const records: SObjectRecord[] = [];
  for (const u of DEMO_USERS) {
    const manager = records[0];
    records.push(store.insert('User', {
      Username: u.username, FirstName: u.firstName, LastName: u.lastName, Email: u.username,
      Alias: (u.firstName.slice(0, 1) + u.lastName.slice(0, 4)).toLowerCase(), Title: u.title,
      TimeZoneSidKey: u.timeZone, LocaleSidKey: u.locale, LanguageLocaleKey: u.language, IsActive: true, ForecastEnabled: true,
      ...(manager && u.role === 'rep' ? { ManagerId: manager.Id } : {}),
    }, { trusted: true, ...(manager ? { actingUserId: manager.Id } : {}) }));
  }
  return records;
}

function seedCampaigns(s: Seeder, ownerId: string): SObjectRecord[] {
  const t = s.today;
  const campaigns = [
    { Name: 'Spring Launch', Type: 'Email', Status: 'In Progress', IsActive: true, StartDate: addDays(t, -30), EndDate: addDays(t, 45) },
    { Name: 'Customer Loyalty Webinars', Type: 'Webinar', Status: 'In Progress', IsActive: true, StartDate: addDays(t, -90), EndDate: addDays(t, 90) },
    { Name: 'Summer Trade Show', Type: 'Trade Show', Status: 'Planned', IsActive: true, StartDate: addDays(t, 60), EndDate: addDays(t, 63) },
    { Name: 'Fall Product Roadshow', Type: 'Conference', Status: 'Completed', IsActive: false, StartDate: addDays(t, -200), EndDate: addDays(t, -170) },
    { Name: 'Holiday Direct Mail', Type: 'Direct Mail', Status: 'Aborted', IsActive: false, StartDate: addDays(t, -300), EndDate: addDays(t, -280) },
  ];
  return campaigns.map((c) => s.insert('Campaign', {
    ...c, BudgetedCost: s.int(5, 40) * 1000, ActualCost: c.Status === 'Planned' ? null : s.int(3, 35) * 1000,
    ExpectedRevenue: s.int(10, 80) * 10_000,
  }, ownerId, addDays(c.StartDate < t ? c.StartDate : t, -14)));
}

function seedAccountsAndContacts(s: Seeder, users: SObjectRecord[]): { accounts: SObjectRecord[]; contacts: Map<string, SObjectRecord[]> } {
  const accounts: SObjectRecord[] = [];
  const contacts = new Map<string, SObjectRecord[]>();
  ACCOUNTS.forEach((a, i) => {
    const owner = users[i % users.length] as SObjectRecord;
    const account = s.insert('Account', {
      Name: a.name, Industry: a.industry, BillingCity: a.city, BillingState: a.state, BillingCountry: a.country ?? 'United States',
      Type: i % 4 === 3 ? 'Prospect' : 'Customer - Direct', AnnualRevenue: s.int(2, 900) * 1_000_000,
      Phone: `(555) 01${String(i).padStart(2, '0')}-${String(s.int(1000, 9999))}`, OwnerId: owner.Id,
    }, owner.Id, addDays(s.today, -s.int(400, 900)));
    accounts.push(account);
    const people = [0, 1].map(() => {
      const first = s.pick(FIRST_NAMES);
      const last = s.pick(LAST_NAMES);
      return s.insert('Contact', {
        FirstName: first, LastName: last, AccountId: account.Id, Title: s.pick(CONTACT_TITLES), OwnerId: owner.Id,
        Email: `${slug(first)}.${slug(last)}@${slug(a.name)}.example.com`, Phone: `(555) 02${String(i).padStart(2, '0')}-${String(s.int(1000, 9999))}`,
      }, owner.Id, addDays(s.today, -s.int(100, 400)));
    });
    contacts.set(account.Id, people);
  });
  return { accounts, contacts };
}

interface PlannedDeal { closeDate: string; stage: string; amount?: number }

/** Where each deal sits in time and stage; guarantees every stage, slipping deals and deals closing this month. */
function planDeals(s: Seeder): PlannedDeal[] {
  const deals: PlannedDeal[] = [];
  const closed = ['Closed Won', 'Closed Won', 'Closed Lost'];
  for (let q = -4; q <= -1; q++) {
    const { start, end } = s.quarter(q);
    for (let i = 0; i < 10; i++) deals.push({ closeDate: s.dateIn(start, end), stage: closed[i % 3] as string });
  }
  const current = s.quarter(0);
  for (let i = 0; i < 5; i++) {
    deals.push({ closeDate: s.dateIn(current.start, s.today), stage: closed[i % 3] as string });
  }
  const { year, month } = parseDate(s.today);
  const monthEnd = formatDate(year, month + 1, 0);
  // Closing this month: the biggest and the smallest deal of the org among them.
  [1_500_000, 5000, undefined, undefined, undefined].forEach((amount, i) => {
    deals.push({ closeDate: s.dateIn(s.today, monthEnd), stage: LATE_STAGES[i % LATE_STAGES.length] as string, ...(amount ? { amount } : {}) });
  });
  // Slipping: still open, close date already past.
  [2, 6, 13, 21, 34, 55].forEach((daysAgo, i) => deals.push({ closeDate: addDays(s.today, -daysAgo), stage: LATE_STAGES[(i + 2) % LATE_STAGES.length] as string }));
  for (let i = 0; i < 4; i++) deals.push({ closeDate: s.dateIn(s.today, current.end), stage: OPEN_STAGES[i + 4] as string });
  for (let q = 1; q <= 4; q++) {
    const { start, end } = s.quarter(q);
    // Later quarters lean to earlier stages, and every open stage appears in each quarter.
    for (let i = 0; i < 8; i++) deals.push({ closeDate: s.dateIn(start, end), stage: OPEN_STAGES[(i + 4 - q + 8) % 8] as string });
  }
  return deals;
}

/** The forecast category a rep sets on deals this far along (Salesforce leaves them all in Pipeline by default). */
const FORECAST_CALLS: Record<string, string> = { 'Negotiation/Review': 'Commit', 'Proposal/Price Quote': 'Best Case' };

function seedOpportunities(s: Seeder, users: SObjectRecord[], accounts: SObjectRecord[], campaigns: SObjectRecord[]): SObjectRecord[] {
  return planDeals(s).map((deal, i) => {
    const owner = users[i % users.length] as SObjectRecord;
    const account = accounts[(i * 7) % accounts.length] as SObjectRecord;
    const open = !deal.stage.startsWith('Closed');
    const campaign = i % 4 === 0 ? campaigns[(i / 4) % campaigns.length] : undefined;
    const createdOn = addDays(deal.closeDate < s.today ? deal.closeDate : s.today, -s.int(20, 120));
    return s.insert('Opportunity', {
      Name: `${String(account.Name)} - ${s.pick(PRODUCTS)}`, AccountId: account.Id, OwnerId: owner.Id,
      StageName: deal.stage, CloseDate: deal.closeDate, Amount: deal.amount ?? s.amount(),
      // Reps call their late deals: the stage alone forecasts every open deal as Pipeline.
      ...(open && FORECAST_CALLS[deal.stage] ? { ForecastCategoryName: FORECAST_CALLS[deal.stage] } : {}),
      NextStep: open ? s.pick(NEXT_STEPS) : null, Type: s.pick(['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Replacement']),
      LeadSource: s.pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Other']), ...(campaign ? { CampaignId: campaign.Id } : {}),
    }, owner.Id, createdOn);
  });
}

function seedLeadsAndMembers(s: Seeder, users: SObjectRecord[], campaigns: SObjectRecord[], contacts: Map<string, SObjectRecord[]>, won: SObjectRecord[]): void {
  const companies = ['Willow Creek Dairy', 'Ironwood Fitness', 'Bayside Marina', 'Highland Coffee Roasters', 'Prairie Wind Power',
    'Coastal Kitchens', 'Falcon Aviation Services', 'Greenleaf Landscaping', 'Union Square Dental', 'Tidewater Seafood'];
  companies.forEach((company, i) => {
    const owner = users[(i % (users.length - 1)) + 1] as SObjectRecord;
    const converted = i < 3 ? won[i] : undefined;
    const lead = s.insert('Lead', {
      FirstName: s.pick(FIRST_NAMES), LastName: s.pick(LAST_NAMES), Company: company, OwnerId: owner.Id,
      Status: converted ? 'Closed - Converted' : s.pick(['Open - Not Contacted', 'Working - Contacted', 'Closed - Not Converted']),
      LeadSource: s.pick(['Web', 'Phone Inquiry', 'Partner Referral']), Email: `info@${slug(company)}.example.com`,
      ...(converted ? { IsConverted: true, ConvertedOpportunityId: converted.Id } : {}),
    }, owner.Id, addDays(s.today, -s.int(10, 200)));
    const campaign = campaigns[i % 3] as SObjectRecord; // the three active campaigns
    s.insert('CampaignMember', { CampaignId: campaign.Id, LeadId: lead.Id, Status: i % 2 ? 'Responded' : 'Sent' }, owner.Id);
  });
  [...contacts.values()].flat().filter((_, i) => i % 5 === 0).forEach((contact, i) => {
    const campaign = campaigns[i % campaigns.length] as SObjectRecord;
    s.insert('CampaignMember', { CampaignId: campaign.Id, ContactId: contact.Id, Status: i % 3 ? 'Sent' : 'Responded' }, String(contact.OwnerId));
  });
}

function seedCases(s: Seeder, users: SObjectRecord[], accounts: SObjectRecord[], contacts: Map<string, SObjectRecord[]>): void {
  let n = 0;
  for (const status of CASE_STATUSES) {
    for (const priority of CASE_PRIORITIES) {
      for (let copy = 0; copy < 2; copy++, n++) {
        const account = accounts[(n * 5) % accounts.length] as SObjectRecord;
        const owner = users[n % users.length] as SObjectRecord;
        s.insert('Case', {
          Subject: CASE_SUBJECTS[n % CASE_SUBJECTS.length], Status: status, Priority: priority,
          Origin: CASE_ORIGINS[n % CASE_ORIGINS.length], AccountId: account.Id, ContactId: contacts.get(account.Id)?.[copy]?.Id ?? null,
          Description: 'Logged by the customer; see the account history for earlier orders.', OwnerId: owner.Id,
        }, owner.Id, addDays(s.today, -s.int(0, 60)));
      }
    }
  }
}

/** The weekly sales meeting (Mondays 9:00 New York, four weeks back to four ahead), customer meetings and an offsite. */
function seedEvents(s: Seeder, users: SObjectRecord[], opportunities: SObjectRecord[], contacts: Map<string, SObjectRecord[]>): void {
  const [manager, ...reps] = users as [SObjectRecord, ...SObjectRecord[]];
  const daysSinceMonday = (new Date(`${s.today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const thisMonday = addDays(s.today, -daysSinceMonday);
  for (let week = -4; week <= 4; week++) {
    const day = addDays(thisMonday, 7 * week);
    const meeting = s.insert('Event', {
      Subject: 'Weekly Sales Meeting', StartDateTime: at(day, 9, 0, ORG_TIME_ZONE), DurationInMinutes: 60,
      Location: 'Everest conference room', OwnerId: manager.Id, Description: 'Pipeline review and forecast call.',
    }, manager.Id);
    reps.forEach((rep, i) => {
      const status = day < s.today ? 'Accepted' : (['New', 'Accepted', 'Declined'][(i + week + 4) % 3] as string);
      s.insert('EventRelation', { EventId: meeting.Id, RelationId: rep.Id, IsInvitee: true, Status: status }, manager.Id);
    });
  }
  const open = opportunities.filter((o) => o.IsClosed === false);
  for (let i = 0; i < 12; i++) {
    const deal = open[(i * 3) % open.length] as SObjectRecord;
    const owner = users.find((u) => u.Id === deal.OwnerId) as SObjectRecord;
    const contact = contacts.get(String(deal.AccountId))?.[i % 2];
    const day = addDays(s.today, s.int(-10, 14));
    const event = s.insert('Event', {
      Subject: s.pick(['Product demo', 'Pricing call', 'Contract review', 'Site visit']), WhatId: deal.Id, WhoId: contact?.Id ?? null,
      StartDateTime: at(day, s.int(9, 16), s.pick([0, 30]), String(owner.TimeZoneSidKey)), DurationInMinutes: s.pick([30, 45, 60]),
      OwnerId: owner.Id,
    }, owner.Id);
    if (contact) s.insert('EventRelation', { EventId: event.Id, RelationId: contact.Id, IsInvitee: true, Status: 'Accepted' }, owner.Id);
  }
  s.insert('Event', { Subject: 'Sales team offsite', IsAllDayEvent: true, ActivityDate: addDays(s.today, 10), OwnerId: manager.Id }, manager.Id);
}

/**
 * "What's my day": meetings and tasks for today and this week, on each user's own calendar day (their time zone).
 * Maria's pipeline review invites James (accepted) and Priya (declined); James's Northwind call invites Maria. Open
 * tasks due today, overdue and later this week, and a completed one that no longer counts. Lena has no meeting today.
 * Added after every other record, so the ids and random draws of the rest of the demo data do not change.
 */
function seedMyDay(s: Seeder, users: SObjectRecord[], now: Date): void {
  const [maria, james, priya, oliver, lena] = users as [SObjectRecord, SObjectRecord, SObjectRecord, SObjectRecord, SObjectRecord];
  const zone = (u: SObjectRecord) => String(u.TimeZoneSidKey);
  const day = (u: SObjectRecord, offset: number) => addDays(localDate(now.getTime(), zone(u)), offset);
  const meeting = (owner: SObjectRecord, subject: string, hour: number, minute: number, minutes: number, invited: [SObjectRecord, string][] = []) => {
    const event = s.insert('Event', {
      Subject: subject, StartDateTime: at(day(owner, 0), hour, minute, zone(owner)), DurationInMinutes: minutes, OwnerId: owner.Id,
    }, owner.Id);
    for (const [user, status] of invited) s.insert('EventRelation', { EventId: event.Id, RelationId: user.Id, IsInvitee: true, Status: status }, owner.Id);
  };
  meeting(maria, 'Pipeline review', 10, 0, 60, [[james, 'Accepted'], [priya, 'Declined']]);
  meeting(james, 'Pricing call with Northwind Traders', 11, 30, 30, [[maria, 'Accepted']]);
  meeting(maria, 'Forecast call with finance', 14, 30, 45);
  meeting(priya, 'Product demo for Redwood Analytics', 13, 0, 60);
  meeting(oliver, 'Contract review with Silver Creek Bank', 15, 0, 45);
  const task = (owner: SObjectRecord, subject: string, offset: number, fields: Record<string, unknown> = {}) =>
    s.insert('Task', { Subject: subject, ActivityDate: day(owner, offset), OwnerId: owner.Id, ...fields }, owner.Id);
  task(maria, 'Approve the Globex discount', 0, { Priority: 'High' });
  task(maria, 'Review the territory plan', 0);
  task(maria, 'Call back the Northwind CFO', -2);
  task(maria, 'Send the board forecast', 2);
  task(maria, 'Sign off expense reports', 0, { Status: 'Completed' });
  task(james, 'Send the revised quote to Acme Logistics', 0, { Status: 'In Progress' });
  task(james, 'Follow up with Harbor View Hotels', -3);
  task(james, 'Prepare the Granite State demo', 1);
  task(priya, 'Update the Redwood Analytics proposal', 0);
  task(oliver, 'Chase the Silver Creek contract', -1);
  task(lena, 'Book the Copper Canyon site visit', 3);
}

/**
 * Quarterly quotas (Opportunity Revenue), the same every quarter: each rep's own number, and the manager's the sum of
 * her reps' (the team's number). With the demo deals, this quarter's closed-won puts Lena and the team above 100%
 * and James, Priya and Oliver below.
 */
export const DEMO_QUARTERLY_QUOTAS: Readonly<Record<string, number>> = {
  'maria.manager@summitpeak.demo': 1_750_000,
  'james.rep@summitpeak.demo': 400_000,
  'priya.rep@summitpeak.demo': 450_000,
  'oliver.rep@summitpeak.demo': 350_000,
  'lena.rep@summitpeak.demo': 550_000,
};

/**
 * The org's standard fiscal years around the demo data (periods for whole years, as Setup keeps them), one active
 * forecast type, and a quota per demo user for every forecast period from four quarters back to four ahead.
 */
function seedForecasting(s: Seeder, store: OrgStore, users: SObjectRecord[]): void {
  const org = store.organization();
  const [manager] = users as [SObjectRecord];
  const from = s.quarter(-4).start;
  const to = s.quarter(4).end;
  for (const year of standardFiscalYears(Number(org.FiscalYearStartMonth ?? 1), org.UsesStartDateAsFiscalYearName === true, from, to)) {
    const settings = s.insert('FiscalYearSettings', year.settings, manager.Id);
    for (const period of year.periods) s.insert('Period', { ...period, FiscalYearSettingsId: settings.Id }, manager.Id);
  }
  // An org without Collaborative Forecasts has its fiscal calendar but no forecast types, quotas or forecast items.
  if (!store.objects().some((d) => d.name === 'ForecastingType')) return;
  const type = s.insert('ForecastingType', {
    DeveloperName: 'OpportunityRevenue', MasterLabel: 'Opportunity Revenue', Language: 'en_US', IsActive: true, IsAmount: true,
    IsQuantity: false, CanDisplayQuotas: true, HasAdjustments: false, HasOwnerAdjustments: false, HasProductFamily: false,
    DateType: 'OpportunityCloseDate', RoleType: 'R', LastActivatedDate: `${addDays(s.today, -400)}T15:00:00.000Z`,
  }, manager.Id, addDays(s.today, -400));
  const quarters = store.all('Period').filter((p) => p.IsForecastPeriod === true && String(p.EndDate) >= from && String(p.StartDate) <= to);
  for (const quarter of quarters) {
    const start = String(quarter.StartDate);
    const setOn = addDays(start, -14) < s.today ? addDays(start, -14) : s.today;
    for (const user of users) {
      s.insert('ForecastingQuota', {
        QuotaOwnerId: user.Id, ForecastingTypeId: type.Id, StartDate: start, QuotaAmount: DEMO_QUARTERLY_QUOTAS[String(user.Username)] ?? null,
      }, manager.Id, setOn);
    }
  }
}

/**
 * Einstein's insights on the open deals (schema.ts, OpportunityInsight): for each owner, on their biggest open deal a
 * prediction that it is unlikely to close in time, on the second a prediction that it is trending well, on the third
 * a reminder that the prospect has not responded; on their first deal past its close date, that it is overdue.
 * Deterministic from the deals alone (no random draws). The titles are this org's wording [unsure: Salesforce's].
 */
function seedInsights(s: Seeder, store: OrgStore, users: SObjectRecord[]): void {
  const [manager] = users as [SObjectRecord];
  const open = store.all('Opportunity').filter((o) => o.IsClosed !== true);
  const insight = (o: SObjectRecord, fields: Record<string, unknown>) =>
    s.insert('OpportunityInsight', { OpportunityId: o.Id, Name: fields.Title, ...fields }, manager.Id, addDays(s.today, -2));
  for (const user of users) {
    const own = open.filter((o) => o.OwnerId === user.Id);
    const biggest = [...own].sort((a, b) => Number(b.Amount ?? 0) - Number(a.Amount ?? 0) || a.Id.localeCompare(b.Id));
    const [first, second, third] = biggest;
    if (first) insight(first, { Type: 'DealPrediction', TrendType: 'Negative', Title: 'The deal is unlikely to close in time.', Reason: 'UnlikelyToCloseInTime', CloseDate: `${String(first.CloseDate)}T00:00:00.000Z` });
    if (second) insight(second, { Type: 'DealPrediction', TrendType: 'Positive', Title: 'The deal is trending positively.', Reason: 'TrendingPositively' });
    if (third) {
      insight(third, {
        Type: 'FollowUpReminder', TrendType: 'Negative', Title: 'The prospect hasn’t responded in 12 days.', Reason: 'ProspectNotResponded',
        ActualHeardWithinDays: 12, ExpectedHeardWithinDays: 5, LastHeard: `${addDays(s.today, -12)}T15:00:00.000Z`,
      });
    }
    const overdue = [...own].filter((o) => String(o.CloseDate) < s.today).sort((a, b) => String(a.CloseDate).localeCompare(String(b.CloseDate)) || a.Id.localeCompare(b.Id))[0];
    if (overdue) insight(overdue, { Type: 'KeyMoment', TrendType: 'Negative', Title: 'The opportunity is overdue.', Reason: 'Overdue', CloseDate: `${String(overdue.CloseDate)}T00:00:00.000Z` });
  }
}

/**
 * Einstein Opportunity Scoring (schema.ts, ScoreIntelligence): a score from 1 to 99 on every open deal, led by its
 * stage's probability and spread by the deal's id, so deals at one stage differ. Deterministic (no random draws).
 */
function seedScores(s: Seeder, store: OrgStore, manager: SObjectRecord): void {
  const spread = (id: string) => [...id].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 9973, 7) % 31;
  for (const o of store.all('Opportunity').filter((d) => d.IsClosed !== true)) {
    const score = Math.min(99, Math.max(1, Math.round(Number(o.Probability ?? 10) * 0.7) + spread(o.Id)));
    s.insert('ScoreIntelligence', { BaseId: o.Id, Score: score }, manager.Id, addDays(s.today, -1));
  }
}

/**
 * A few changes the reps made to their open deals, as OpportunityFieldHistory rows (the org writes such rows itself
 * for changes through the API): within the last day a stage moved on, an amount went up and a close date was pushed,
 * and three days ago an amount went down. The deals keep their values; the rows say what they were before.
 */
function seedFieldHistory(store: OrgStore, users: SObjectRecord[], opportunities: SObjectRecord[], now: Date): void {
  const today = localDate(now.getTime(), ORG_TIME_ZONE);
  const openDeal = (owner: SObjectRecord, skip = 0) => opportunities
    .map((o) => store.get('Opportunity', o.Id)!)
    .filter((o) => o.OwnerId === owner.Id && o.IsClosed === false && String(o.CloseDate) > today && typeof o.Amount === 'number')[skip];
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const stages = STANDARD_STAGES.map((stage) => stage.label);
  const changes: { owner: SObjectRecord | undefined; hours: number; field: string; old: (deal: SObjectRecord) => unknown }[] = [
    { owner: users[1], hours: 3, field: 'StageName', old: (d) => stages[Math.max(0, stages.indexOf(String(d.StageName)) - 1)] },
    { owner: users[2], hours: 5, field: 'Amount', old: (d) => Math.round(Number(d.Amount) * 0.8 / 500) * 500 },
    { owner: users[3], hours: 20, field: 'CloseDate', old: (d) => addDays(String(d.CloseDate), -14) },
    { owner: users[4], hours: 72, field: 'Amount', old: (d) => Math.round(Number(d.Amount) * 1.25 / 500) * 500 },
  ];
  for (const { owner, hours, field, old } of changes) {
    const deal = owner && openDeal(owner);
    if (!owner || !deal) continue;
    store.insert('OpportunityFieldHistory', {
      OpportunityId: deal.Id, Field: field, DataType: TRACKED_OPPORTUNITY_FIELDS[field], OldValue: old(deal), NewValue: deal[field],
    }, { trusted: true, actingUserId: owner.Id, now: hoursAgo(hours) });
  }
}

export function seedDemoOrg(store: OrgStore, today: Date): SeededOrg {
  const org = store.organization();
  store.update('Organization', org.Id, {
    Name: 'Summit Peak Supplies', TimeZoneSidKey: ORG_TIME_ZONE, DefaultLocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US',
    FiscalYearStartMonth: 1, DefaultCurrencyIsoCode: 'USD',
  }, { trusted: true });
  const s = new Seeder(store, today);
  const users = seedUsers(store);
  const manager = users[0] as SObjectRecord;
  const campaigns = seedCampaigns(s, manager.Id);
  const { accounts, contacts } = seedAccountsAndContacts(s, users);
  const opportunities = seedOpportunities(s, users, accounts, campaigns);
  seedLeadsAndMembers(s, users, campaigns, contacts, opportunities.filter((o) => o.IsWon === true));
  seedCases(s, users, accounts, contacts);
  seedEvents(s, users, opportunities, contacts);
  seedForecasting(s, store, users);
  seedMyDay(s, users, today);
  seedFieldHistory(store, users, opportunities, today); // last: the rows above keep their ids and random values
  // Last, so that the records and random draws before it are the same with or without Einstein.
  if (store.objects().some((d) => d.name === 'OpportunityInsight')) seedInsights(s, store, users);
  if (store.objects().some((d) => d.name === 'ScoreIntelligence')) seedScores(s, store, manager);
  return {
    users: DEMO_USERS.map((u, i) => ({
      id: (users[i] as SObjectRecord).Id, username: u.username, password: u.password, name: `${u.firstName} ${u.lastName}`, role: u.role,
    })),
  };
}
