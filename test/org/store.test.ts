import { expect } from 'chai';
import { createStore } from '../../local/org/store';
import { SalesforceError, type OrgStore } from '../../local/org/types';

const T0 = new Date('2026-03-10T09:00:00.000Z');

function expectError(action: () => unknown, errorCode: string, status = 400): SalesforceError {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(SalesforceError);
    const sfError = error as SalesforceError;
    expect(sfError.errorCode, sfError.message).to.equal(errorCode);
    expect(sfError.status).to.equal(status);
    return sfError;
  }
  throw new Error(`expected ${errorCode}`);
}

function newOrg(organization: Record<string, unknown> = {}): { store: OrgStore; userId: string } {
  const store = createStore({ clock: () => T0, organization });
  const userId = store.insert('User', {
    Username: 'ada@example.com', FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@example.com', Alias: 'ada',
    TimeZoneSidKey: 'Europe/Berlin', LocaleSidKey: 'de_DE', LanguageLocaleKey: 'en_US',
  }).Id;
  return { store, userId };
}

const opportunity = { Name: 'Big deal', StageName: 'Prospecting', CloseDate: '2026-05-15', Amount: 1000 };

describe('org store', () => {
  describe('setup', () => {
    it('has one Organization row with the defaults and the options over them', () => {
      const { store } = newOrg({ FiscalYearStartMonth: 4 });
      expect(store.all('Organization')).to.have.length(1);
      expect(store.organization()).to.include({ FiscalYearStartMonth: 4, DefaultLocaleSidKey: 'en_US', UsesStartDateAsFiscalYearName: false });
      expect(store.organization().Id.startsWith('00D')).to.equal(true);
    });

    it('has the standard opportunity stages', () => {
      const { store } = newOrg();
      const won = store.all('OpportunityStage').find((row) => row.ApiName === 'Closed Won');
      expect(won).to.include({ IsClosed: true, IsWon: true, DefaultProbability: 100, ForecastCategoryName: 'Closed', ForecastCategory: 'Closed' });
      expect(store.all('OpportunityStage')).to.have.length(10);
    });

    it('answers NOT_FOUND for an unknown object, and describes case-insensitively', () => {
      const { store } = newOrg();
      expectError(() => store.describe('Foo'), 'NOT_FOUND', 404);
      expect(store.describe('opportunity').name).to.equal('Opportunity');
    });
  });

  describe('insert', () => {
    it('assigns an 18-character id with the key prefix, audit fields from the clock and the acting user', () => {
      const { store, userId } = newOrg();
      const other = store.insert('User', { Username: 'bob@example.com', LastName: 'Bob', Email: 'bob@example.com', Alias: 'bob', TimeZoneSidKey: 'GMT', LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US' }).Id;
      const later = new Date('2026-03-11T10:00:00.000Z');
      const account = store.insert('Account', { Name: 'Acme' }, { actingUserId: other, now: later });
      expect(account.Id).to.match(/^001[a-zA-Z0-9]{15}$/);
      expect(account).to.include({ CreatedById: other, LastModifiedById: other, OwnerId: other, IsDeleted: false });
      expect(account).to.include({ CreatedDate: '2026-03-11T10:00:00.000Z', LastModifiedDate: '2026-03-11T10:00:00.000Z', SystemModstamp: '2026-03-11T10:00:00.000Z' });
      const byDefault = store.insert('Account', { Name: 'Globex' });
      expect(byDefault).to.include({ CreatedById: userId, OwnerId: userId, CreatedDate: T0.toISOString() });
      expect(byDefault.Id).to.not.equal(account.Id);
    });

    it('finds records by 15- or 18-character id, in any case for the 18', () => {
      const { store } = newOrg();
      const id = store.insert('Account', { Name: 'Acme' }).Id;
      expect(store.get('Account', id.slice(0, 15))?.Name).to.equal('Acme');
      expect(store.get('Account', id.toLowerCase())?.Name).to.equal('Acme');
      expect(store.get('Contact', id)).to.equal(undefined);
      expect(store.get('Account', 'garbage')).to.equal(undefined);
    });

    it('accepts field names in any case and stores them under the API name', () => {
      const { store } = newOrg();
      const account = store.insert('Account', { name: 'Acme', billingcity: 'Berlin' });
      expect(account).to.include({ Name: 'Acme', BillingCity: 'Berlin' });
      expect(account).to.not.have.property('name');
    });

    it('reports every missing required field', () => {
      const { store } = newOrg();
      const error = expectError(() => store.insert('Opportunity', { Name: 'x' }), 'REQUIRED_FIELD_MISSING');
      expect(error.message).to.equal('Required fields are missing: [StageName, CloseDate]');
      expect(error.fields).to.deep.equal(['StageName', 'CloseDate']);
    });

    it('rejects an unknown field', () => {
      const { store } = newOrg();
      const error = expectError(() => store.insert('Case', { Subject: 'x', Foo: 1 }), 'INVALID_FIELD');
      expect(error.message).to.equal("No such column 'Foo' on sobject of type Case");
    });

    it('rejects read-only fields unless the write is trusted', () => {
      const { store } = newOrg();
      const error = expectError(() => store.insert('Opportunity', { ...opportunity, IsWon: true, CreatedDate: '2020-01-01T00:00:00Z' }), 'INVALID_FIELD_FOR_INSERT_UPDATE');
      expect(error.fields).to.deep.equal(['IsWon', 'CreatedDate']);
      expect(error.message).to.match(/^Unable to create\/update fields: IsWon, CreatedDate\. Please check the security settings/);
      const seeded = store.insert('Opportunity', { ...opportunity, CreatedDate: '2020-01-01T00:00:00Z', IsWon: true }, { trusted: true });
      expect(seeded.CreatedDate).to.equal('2020-01-01T00:00:00.000Z');
      expect(seeded.IsWon, 'derived fields stay derived').to.equal(false);
    });

    it('rejects values of the wrong JSON type', () => {
      const { store } = newOrg();
      const error = expectError(() => store.insert('Opportunity', { ...opportunity, Amount: 'lots' }), 'JSON_PARSER_ERROR');
      expect(error.message).to.match(/^Cannot deserialize instance of currency from VALUE_STRING value lots/);
      expectError(() => store.insert('Opportunity', { ...opportunity, CloseDate: '2026-02-30' }), 'JSON_PARSER_ERROR');
      expectError(() => store.insert('Event', { Subject: 'x', StartDateTime: 'tomorrow', DurationInMinutes: 30 }), 'JSON_PARSER_ERROR');
      expectError(() => store.insert('Event', { Subject: 'x', StartDateTime: '2026-03-11T10:00:00Z', DurationInMinutes: 1.5 }), 'JSON_PARSER_ERROR');
      expectError(() => store.insert('Event', { Subject: 'x', StartDateTime: '2026-03-11T10:00:00Z', DurationInMinutes: 30, IsAllDayEvent: 'yes' }), 'JSON_PARSER_ERROR');
      expectError(() => store.insert('Account', { Name: { first: 'x' } }), 'JSON_PARSER_ERROR');
    });

    it('converts numeric strings, normalises datetimes to UTC and empty strings to null', () => {
      const { store } = newOrg();
      const opp = store.insert('Opportunity', { ...opportunity, Amount: '2500.5', NextStep: '' });
      expect(opp.Amount).to.equal(2500.5);
      expect(opp.NextStep).to.equal(null);
      const event = store.insert('Event', { Subject: 'Call', StartDateTime: '2026-03-11T10:00:00+02:00', DurationInMinutes: 30 });
      expect(event.StartDateTime).to.equal('2026-03-11T08:00:00.000Z');
      const compact = store.insert('Event', { Subject: 'Call', StartDateTime: '2026-03-11T10:00:00.000+0000', DurationInMinutes: 30 });
      expect(compact.StartDateTime).to.equal('2026-03-11T10:00:00.000Z');
    });

    it('enforces restricted picklists but lets other picklists take new values', () => {
      const { store } = newOrg();
      const error = expectError(() => store.insert('Opportunity', { ...opportunity, ForecastCategoryName: 'Maybe' }), 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
      expect(error.message).to.equal('Forecast Category: bad value for restricted picklist field: Maybe');
      expect(error.fields).to.deep.equal(['ForecastCategoryName']);
      expect(store.insert('Case', { Subject: 'x', Origin: 'Carrier pigeon' }).Origin).to.equal('Carrier pigeon');
    });

    it('checks string length and email format', () => {
      const { store } = newOrg();
      expectError(() => store.insert('Opportunity', { ...opportunity, Name: 'x'.repeat(121) }), 'STRING_TOO_LONG');
      const error = expectError(() => store.insert('Contact', { LastName: 'x', Email: 'not-an-email' }), 'INVALID_EMAIL_ADDRESS');
      expect(error.fields).to.deep.equal(['Email']);
    });

    it('checks ids in reference fields: shape, object type, existence', () => {
      const { store, userId } = newOrg();
      const malformed = expectError(() => store.insert('Opportunity', { ...opportunity, AccountId: 'abc' }), 'MALFORMED_ID');
      expect(malformed.message).to.equal('Account ID: id value of incorrect type: abc');
      expect(malformed.fields).to.deep.equal(['AccountId']);
      expectError(() => store.insert('Opportunity', { ...opportunity, AccountId: userId }), 'FIELD_INTEGRITY_EXCEPTION');
      expectError(() => store.insert('Opportunity', { ...opportunity, AccountId: '001000000000000AAA' }), 'INVALID_CROSS_REFERENCE_KEY');
      const account = store.insert('Account', { Name: 'Acme' }).Id;
      expect(store.insert('Opportunity', { ...opportunity, AccountId: account.slice(0, 15) }).AccountId, 'stored as 18').to.equal(account);
    });

    it('freezes stored records', () => {
      const { store } = newOrg();
      const account = store.insert('Account', { Name: 'Acme' });
      expect(() => { (account as Record<string, unknown>).Name = 'x'; }).to.throw(TypeError);
    });
  });

  describe('update', () => {
    it('changes only the given fields and moves LastModifiedDate, not CreatedDate', () => {
      const { store } = newOrg();
      const created = store.insert('Account', { Name: 'Acme', BillingCity: 'Berlin' });
      const later = new Date('2026-03-12T00:00:00.000Z');
      const updated = store.update('Account', created.Id, { Phone: '123' }, { now: later });
      expect(updated).to.include({ Name: 'Acme', BillingCity: 'Berlin', Phone: '123', CreatedDate: T0.toISOString(), LastModifiedDate: later.toISOString() });
      expect(store.get('Account', created.Id)).to.equal(updated);
      expect(store.all('Account')).to.have.length(1);
    });

    it('answers NOT_FOUND for an unknown id, and refuses non-updateable fields and clearing required ones', () => {
      const { store } = newOrg();
      expectError(() => store.update('Account', '001000000000000AAA', { Name: 'x' }), 'NOT_FOUND', 404);
      const opp = store.insert('Opportunity', opportunity);
      expectError(() => store.update('Opportunity', opp.Id, { IsClosed: true }), 'INVALID_FIELD_FOR_INSERT_UPDATE');
      expectError(() => store.update('Opportunity', opp.Id, { StageName: null }), 'REQUIRED_FIELD_MISSING');
    });
  });

  describe('derived fields', () => {
    it('Name of users, contacts and leads is first name and last name', () => {
      const { store } = newOrg();
      expect(store.insert('Contact', { FirstName: 'Grace', LastName: 'Hopper' }).Name).to.equal('Grace Hopper');
      expect(store.insert('Lead', { LastName: 'Turing', Company: 'Bletchley' }).Name).to.equal('Turing');
      const lead = store.all('Lead')[0];
      expect(store.update('Lead', lead!.Id, { FirstName: 'Alan' }).Name).to.equal('Alan Turing');
    });

    it('opportunity flags, probability and forecast follow the stage', () => {
      const { store } = newOrg();
      const open = store.insert('Opportunity', { ...opportunity, StageName: 'Negotiation/Review' });
      expect(open).to.include({ IsClosed: false, IsWon: false, Probability: 90, ForecastCategoryName: 'Pipeline', ForecastCategory: 'Pipeline', ExpectedRevenue: 900 });
      const won = store.update('Opportunity', open.Id, { StageName: 'Closed Won' });
      expect(won).to.include({ IsClosed: true, IsWon: true, Probability: 100, ForecastCategoryName: 'Closed', ForecastCategory: 'Closed' });
      const lost = store.update('Opportunity', open.Id, { StageName: 'Closed Lost' });
      expect(lost).to.include({ IsClosed: true, IsWon: false, Probability: 0, ForecastCategoryName: 'Omitted' });
    });

    it('keeps an explicit probability and forecast category on an open stage', () => {
      const { store } = newOrg();
      const opp = store.insert('Opportunity', { ...opportunity, Probability: 35, ForecastCategoryName: 'Commit' });
      expect(opp).to.include({ Probability: 35, ForecastCategoryName: 'Commit', ForecastCategory: 'Forecast' });
      expect(store.update('Opportunity', opp.Id, { Amount: 2000 })).to.include({ Probability: 35, ForecastCategoryName: 'Commit', ExpectedRevenue: 700 });
    });

    it('accepts a stage the org does not define and counts it as open', () => {
      const { store } = newOrg();
      expect(store.insert('Opportunity', { ...opportunity, StageName: 'Dreaming' })).to.include({ IsClosed: false, IsWon: false, Probability: null });
    });

    it('fiscal year and quarter follow the org fiscal year, named by its ending year', () => {
      const calendar = newOrg().store.insert('Opportunity', { ...opportunity, CloseDate: '2026-05-15' });
      expect(calendar).to.include({ FiscalYear: 2026, FiscalQuarter: 2 });
      const april = newOrg({ FiscalYearStartMonth: 4 }).store;
      expect(april.insert('Opportunity', { ...opportunity, CloseDate: '2026-05-15' })).to.include({ FiscalYear: 2027, FiscalQuarter: 1 });
      expect(april.insert('Opportunity', { ...opportunity, CloseDate: '2026-03-31' })).to.include({ FiscalYear: 2026, FiscalQuarter: 4 });
      const byStart = newOrg({ FiscalYearStartMonth: 4, UsesStartDateAsFiscalYearName: true }).store;
      expect(byStart.insert('Opportunity', { ...opportunity, CloseDate: '2026-05-15' }).FiscalYear).to.equal(2026);
    });

    it('case numbers count up from 00001001; IsClosed and ClosedDate follow the status', () => {
      const { store } = newOrg();
      const first = store.insert('Case', { Subject: 'Broken' });
      const second = store.insert('Case', { Subject: 'Also broken' });
      expect(first).to.include({ CaseNumber: '00001001', Status: 'New', Priority: 'Medium', IsClosed: false, ClosedDate: null });
      expect(second.CaseNumber).to.equal('00001002');
      const closedAt = new Date('2026-03-12T08:00:00.000Z');
      expect(store.update('Case', first.Id, { Status: 'Closed' }, { now: closedAt })).to.include({ IsClosed: true, ClosedDate: closedAt.toISOString() });
      expect(store.update('Case', first.Id, { Status: 'Working' })).to.include({ IsClosed: false, ClosedDate: null });
      expectError(() => store.insert('Case', { CaseNumber: '1' }), 'INVALID_FIELD_FOR_INSERT_UPDATE');
    });

    it('event end and duration derive from each other; ActivityDate is the start date in the owner time zone', () => {
      const { store } = newOrg(); // owner in Europe/Berlin
      const event = store.insert('Event', { Subject: 'Late call', StartDateTime: '2026-03-11T23:30:00Z', DurationInMinutes: 45 });
      expect(event).to.include({ EndDateTime: '2026-03-12T00:15:00.000Z', ActivityDateTime: '2026-03-11T23:30:00.000Z', ActivityDate: '2026-03-12' });
      const byEnd = store.insert('Event', { Subject: 'Meeting', StartDateTime: '2026-03-11T10:00:00Z', EndDateTime: '2026-03-11T11:30:00Z' });
      expect(byEnd.DurationInMinutes).to.equal(90);
      const moved = store.update('Event', byEnd.Id, { StartDateTime: '2026-03-11T12:00:00Z' });
      expect(moved).to.include({ DurationInMinutes: 90, EndDateTime: '2026-03-11T13:30:00.000Z' });
      expectError(() => store.insert('Event', { Subject: 'x', StartDateTime: '2026-03-11T10:00:00Z' }), 'REQUIRED_FIELD_MISSING');
      expectError(() => store.insert('Event', { Subject: 'x', DurationInMinutes: 10 }), 'REQUIRED_FIELD_MISSING');
    });

    it('all-day events span whole days from 00:00 GMT', () => {
      const { store } = newOrg();
      const event = store.insert('Event', { Subject: 'Offsite', IsAllDayEvent: true, ActivityDate: '2026-03-20' });
      expect(event).to.include({ StartDateTime: '2026-03-20T00:00:00.000Z', DurationInMinutes: 1440, EndDateTime: '2026-03-21T00:00:00.000Z' });
    });

    it('event relations default to a new invitation and record when it was answered', () => {
      const { store, userId } = newOrg();
      const event = store.insert('Event', { Subject: 'Meeting', StartDateTime: '2026-03-11T10:00:00Z', DurationInMinutes: 30 });
      const relation = store.insert('EventRelation', { EventId: event.Id, RelationId: userId });
      expect(relation).to.include({ Status: 'New', IsInvitee: true, IsParent: false, RespondedDate: null });
      const answeredAt = new Date('2026-03-10T12:00:00.000Z');
      expect(store.update('EventRelation', relation.Id, { Status: 'Accepted' }, { now: answeredAt }).RespondedDate).to.equal(answeredAt.toISOString());
    });

    it('campaign statistics roll up from opportunities and members', () => {
      const { store } = newOrg();
      const campaign = store.insert('Campaign', { Name: 'Spring' }).Id;
      expect(store.get('Campaign', campaign)).to.include({ NumberOfOpportunities: 0, AmountWonOpportunities: 0 });
      const opp = store.insert('Opportunity', { ...opportunity, CampaignId: campaign, Amount: 100 });
      store.insert('Opportunity', { ...opportunity, CampaignId: campaign, Amount: 50, StageName: 'Closed Won' });
      const lead = store.insert('Lead', { LastName: 'L', Company: 'C' }).Id;
      store.insert('CampaignMember', { CampaignId: campaign, LeadId: lead });
      store.insert('CampaignMember', { CampaignId: campaign, ContactId: store.insert('Contact', { LastName: 'C' }).Id });
      expect(store.get('Campaign', campaign)).to.include({
        NumberOfOpportunities: 2, NumberOfWonOpportunities: 1, AmountAllOpportunities: 150, AmountWonOpportunities: 50,
        NumberOfLeads: 1, NumberOfContacts: 1, NumberOfConvertedLeads: 0,
      });
      store.update('Opportunity', opp.Id, { StageName: 'Closed Won' });
      store.update('Lead', lead, { IsConverted: true }, { trusted: true });
      expect(store.get('Campaign', campaign)).to.include({ NumberOfWonOpportunities: 2, AmountWonOpportunities: 150, NumberOfConvertedLeads: 1 });
    });

    it('LastActivityDate and HasOpenActivity follow the events logged against a record', () => {
      const { store } = newOrg();
      const opp = store.insert('Opportunity', opportunity);
      expect(opp).to.include({ HasOpenActivity: false });
      const before = opp.LastModifiedDate;
      store.insert('Event', { Subject: 'Demo', WhatId: opp.Id, StartDateTime: '2026-03-12T10:00:00Z', DurationInMinutes: 60 });
      store.insert('Event', { Subject: 'Kickoff', WhatId: opp.Id, StartDateTime: '2026-03-02T10:00:00Z', DurationInMinutes: 60 });
      expect(store.get('Opportunity', opp.Id)).to.include({ LastActivityDate: '2026-03-12', HasOpenActivity: true, LastModifiedDate: before });
    });
  });

  describe('delete', () => {
    const meeting = { Subject: 'Review', StartDateTime: '2026-03-12T10:00:00Z', DurationInMinutes: 30 };

    it('removes the record; NOT_FOUND for an unknown id, and ids are never handed out again', () => {
      const { store } = newOrg();
      const first = store.insert('Account', { Name: 'Acme' });
      store.delete('Account', first.Id.slice(0, 15));
      expect(store.get('Account', first.Id)).to.equal(undefined);
      expect(store.all('Account')).to.deep.equal([]);
      expectError(() => store.delete('Account', first.Id), 'NOT_FOUND', 404);
      expectError(() => store.delete('Account', 'garbage'), 'NOT_FOUND', 404);
      expect(store.insert('Account', { Name: 'Globex' }).Id).to.not.equal(first.Id);
    });

    it('refuses objects that cannot be deleted', () => {
      const { store, userId } = newOrg();
      expectError(() => store.delete('User', userId), 'INVALID_TYPE_FOR_OPERATION');
      expectError(() => store.delete('Organization', store.organization().Id), 'INVALID_TYPE_FOR_OPERATION');
      expect(store.get('User', userId)).to.not.equal(undefined);
    });

    it('an account takes its contacts, opportunities and their activities with it; child accounts lose their parent', () => {
      const { store } = newOrg();
      const acme = store.insert('Account', { Name: 'Acme' }).Id;
      const subsidiary = store.insert('Account', { Name: 'Acme Europe', ParentId: acme }).Id;
      const contact = store.insert('Contact', { LastName: 'Ng', AccountId: acme }).Id;
      const deal = store.insert('Opportunity', { ...opportunity, AccountId: acme }).Id;
      const elsewhere = store.insert('Opportunity', { ...opportunity, Name: 'Other deal' }).Id;
      store.insert('Event', { ...meeting, WhatId: deal });
      store.insert('Event', { ...meeting, WhoId: contact });
      const unrelated = store.insert('Event', { ...meeting, WhatId: elsewhere }).Id;
      const lastModified = store.get('Account', subsidiary)?.LastModifiedDate;

      store.delete('Account', acme);
      expect(store.all('Contact')).to.deep.equal([]);
      expect(store.all('Opportunity').map((o) => o.Id)).to.deep.equal([elsewhere]);
      expect(store.all('Event').map((e) => e.Id)).to.deep.equal([unrelated]);
      expect(store.get('Account', subsidiary)).to.include({ ParentId: null, LastModifiedDate: lastModified });
    });

    it('fails with DELETE_FAILED and deletes nothing while cases point at the account or one of its contacts', () => {
      const { store } = newOrg();
      const acme = store.insert('Account', { Name: 'Acme' }).Id;
      const contact = store.insert('Contact', { LastName: 'Ng', AccountId: acme }).Id;
      const ticket = store.insert('Case', { Subject: 'Broken', ContactId: contact });
      const error = expectError(() => store.delete('Account', acme), 'DELETE_FAILED');
      expect(error.message).to.equal(`Your attempt to delete Acme could not be completed because it is associated with the following cases.: ${String(ticket.CaseNumber)}`);
      expect(store.get('Account', acme)).to.not.equal(undefined);
      expect(store.get('Contact', contact)).to.not.equal(undefined);
      store.delete('Case', ticket.Id);
      store.delete('Account', acme);
      expect(store.all('Contact')).to.deep.equal([]);
    });

    it('an event takes its invitations with it; a deleted invitee loses its invitations', () => {
      const { store, userId } = newOrg();
      const event = store.insert('Event', meeting).Id;
      const contact = store.insert('Contact', { LastName: 'Ng' }).Id;
      store.insert('EventRelation', { EventId: event, RelationId: userId });
      store.insert('EventRelation', { EventId: event, RelationId: contact });
      store.delete('Contact', contact);
      expect(store.all('EventRelation').map((r) => r.RelationId)).to.deep.equal([userId]);
      store.delete('Event', event);
      expect(store.all('EventRelation')).to.deep.equal([]);
    });

    it('roll-ups follow: campaign statistics and the last activity of the related record', () => {
      const { store } = newOrg();
      const campaign = store.insert('Campaign', { Name: 'Spring' }).Id;
      const won = store.insert('Opportunity', { ...opportunity, CampaignId: campaign, StageName: 'Closed Won', Amount: 50 }).Id;
      store.insert('Opportunity', { ...opportunity, CampaignId: campaign, Amount: 100 });
      const lead = store.insert('Lead', { LastName: 'L', Company: 'C' }).Id;
      store.insert('CampaignMember', { CampaignId: campaign, LeadId: lead });
      store.delete('Opportunity', won);
      store.delete('Lead', lead);
      expect(store.all('CampaignMember')).to.deep.equal([]);
      expect(store.get('Campaign', campaign)).to.include({ NumberOfOpportunities: 1, NumberOfWonOpportunities: 0, AmountWonOpportunities: 0, NumberOfLeads: 0 });

      const deal = store.insert('Opportunity', opportunity).Id;
      store.insert('Event', { ...meeting, WhatId: deal, StartDateTime: '2026-03-02T10:00:00Z' });
      const latest = store.insert('Event', { ...meeting, WhatId: deal, StartDateTime: '2026-03-20T10:00:00Z' }).Id;
      store.delete('Event', latest);
      expect(store.get('Opportunity', deal)).to.include({ LastActivityDate: '2026-03-02', HasOpenActivity: false });
    });
  });

  describe('transaction', () => {
    it('keeps every write when the function returns, and answers its value', () => {
      const { store } = newOrg();
      const id = store.transaction(() => store.insert('Account', { Name: 'Acme' }).Id);
      expect(store.get('Account', id)?.Name).to.equal('Acme');
    });

    it('undoes inserts, updates, deletes and roll-ups when the function throws, and rethrows', () => {
      const { store } = newOrg();
      const campaign = store.insert('Campaign', { Name: 'Spring' }).Id;
      const kept = store.insert('Opportunity', { ...opportunity, CampaignId: campaign, Amount: 100 });
      const doomed = store.insert('Account', { Name: 'Doomed' }).Id;
      const campaignBefore = store.get('Campaign', campaign);
      const failure = new Error('stop');
      expect(() => store.transaction(() => {
        store.insert('Opportunity', { ...opportunity, CampaignId: campaign, StageName: 'Closed Won', Amount: 50 });
        store.update('Opportunity', kept.Id, { Amount: 999 });
        store.delete('Account', doomed);
        store.insert('Case', { Subject: 'Never' });
        throw failure;
      })).to.throw(failure);
      expect(store.all('Opportunity')).to.deep.equal([kept]);
      expect(store.get('Opportunity', kept.Id)).to.equal(kept);
      expect(store.get('Account', doomed)?.Name).to.equal('Doomed');
      expect(store.all('Case')).to.deep.equal([]);
      expect(store.get('Campaign', campaign)).to.equal(campaignBefore);
      expect(store.insert('Case', { Subject: 'After' }).CaseNumber, 'auto-numbers are not given back').to.equal('00001002');
    });

    it('nests: a failed inner transaction undoes only its own writes; a failed outer one undoes both', () => {
      const { store } = newOrg();
      store.transaction(() => {
        store.insert('Account', { Name: 'Outer' });
        expect(() => store.transaction(() => {
          store.insert('Account', { Name: 'Inner' });
          throw new Error('inner');
        })).to.throw('inner');
      });
      expect(store.all('Account').map((a) => a.Name)).to.deep.equal(['Outer']);
      expect(() => store.transaction(() => {
        store.transaction(() => store.insert('Account', { Name: 'Inner kept' }));
        store.update('Account', store.all('Account')[0]!.Id, { Name: 'Renamed' });
        throw new Error('outer');
      })).to.throw('outer');
      expect(store.all('Account').map((a) => a.Name)).to.deep.equal(['Outer']);
    });
  });

  describe('field history', () => {
    it('writes an OpportunityFieldHistory row per tracked field an update changed, with who, when and both values', () => {
      const { store, userId } = newOrg();
      const deal = store.insert('Opportunity', opportunity, { actingUserId: userId });
      expect(store.all('OpportunityFieldHistory'), 'a create is no change').to.have.length(0);
      const later = new Date('2026-03-11T10:00:00.000Z');
      store.update('Opportunity', deal.Id, { StageName: 'Qualification', Amount: 1500, CloseDate: '2026-05-15', NextStep: 'Call' }, { actingUserId: userId, now: later });
      const rows = store.all('OpportunityFieldHistory');
      expect(rows.map((r) => [r.Field, r.OldValue, r.NewValue])).to.deep.equal([['StageName', 'Prospecting', 'Qualification'], ['Amount', 1000, 1500]]);
      for (const row of rows) {
        expect(row).to.include({ OpportunityId: deal.Id, CreatedById: userId, CreatedDate: later.toISOString(), IsDeleted: false });
        expect(row.Id.startsWith('017')).to.equal(true);
      }
      expectError(() => store.insert('OpportunityFieldHistory', { OpportunityId: deal.Id, Field: 'Amount' }), 'INVALID_TYPE_FOR_OPERATION');
      store.delete('Opportunity', deal.Id);
      expect(store.all('OpportunityFieldHistory'), 'gone with its deal').to.have.length(0);
    });
  });
});
