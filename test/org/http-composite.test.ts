import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient } from './http-fixture';

type Sub = { body: unknown; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string };
const HALTED = 'PROCESSING_HALTED';

describe('org emulator: composite', () => {
  let org: OrgEmulator;
  let rep: OrgClient;

  before(async () => {
    org = await startOrg();
    rep = OrgClient.as(org, 'rep');
  });
  after(() => org.close());

  async function composite(body: unknown): Promise<Sub[]> {
    const answer = await rep.call('POST', '/composite', body);
    expect(answer.status).to.equal(200);
    return (answer.body as { compositeResponse: Sub[] }).compositeResponse;
  }

  const errorCode = (sub: Sub | undefined) => (sub?.body as { errorCode: string }[])[0]?.errorCode;

  it('runs subrequests in order, resolving @{ref.field} references in URLs and bodies', async () => {
    const results = await composite({
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: `${API}/sobjects/Account`, referenceId: 'newAccount', body: { Name: 'Composite Co' } },
        { method: 'POST', url: `${API}/sobjects/Contact`, referenceId: 'newContact', body: { LastName: 'Ng', AccountId: '@{newAccount.id}' } },
        { method: 'GET', url: `${API}/sobjects/Account/@{newAccount.id}?fields=Name`, referenceId: 'readBack' },
        { method: 'GET', url: `${API}/query?q=${encodeURIComponent("SELECT Id, AccountId FROM Contact WHERE LastName = 'Ng'")}`, referenceId: 'contacts' },
        { method: 'PATCH', url: `${API}/sobjects/Contact/@{contacts.records[0].Id}`, referenceId: 'rename', body: { FirstName: 'Lee' } },
      ],
    });
    expect(results.map((r) => [r.referenceId, r.httpStatusCode])).to.deep.equal([
      ['newAccount', 201], ['newContact', 201], ['readBack', 200], ['contacts', 200], ['rename', 204],
    ]);
    const accountId = (results[0]?.body as { id: string }).id;
    expect(results[0]?.httpHeaders).to.deep.equal({ Location: `${API}/sobjects/Account/${accountId}` });
    expect(results[2]?.body).to.include({ Id: accountId, Name: 'Composite Co' });
    expect(results[4]).to.deep.include({ body: null, httpHeaders: {} });
    const contact = org.store.get('Contact', (results[1]?.body as { id: string }).id);
    expect(contact).to.include({ AccountId: accountId, Name: 'Lee Ng', OwnerId: rep.user.id });
  });

  it('with allOrNone, answers every other subrequest PROCESSING_HALTED once one fails and rolls back the earlier writes', async () => {
    const deal = org.store.all('Opportunity').find((o) => o.IsClosed === false)!;
    const before = { events: org.store.all('Event').length, invitations: org.store.all('EventRelation').length };
    const results = await composite({
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: `${API}/sobjects/Case`, referenceId: 'first', body: { Subject: 'All or none 1' } },
        { method: 'PATCH', url: `${API}/sobjects/Opportunity/${deal.Id}`, referenceId: 'renamed', body: { NextStep: 'Rolled back' } },
        { method: 'POST', url: `${API}/sobjects/Event`, referenceId: 'event', body: { Subject: 'All or none', StartDateTime: '2026-04-06T13:00:00Z', DurationInMinutes: 30, WhatId: deal.Id } },
        { method: 'POST', url: `${API}/sobjects/EventRelation`, referenceId: 'invite', body: { EventId: '@{event.id}', RelationId: rep.user.id } },
        { method: 'POST', url: `${API}/sobjects/Opportunity`, referenceId: 'broken', body: { Name: 'No stage' } },
        { method: 'POST', url: `${API}/sobjects/Case`, referenceId: 'never', body: { Subject: 'All or none 3' } },
      ],
    });
    expect(results.map((r) => r.httpStatusCode)).to.deep.equal([400, 400, 400, 400, 400, 400]);
    expect(results.map(errorCode)).to.deep.equal([HALTED, HALTED, HALTED, HALTED, 'REQUIRED_FIELD_MISSING', HALTED]);
    expect((results[0]?.body as { message: string }[])[0]?.message).to.equal('The transaction was rolled back since another operation in the same transaction failed.');
    expect(org.store.all('Case').some((c) => String(c.Subject).startsWith('All or none'))).to.equal(false);
    expect(org.store.get('Opportunity', deal.Id), 'the update and the activity roll-up undone').to.equal(deal);
    expect({ events: org.store.all('Event').length, invitations: org.store.all('EventRelation').length }).to.deep.equal(before);
  });

  it('without allOrNone, skips only subrequests that depend on a failed one', async () => {
    const results = await composite({
      allOrNone: false,
      compositeRequest: [
        { method: 'POST', url: `${API}/sobjects/Account`, referenceId: 'broken', body: { Name: null } },
        { method: 'POST', url: `${API}/sobjects/Contact`, referenceId: 'dependent', body: { LastName: 'Orphan', AccountId: '@{broken.id}' } },
        { method: 'POST', url: `${API}/sobjects/Case`, referenceId: 'independent', body: { Subject: 'Still created' } },
      ],
    });
    expect(results.map((r) => r.httpStatusCode)).to.deep.equal([400, 400, 201]);
    expect(results.map(errorCode)).to.deep.equal(['REQUIRED_FIELD_MISSING', HALTED, undefined]);
    expect(org.store.all('Contact').some((c) => c.LastName === 'Orphan')).to.equal(false);
    expect(org.store.all('Case').some((c) => c.Subject === 'Still created'), 'successful writes stay').to.equal(true);
  });

  it('rejects a body without compositeRequest or a subrequest for an unknown version, and counts as one API call', async () => {
    const bad = await rep.call('POST', '/composite', { allOrNone: true });
    expect(bad.status).to.equal(400);
    const [old] = await composite({ compositeRequest: [{ method: 'GET', url: '/services/data/v99.0/limits', referenceId: 'old' }] });
    expect([old?.httpStatusCode, errorCode(old)]).to.deep.equal([404, 'NOT_FOUND']);
    org.resetCounters();
    await composite({ compositeRequest: [{ method: 'GET', url: `${API}/limits`, referenceId: 'a' }, { method: 'GET', url: `${API}/limits`, referenceId: 'b' }] });
    expect(org.counters().dataApiCalls).to.equal(1);
  });
});
