import { expect } from 'chai';
import { localDate } from '../../local/org/calendar';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient, rejection } from './http-fixture';

type Page = { totalSize: number; done: boolean; nextRecordsUrl?: string; records: { Id: string }[] };
const NOT_FOUND = [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }];
const SESSION = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];

describe('org emulator: data API', () => {
  let org: OrgEmulator;
  let rep: OrgClient;

  before(async () => {
    org = await startOrg({ today: new Date('2026-03-18T12:00:00.000Z') });
    rep = OrgClient.as(org, 'rep');
  });
  after(() => org.close());

  describe('versions and common headers', () => {
    it('lists versions 31.0 to 66.0 without a session', async () => {
      const answer = await fetch(`${org.url}/services/data`);
      expect(answer.status).to.equal(200);
      const versions = await answer.json() as { label: string; url: string; version: string }[];
      expect(versions[0]).to.deep.equal({ label: "Summer '14", url: '/services/data/v31.0', version: '31.0' });
      expect(versions.at(-1)).to.deep.equal({ label: "Spring '26", url: '/services/data/v66.0', version: '66.0' });
      expect(versions).to.have.length(36);
    });

    it('answers an unknown version 404 NOT_FOUND', async () => {
      for (const version of ['v99.0', 'v30.0', 'v66.5', 'latest']) {
        const answer = await rep.call('GET', `/services/data/${version}/limits`);
        expect(answer.status, version).to.equal(404);
        expect(answer.body).to.deep.equal(NOT_FOUND);
      }
    });

    it('lists the version root resources with the identity URL of the token user', async () => {
      const answer = await rep.call('GET', API);
      expect(answer.body).to.include({
        sobjects: `${API}/sobjects`, query: `${API}/query`, composite: `${API}/composite`, search: `${API}/search`,
        identity: `${org.url}/id/${org.demo.orgId}/${rep.user.id}`,
      });
    });

    it('sends JSON as application/json;charset=UTF-8 and counts API usage in Sforce-Limit-Info', async () => {
      const first = await rep.call('GET', '/limits');
      const second = await rep.call('GET', '/limits');
      expect(first.headers.get('content-type')).to.equal('application/json;charset=UTF-8');
      const used = (h: Headers) => Number(/^api-usage=(\d+)\/15000$/.exec(h.get('sforce-limit-info') ?? '')?.[1]);
      expect(used(second.headers)).to.equal(used(first.headers) + 1);
      const remaining = (second.body as { DailyApiRequests: { Max: number; Remaining: number } }).DailyApiRequests;
      expect(remaining).to.deep.equal({ Max: 15000, Remaining: 15000 - used(second.headers) });
    });

    it('answers 401 INVALID_SESSION_ID without, with a bogus and with an expired token', async () => {
      expect(await fetch(`${org.url}${API}/limits`).then(async (r) => [r.status, await r.json()])).to.deep.equal([401, SESSION]);
      const bogus = await fetch(`${org.url}${API}/limits`, { headers: { Authorization: 'Bearer 00Dnope!AQnope' } });
      expect([bogus.status, await bogus.json()]).to.deep.equal([401, SESSION]);

      const expiring = new OrgClient(org, org.demo.users[2]!);
      org.expireAccessToken(expiring.accessToken);
      const error = await rejection(expiring.conn.query('SELECT Id FROM Account'));
      expect(error.name).to.equal('INVALID_SESSION_ID');
      expect(error.message).to.equal('Session expired or invalid');
    });

    it('answers unknown routes and methods as Salesforce does', async () => {
      expect(await rep.call('GET', '/nothing/here')).to.deep.include({ status: 404, body: NOT_FOUND });
      expect((await fetch(`${org.url}/nowhere`)).status).to.equal(404);
      const put = await rep.call('PUT', '/sobjects/Account', { Name: 'x' });
      expect(put.status).to.equal(405);
      expect(put.body).to.deep.equal([{ message: "HTTP Method 'PUT' not allowed. Allowed are GET,POST", errorCode: 'METHOD_NOT_ALLOWED' }]);
    });

    it('refuses calls past the daily limit with 403 REQUEST_LIMIT_EXCEEDED', async () => {
      const small = await startOrg({ dailyApiLimit: 2 });
      try {
        const client = OrgClient.as(small, 'rep');
        expect((await client.call('GET', '/limits')).status).to.equal(200);
        expect((await client.call('GET', '/limits')).status).to.equal(200);
        const over = await client.call('GET', '/limits');
        expect(over.status).to.equal(403);
        expect(over.body).to.deep.equal([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
        expect(over.headers.get('sforce-limit-info')).to.equal('api-usage=2/2');
        expect((await rejection(client.conn.query('SELECT Id FROM Account'))).name).to.equal('REQUEST_LIMIT_EXCEEDED');
      } finally {
        await small.close();
      }
    });
  });

  describe('query', () => {
    it('answers the REST query shape through jsforce, parents included', async () => {
      const result = await rep.conn.query("SELECT Id, Name, Account.Name FROM Opportunity WHERE Account.Name = 'Smith & Sons'");
      expect(result.done).to.equal(true);
      expect(result.totalSize).to.equal(result.records.length).and.to.be.above(0);
      for (const record of result.records as { attributes: { type: string; url: string }; Id: string; Account: { Name: string } }[]) {
        expect(record.attributes.type).to.equal('Opportunity');
        expect(record.attributes.url).to.equal(`${API}/sobjects/Opportunity/${record.Id}`);
        expect(record.Account.Name).to.equal('Smith & Sons');
      }
    });

    it('pages with Sforce-Query-Options batchSize and query locators', async () => {
      for (let i = 0; i < 450; i++) org.store.insert('Lead', { LastName: `Paging ${i}`, Company: 'Paging Co' });
      const soql = encodeURIComponent("SELECT Id FROM Lead WHERE Company = 'Paging Co'");
      const first = await rep.call('GET', `/query?q=${soql}`, undefined, { 'Sforce-Query-Options': 'batchSize=200' });
      const page1 = first.body as Page;
      expect(page1).to.include({ totalSize: 450, done: false });
      expect(page1.records).to.have.length(200);
      expect(page1.nextRecordsUrl).to.match(/^\/services\/data\/v66\.0\/query\/01g\w{15}-200$/);
      const page2 = (await rep.call('GET', page1.nextRecordsUrl!)).body as Page;
      expect(page2.records).to.have.length(200);
      expect(page2.nextRecordsUrl).to.match(/-400$/);
      const page3 = (await rep.call('GET', page2.nextRecordsUrl!)).body as Page;
      expect(page3).to.include({ totalSize: 450, done: true });
      expect(page3).to.not.have.property('nextRecordsUrl');
      const ids = [page1, page2, page3].flatMap((p) => p.records.map((r) => r.Id));
      expect(new Set(ids).size).to.equal(450);

      const all = (await rep.call('GET', `/query?q=${soql}`)).body as Page;
      expect(all).to.include({ totalSize: 450, done: true });
      expect(all.records).to.have.length(450);

      const fetched = await rep.conn.query("SELECT Id FROM Lead WHERE Company = 'Paging Co'")
        .execute({ autoFetch: true, maxFetch: 1000, headers: { 'Sforce-Query-Options': 'batchSize=200' } });
      expect(fetched.records).to.have.length(450);

      const stranger = new OrgClient(org, org.demo.users[3]!);
      const foreign = await stranger.call('GET', page1.nextRecordsUrl!);
      expect(foreign.status).to.equal(400);
      expect((foreign.body as { errorCode: string }[])[0]?.errorCode).to.equal('INVALID_QUERY_LOCATOR');
    });

    it('serves queryAll like query', async () => {
      const answer = await rep.call('GET', `/queryAll?q=${encodeURIComponent('SELECT COUNT() FROM Account')}`);
      expect(answer.body).to.deep.equal({ totalSize: org.store.all('Account').length, done: true, records: [] });
    });

    it('runs as the token user: date literals use that user\'s time zone', async () => {
      const zones = await startOrg();
      try {
        // 25 hours apart: these two zones are never on the same calendar date.
        const [east, west] = [zones.demo.users[1]!, zones.demo.users[2]!];
        zones.store.update('User', east.id, { TimeZoneSidKey: 'Pacific/Kiritimati' });
        zones.store.update('User', west.id, { TimeZoneSidKey: 'Pacific/Pago_Pago' });
        zones.store.insert('Opportunity', {
          Name: 'Dateline deal', StageName: 'Prospecting', CloseDate: localDate(Date.now(), 'Pacific/Kiritimati'),
        });
        const soql = "SELECT Id FROM Opportunity WHERE Name = 'Dateline deal' AND CloseDate = TODAY";
        expect((await new OrgClient(zones, east).conn.query(soql)).totalSize).to.equal(1);
        expect((await new OrgClient(zones, west).conn.query(soql)).totalSize).to.equal(0);
      } finally {
        await zones.close();
      }
    });

    it('passes the engine\'s errors on with their status', async () => {
      for (const [soql, code] of [['SELEKT Id FROM Account', 'MALFORMED_QUERY'], ['SELECT Nope FROM Account', 'INVALID_FIELD'], ['SELECT Id FROM Nope', 'INVALID_TYPE']]) {
        const answer = await rep.call('GET', `/query?q=${encodeURIComponent(soql!)}`);
        expect(answer.status, soql).to.equal(400);
        expect((answer.body as { errorCode: string }[])[0]?.errorCode).to.equal(code);
        expect((await rejection(rep.conn.query(soql!))).name).to.equal(code);
      }
    });
  });

  describe('sobjects', () => {
    it('describes the org globally and per object', async () => {
      const global = (await rep.call('GET', '/sobjects')).body as { encoding: string; sobjects: { name: string; keyPrefix: string; queryable: boolean; urls: Record<string, string> }[] };
      expect(global.encoding).to.equal('UTF-8');
      expect(global.sobjects.find((s) => s.name === 'Account')).to.deep.include({
        keyPrefix: '001', queryable: true, urls: { sobject: `${API}/sobjects/Account`, describe: `${API}/sobjects/Account/describe`, rowTemplate: `${API}/sobjects/Account/{ID}` },
      });

      const opportunity = await rep.conn.sobject('Opportunity').describe();
      expect(opportunity.name).to.equal('Opportunity');
      const stage = opportunity.fields.find((f) => f.name === 'StageName');
      expect(stage).to.include({ type: 'picklist', nillable: false, createable: true });
      expect(stage?.picklistValues?.map((p) => p.value)).to.include('Closed Won');
      expect(opportunity.fields.find((f) => f.name === 'IsWon')).to.include({ calculated: true, createable: false, updateable: false });
      expect(opportunity.fields.find((f) => f.name === 'AccountId')).to.deep.include({ type: 'reference', referenceTo: ['Account'], relationshipName: 'Account' });

      const lower = await rep.call('GET', '/sobjects/account/describe');
      expect((lower.body as { name: string }).name).to.equal('Account');
      const basic = (await rep.call('GET', '/sobjects/Case')).body as { objectDescribe: { name: string; keyPrefix: string }; recentItems: unknown[] };
      expect(basic.objectDescribe).to.include({ name: 'Case', keyPrefix: '500' });
      expect(basic.recentItems).to.deep.equal([]);
      expect(await rep.call('GET', '/sobjects/Nope/describe')).to.deep.include({ status: 404, body: NOT_FOUND });
    });

    it('creates (201), reads, narrows with ?fields= and updates (204) a record as the token user', async () => {
      const created = await rep.call('POST', '/sobjects/Case', { Subject: 'Pallet broke', Priority: 'High', Origin: 'Phone' });
      expect(created.status).to.equal(201);
      const { id } = created.body as { id: string };
      expect(created.body).to.deep.equal({ id, success: true, errors: [] });
      expect(id).to.match(/^500\w{15}$/);
      expect(created.headers.get('location')).to.equal(`${API}/sobjects/Case/${id}`);
      expect(org.store.get('Case', id)).to.include({ OwnerId: rep.user.id, CreatedById: rep.user.id, Status: 'New' });

      const read = (await rep.call('GET', `/sobjects/Case/${id}`)).body as Record<string, unknown>;
      expect(read).to.include({ Id: id, Subject: 'Pallet broke', Priority: 'High', Status: 'New', IsClosed: false });
      expect(read.attributes).to.deep.equal({ type: 'Case', url: `${API}/sobjects/Case/${id}` });
      expect(read.CaseNumber).to.match(/^\d{8}$/);
      expect(read.CreatedDate).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);

      const narrow = (await rep.call('GET', `/sobjects/Case/${id.slice(0, 15)}?fields=Subject,Status`)).body as Record<string, unknown>;
      expect(Object.keys(narrow)).to.deep.equal(['attributes', 'Id', 'Subject', 'Status']);

      const patched = await rep.call('PATCH', `/sobjects/Case/${id}`, { Status: 'Escalated' });
      expect(patched.status).to.equal(204);
      expect(patched.body).to.equal('');
      expect((await rep.conn.sobject('Case').retrieve(id)).Status).to.equal('Escalated');
      expect(await rep.conn.sobject('Case').update({ Id: id, Status: 'Closed' })).to.include({ id, success: true });
      expect(org.store.get('Case', id)?.IsClosed).to.equal(true);
    });

    it('deletes (204) through REST and jsforce, answers NOT_FOUND the second time, and describes what can be deleted', async () => {
      const account = org.store.insert('Account', { Name: 'Short-lived Co' }).Id;
      const contact = org.store.insert('Contact', { LastName: 'Short-lived', AccountId: account }).Id;
      const deleted = await rep.call('DELETE', `/sobjects/Account/${account}`);
      expect([deleted.status, deleted.body]).to.deep.equal([204, '']);
      expect(org.store.get('Contact', contact), 'cascaded').to.equal(undefined);
      expect(await rep.call('DELETE', `/sobjects/Account/${account}`)).to.deep.include({ status: 404, body: NOT_FOUND });

      const caseId = org.store.insert('Case', { Subject: 'Short-lived case' }).Id;
      expect(await rep.conn.sobject('Case').destroy(caseId)).to.deep.include({ id: caseId, success: true });
      expect(org.store.get('Case', caseId)).to.equal(undefined);

      const refused = await rep.call('DELETE', `/sobjects/User/${rep.user.id}`);
      expect(refused.status).to.equal(400);
      expect((refused.body as { errorCode: string }[])[0]?.errorCode).to.equal('INVALID_TYPE_FOR_OPERATION');

      const withCases = org.store.all('Case').find((c) => typeof c.AccountId === 'string')!;
      const blocked = await rep.call('DELETE', `/sobjects/Account/${String(withCases.AccountId)}`);
      expect(blocked.status).to.equal(400);
      expect((blocked.body as { errorCode: string }[])[0]?.errorCode).to.equal('DELETE_FAILED');

      const deletable = async (name: string) => ((await rep.call('GET', `/sobjects/${name}/describe`)).body as { deletable: boolean }).deletable;
      expect(await deletable('Opportunity')).to.equal(true);
      expect(await deletable('User')).to.equal(false);
      const accountDescribe = (await rep.call('GET', '/sobjects/Account/describe')).body as { childRelationships: { childSObject: string; cascadeDelete: boolean; restrictedDelete: boolean }[] };
      expect(accountDescribe.childRelationships.filter((r) => r.cascadeDelete).map((r) => r.childSObject)).to.include.members(['Contact', 'Opportunity', 'Event']);
      expect(accountDescribe.childRelationships.filter((r) => r.restrictedDelete).map((r) => r.childSObject)).to.deep.equal(['Case']);
    });

    it('answers validation errors with the store\'s code, status and fields', async () => {
      const missing = await rep.call('POST', '/sobjects/Opportunity', { Name: 'No stage' });
      expect(missing.status).to.equal(400);
      expect(missing.body).to.deep.equal([{ message: 'Required fields are missing: [StageName, CloseDate]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['StageName', 'CloseDate'] }]);
      expect((await rejection(rep.conn.sobject('Opportunity').create({ Name: 'No stage' }))).name).to.equal('REQUIRED_FIELD_MISSING');

      const bad = await fetch(`${org.url}${API}/sobjects/Case`, {
        method: 'POST', headers: { Authorization: `Bearer ${rep.accessToken}`, 'Content-Type': 'application/json' }, body: '{not json',
      });
      expect(bad.status).to.equal(400);
      expect(((await bad.json()) as { errorCode: string }[])[0]?.errorCode).to.equal('JSON_PARSER_ERROR');

      expect(await rep.call('GET', '/sobjects/Account/001Hs0000000zzzAAA')).to.deep.include({ status: 404, body: NOT_FOUND });
      expect((await rep.call('PATCH', '/sobjects/Account/001Hs0000000zzzAAA', { Name: 'x' })).status).to.equal(404);
      const field = await rep.call('GET', `/sobjects/Account/${org.store.all('Account')[0]!.Id}?fields=Name,Bogus`);
      expect(field.status).to.equal(400);
      expect((field.body as { errorCode: string }[])[0]?.errorCode).to.equal('INVALID_FIELD');
    });
  });
});
