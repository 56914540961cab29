/** PATCH with `If-Unmodified-Since`: a record changed after that second is not written (412), alone or in a composite. */
import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient } from './http-fixture';

describe('org emulator: conditional PATCH (If-Unmodified-Since)', () => {
  let org: OrgEmulator;
  let rep: OrgClient;

  before(async () => {
    org = await startOrg();
    rep = OrgClient.as(org, 'rep');
  });
  after(() => org.close());

  async function aDeal(): Promise<{ Id: string; LastModifiedDate: string }> {
    const answer = await rep.call('GET', `/query?q=${encodeURIComponent('SELECT Id, LastModifiedDate FROM Opportunity WHERE IsClosed = false LIMIT 1')}`);
    return (answer.body as { records: { Id: string; LastModifiedDate: string }[] }).records[0]!;
  }
  const httpDate = (iso: string) => new Date(Date.parse(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).toUTCString();

  it('writes when the record is unchanged since the date, and answers 412 PRECONDITION_FAILED once it changed', async () => {
    const deal = await aDeal();
    const since = httpDate(deal.LastModifiedDate);
    expect((await rep.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'First' }, { 'If-Unmodified-Since': since })).status).to.equal(204);
    const later = new Date(Date.now() + 5000).toISOString();
    org.store.update('Opportunity', deal.Id, { LastModifiedDate: later }, { trusted: true });
    const stale = await rep.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'Second' }, { 'If-Unmodified-Since': since });
    expect(stale.status).to.equal(412);
    expect((stale.body as { errorCode: string }[])[0]?.errorCode).to.equal('PRECONDITION_FAILED');
    expect(org.store.get('Opportunity', deal.Id)?.NextStep).to.equal('First');
  });

  it('refuses a date that is not an HTTP date with 400', async () => {
    const deal = await aDeal();
    expect((await rep.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'x' }, { 'If-Unmodified-Since': 'yesterday' })).status).to.equal(400);
  });

  it('honours the header on a composite subrequest, whatever its case', async () => {
    const deal = await aDeal();
    const answer = await rep.call('POST', '/composite', {
      allOrNone: true,
      compositeRequest: [{
        method: 'PATCH', url: `${API}/sobjects/Opportunity/${deal.Id}`, referenceId: 'update', body: { NextStep: 'Third' },
        httpHeaders: { 'if-unmodified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' },
      }],
    });
    const [sub] = (answer.body as { compositeResponse: { httpStatusCode: number; body: { errorCode: string }[] }[] }).compositeResponse;
    expect(sub?.httpStatusCode).to.equal(412);
    expect(sub?.body[0]?.errorCode).to.equal('PRECONDITION_FAILED');
  });
});
