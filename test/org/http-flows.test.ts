import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient, rejection } from './http-fixture';

type Result = { actionName: string; errors: { statusCode: string; message: string; fields: string[] }[] | null; isSuccess: boolean; outputValues: Record<string, unknown> | null; version: number };
const FLOW = `${API}/actions/custom/flow/Schedule_Sales_Meeting`;

describe('org emulator: invocable flows', () => {
  let org: OrgEmulator;
  let manager: OrgClient;
  let reps: string[];
  let contactId: string;

  before(async () => {
    org = await startOrg();
    manager = OrgClient.as(org, 'manager');
    reps = org.demo.users.filter((u) => u.role === 'rep').map((u) => u.id);
    contactId = org.store.all('Contact')[0]!.Id;
  });
  after(() => org.close());

  const meeting = (overrides: Record<string, unknown> = {}) => ({
    Subject: 'Pipeline review', StartDateTime: '2026-04-06T13:00:00.000Z', DurationInMinutes: 45, InviteeIds: [reps[0], contactId], ...overrides,
  });

  it('lists and describes the org\'s flows', async () => {
    const list = await manager.call('GET', '/actions/custom/flow');
    expect(list.body).to.deep.equal({ actions: [{ label: 'Schedule Sales Meeting', name: 'Schedule_Sales_Meeting', type: 'FLOW', url: FLOW }] });
    type Variable = { name: string; required: boolean; maxOccurs: number; type: string };
    const described = (await manager.call('GET', FLOW)).body as { name: string; type: string; inputs: Variable[]; outputs: Variable[] };
    expect(described).to.include({ name: 'Schedule_Sales_Meeting', type: 'FLOW' });
    expect(described.inputs.map((i) => [i.name, i.type, i.required])).to.deep.equal([
      ['Subject', 'STRING', false], ['StartDateTime', 'DATETIME', false], ['DurationInMinutes', 'DOUBLE', false],
      ['InviteeIds', 'STRING', false], ['WhatId', 'STRING', false],
    ]);
    expect(described.inputs.find((i) => i.name === 'InviteeIds')?.maxOccurs).to.be.above(1);
    expect(described.outputs.map((o) => [o.name, o.type])).to.deep.equal([['EventId', 'STRING']]);
  });

  it('schedules a meeting owned by the running user with one invitation per invitee', async () => {
    const opportunityId = org.store.all('Opportunity')[0]!.Id;
    const results = await manager.conn.requestPost<Result[]>(FLOW, {
      inputs: [meeting({ WhatId: opportunityId, InviteeIds: [reps[0], contactId, reps[0]!.slice(0, 15), manager.user.id] })],
    });
    expect(results).to.have.length(1);
    const [result] = results;
    expect(result).to.deep.include({ actionName: 'Schedule_Sales_Meeting', errors: null, isSuccess: true, version: 1 });
    expect(result?.outputValues?.Flow__InterviewStatus).to.equal('Finished');
    const eventId = String(result?.outputValues?.EventId);
    expect(org.store.get('Event', eventId)).to.include({
      Subject: 'Pipeline review', StartDateTime: '2026-04-06T13:00:00.000Z', EndDateTime: '2026-04-06T13:45:00.000Z',
      DurationInMinutes: 45, OwnerId: manager.user.id, WhatId: opportunityId,
    });
    const invitations = org.store.all('EventRelation').filter((r) => r.EventId === eventId);
    expect(invitations.map((r) => r.RelationId)).to.have.members([reps[0], contactId]);
    expect(invitations.every((r) => r.IsInvitee === true && r.Status === 'New')).to.equal(true);
  });

  it('leaves unset what is not given, as a flow does: no subject, no invitees', async () => {
    const [result] = await manager.conn.requestPost<Result[]>(FLOW, { inputs: [meeting({ Subject: undefined, InviteeIds: undefined })] });
    const eventId = String(result?.outputValues?.EventId);
    expect(org.store.get('Event', eventId)).to.include({ Subject: null, DurationInMinutes: 45 });
    expect(org.store.all('EventRelation').filter((r) => r.EventId === eventId)).to.deep.equal([]);
  });

  it('rounds the duration to whole minutes, as the flow\'s Number variable of scale 0 does', async () => {
    const [result] = await manager.conn.requestPost<Result[]>(FLOW, { inputs: [meeting({ DurationInMinutes: 29.6 })] });
    expect(org.store.get('Event', String(result?.outputValues?.EventId))?.DurationInMinutes).to.equal(30);
  });

  it('answers failures per input as isSuccess false, the call 400 when any fails; a failed interview leaves nothing behind', async () => {
    const before = { events: org.store.all('Event').length, invitations: org.store.all('EventRelation').length };
    const answer = await manager.call('POST', FLOW, {
      inputs: [
        meeting({ Subject: 'Works' }),
        meeting({ InviteeIds: [reps[0], '003Hs0000000zzzAAA'] }),
        meeting({ StartDateTime: undefined }),
        meeting({ DurationInMinutes: -5 }),
        meeting({ WhatId: reps[1] }),
        meeting({ DurationInMinutes: 'half an hour' }),
      ],
    });
    expect(answer.status).to.equal(400);
    const results = answer.body as Result[];
    expect(results.map((r) => r.isSuccess)).to.deep.equal([true, false, false, false, false, false]);
    expect(results.map((r) => r.errors?.[0]?.statusCode)).to.deep.equal([
      undefined, 'INVALID_CROSS_REFERENCE_KEY', 'REQUIRED_FIELD_MISSING', 'FIELD_INTEGRITY_EXCEPTION', 'FIELD_INTEGRITY_EXCEPTION', 'INVALID_INPUT',
    ]);
    expect(results[1]).to.deep.include({
      actionName: 'Schedule_Sales_Meeting', outputValues: null, version: 1,
      errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields: ['RelationId'] }],
    });
    // Only the first interview wrote anything: the second made its event and one invitation before failing.
    expect({ events: org.store.all('Event').length, invitations: org.store.all('EventRelation').length })
      .to.deep.equal({ events: before.events + 1, invitations: before.invitations + 2 });
  });

  it('answers 404 NOT_FOUND for a flow the org lacks (names are case-sensitive)', async () => {
    for (const name of ['No_Such_Flow', 'schedule_sales_meeting']) {
      const answer = await manager.call('POST', `/actions/custom/flow/${name}`, { inputs: [{}] });
      expect(answer.status, name).to.equal(404);
      expect((answer.body as { errorCode: string }[])[0]?.errorCode).to.equal('NOT_FOUND');
    }
    expect((await rejection(manager.conn.requestPost(`${API}/actions/custom/flow/No_Such_Flow`, { inputs: [{}] }))).name).to.equal('NOT_FOUND');
  });
});
