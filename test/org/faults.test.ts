import { expect } from 'chai';
import { Connection } from 'jsforce';
import { startOrg, type OrgEmulator } from '../../local/org';

describe('org emulator: faults, counters and latency', () => {
  let org: OrgEmulator;
  let conn: Connection;
  let accessToken: string;

  before(async () => {
    org = await startOrg();
    accessToken = org.issueTokens(org.demo.users[1]!.username).access_token;
    conn = new Connection({ instanceUrl: org.url, accessToken, version: '66.0' });
  });
  afterEach(() => {
    org.clearFaults();
    org.setLatency(0);
    org.resetCounters();
  });
  after(() => org.close());

  const limits = () => fetch(`${org.url}/services/data/v66.0/limits`, { headers: { Authorization: `Bearer ${accessToken}` } });

  it('answers the next N matching data calls with the injected Salesforce error, then recovers', async () => {
    org.injectFault({ status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Server is down for maintenance', times: 2, path: /\/limits$/ });
    const describe = await fetch(`${org.url}/services/data/v66.0/sobjects`, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(describe.status, 'another path is untouched').to.equal(200);
    for (let i = 0; i < 2; i++) {
      const answer = await limits();
      expect(answer.status).to.equal(503);
      expect(answer.headers.get('content-type')).to.equal('application/json;charset=UTF-8');
      expect(await answer.json()).to.deep.equal([{ message: 'Server is down for maintenance', errorCode: 'SERVER_UNAVAILABLE' }]);
    }
    expect((await limits()).status).to.equal(200);
  });

  it('fails one call by default, and jsforce reports the error code', async () => {
    org.injectFault({ status: 400, errorCode: 'UNABLE_TO_LOCK_ROW', message: 'unable to obtain exclusive access to this record' });
    const failure = await conn.query('SELECT Id FROM Account LIMIT 1').then(() => undefined, (e: Error) => e);
    expect(failure?.name).to.equal('UNABLE_TO_LOCK_ROW');
    expect((await conn.query('SELECT Id FROM Account LIMIT 1')).totalSize).to.equal(1);
  });

  it('can fail OAuth calls in the OAuth error shape', async () => {
    org.injectFault({ status: 400, errorCode: 'rate_limit_exceeded', message: 'too many requests', path: /\/oauth2\/token$/ });
    const { clientId, clientSecret, users } = org.demo;
    const login = new Connection({ oauth2: { loginUrl: org.url, clientId, clientSecret } });
    const failure = await login.login(users[0]!.username, users[0]!.password).then(() => undefined, (e: Error) => e);
    expect(failure?.name).to.equal('rate_limit_exceeded');
    expect(failure?.message).to.equal('too many requests');
    expect((await login.login(users[0]!.username, users[0]!.password)).id).to.equal(users[0]!.id);
  });

  it('forgets faults on clearFaults', async () => {
    org.injectFault({ status: 500, errorCode: 'UNKNOWN_EXCEPTION', message: 'boom', times: 5 });
    org.clearFaults();
    expect((await limits()).status).to.equal(200);
  });

  it('counts data and OAuth calls by path, faulted ones included, until reset', async () => {
    await limits();
    org.injectFault({ status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'down' });
    await limits();
    await fetch(`${org.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` } });
    await conn.query('SELECT Id FROM Account LIMIT 1');
    expect(org.counters()).to.deep.equal({
      dataApiCalls: 3,
      oauthCalls: 1,
      byPath: { '/services/data/v66.0/limits': 2, '/services/oauth2/userinfo': 1, '/services/data/v66.0/query': 1 },
    });
    org.resetCounters();
    expect(org.counters()).to.deep.equal({ dataApiCalls: 0, oauthCalls: 0, byPath: {} });
  });

  it('waits at least the configured latency before answering', async () => {
    // Only a lower bound: a slow machine can make the call slower, never faster.
    org.setLatency(120);
    const started = performance.now();
    expect((await limits()).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(115);
  });
});
