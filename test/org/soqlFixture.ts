/** A small org for the SOQL tests: two users, three accounts, a handful of opportunities, contacts, a case, events. */
import { executeSoql } from '../../local/org/soql';
import { createStore } from '../../local/org/store';
import type { OrgStore, QueryContext, QueryResult } from '../../local/org/types';

export const NOW = new Date('2026-03-11T10:00:00.000Z'); // a Wednesday

type Named = 'bob' | 'ada' | 'acme' | 'globex' | 'initech' | 'rocket' | 'anvil' | 'magnet' | 'printer' | 'orphan'
  | 'wile' | 'road' | 'case' | 'demo' | 'review' | 'invite';

export interface Fixture {
  store: OrgStore;
  ids: Record<Named, string>;
  ctx: QueryContext;
  query(soql: string, ctx?: Partial<QueryContext>): QueryResult;
  /** The values of one key across the records. */
  column(soql: string, key: string, ctx?: Partial<QueryContext>): unknown[];
}

export function fixture(): Fixture {
  const store = createStore({ clock: () => NOW });
  const user = (Username: string, FirstName: string, LastName: string, TimeZoneSidKey: string, extra: Record<string, unknown> = {}) =>
    store.insert('User', { Username, FirstName, LastName, Email: Username, Alias: FirstName.slice(0, 5), TimeZoneSidKey, LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US',
      ForecastEnabled: true, ...extra }).Id;
  const bob = user('bob@example.com', 'Bob', 'Boss', 'America/New_York');
  const ada = user('ada@example.com', 'Ada', 'Lovelace', 'Europe/Berlin', { ManagerId: bob, Title: 'Account Executive' });
  const as = { actingUserId: ada };
  const acme = store.insert('Account', { Name: 'Acme', Industry: 'Technology', AnnualRevenue: 5_000_000, BillingCity: 'Berlin' }, as).Id;
  const globex = store.insert('Account', { Name: 'globex', BillingCity: 'Springfield', OwnerId: bob }, as).Id;
  const initech = store.insert('Account', { Name: 'Initech', Industry: 'Banking', ParentId: acme }, as).Id;
  const opp = (Name: string, StageName: string, Amount: number | null, CloseDate: string, extra: Record<string, unknown> = {}) =>
    store.insert('Opportunity', { Name, StageName, Amount, CloseDate, ...extra }, as).Id;
  const rocket = opp('Rocket skates', 'Negotiation/Review', 250_000, '2026-03-20', { AccountId: acme });
  const anvil = opp('Anvil bulk order', 'Closed Won', 120_000, '2026-02-10', { AccountId: acme });
  const magnet = opp('Giant magnet', 'Prospecting', null, '2026-04-15', { AccountId: globex, OwnerId: bob });
  const printer = opp('Printer fleet', 'Closed Lost', 40_000, '2026-01-05', { AccountId: initech });
  const orphan = opp('No account deal', 'Qualification', 10_000, '2026-03-11');
  const wile = store.insert('Contact', { FirstName: 'Wile', LastName: 'Coyote', AccountId: acme, Email: 'wile@acme.test' }, as).Id;
  const road = store.insert('Contact', { FirstName: 'Road', LastName: 'Runner', AccountId: acme }, as).Id;
  const caseId = store.insert('Case', { Subject: 'Skates too fast', AccountId: acme, ContactId: wile, Priority: 'High' }, as).Id;
  const demo = store.insert('Event', { Subject: 'Demo', WhatId: rocket, WhoId: wile, StartDateTime: '2026-03-12T09:00:00Z', DurationInMinutes: 60 }, as).Id;
  const review = store.insert('Event', { Subject: 'Case review', WhatId: caseId, StartDateTime: '2026-03-13T15:00:00Z', DurationInMinutes: 30 }, as).Id;
  const invite = store.insert('EventRelation', { EventId: demo, RelationId: bob, Status: 'Accepted' }, as).Id;
  const ids = { bob, ada, acme, globex, initech, rocket, anvil, magnet, printer, orphan, wile, road, case: caseId, demo, review, invite };
  const ctx: QueryContext = { userId: ada, timeZone: 'Europe/Berlin', locale: 'de_DE', now: NOW, fiscalYearStartMonth: 1 };
  const query = (soql: string, overrides: Partial<QueryContext> = {}) => executeSoql(soql, store, { ...ctx, ...overrides });
  return { store, ids, ctx, query, column: (soql, key, overrides) => query(soql, overrides).records.map((record) => record[key]) };
}
