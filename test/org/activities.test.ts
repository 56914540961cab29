import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient } from './http-fixture';

type Sub = { body: unknown; httpStatusCode: number; referenceId: string };

describe('org emulator: tasks, notes and their links', () => {
  let org: OrgEmulator;
  let rep: OrgClient;
  before(async () => {
    org = await startOrg();
    rep = OrgClient.as(org, 'rep');
  });
  after(() => org.close());

  const deal = () => org.store.all('Opportunity').find((o) => typeof o.AccountId === 'string')!;
  const errorOf = (body: unknown) => (body as { errorCode: string; fields: string[] }[])[0];

  it('derives a task’s account from what it is about, closes it when completed, and keeps TaskSubtype to create', async () => {
    const created = await rep.call('POST', '/sobjects/Task', { Subject: 'Call with X', TaskSubtype: 'Call', Status: 'Completed', ActivityDate: '2026-03-02', WhatId: deal().Id });
    expect(created.status).to.equal(201);
    const id = (created.body as { id: string }).id;
    expect(id.startsWith('00T')).to.equal(true);
    expect(org.store.get('Task', id)).to.include({ AccountId: deal().AccountId, IsClosed: true, OwnerId: rep.user.id, Priority: 'Normal', IsHighPriority: false });
    expect(org.store.get('Task', id)!.CompletedDateTime).to.be.a('string');
    const patched = await rep.call('PATCH', `/sobjects/Task/${id}`, { TaskSubtype: 'Email' });
    expect(patched.status).to.equal(400);
    expect(errorOf(patched.body)).to.deep.include({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['TaskSubtype'] });
  });

  it('refuses a reminder without its time, a subtype it does not know, and a lead with a related record', async () => {
    const noTime = await rep.call('POST', '/sobjects/Task', { Subject: 'Remind', IsReminderSet: true });
    expect(errorOf(noTime.body)).to.deep.include({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['ReminderDateTime'] });
    const badSubtype = await rep.call('POST', '/sobjects/Task', { Subject: 'Meet', TaskSubtype: 'Meeting' });
    expect(errorOf(badSubtype.body)?.errorCode).to.equal('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    const lead = org.store.all('Lead')[0];
    if (lead) {
      const both = await rep.call('POST', '/sobjects/Task', { Subject: 'Both', WhoId: lead.Id, WhatId: deal().Id });
      expect(errorOf(both.body)).to.deep.include({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', fields: ['WhatId'] });
    }
  });

  it('writes a note and its link together, and neither when the link fails (allOrNone)', async () => {
    const notesBefore = org.store.all('ContentNote').length;
    const answer = await rep.call('POST', '/composite', {
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: `${API}/sobjects/ContentNote`, referenceId: 'note', body: { Title: 'T', Content: Buffer.from('<p>a &amp; b</p>').toString('base64') } },
        { method: 'POST', url: `${API}/sobjects/ContentDocumentLink`, referenceId: 'link', body: { ContentDocumentId: '@{note.id}', LinkedEntityId: deal().Id, ShareType: 'X' } },
      ],
    });
    const subs = (answer.body as { compositeResponse: Sub[] }).compositeResponse;
    expect(subs.map((s) => s.httpStatusCode)).to.deep.equal([400, 400]);
    expect(org.store.all('ContentNote').length).to.equal(notesBefore);

    const ok = await rep.call('POST', '/composite', {
      allOrNone: true,
      compositeRequest: [
        { method: 'POST', url: `${API}/sobjects/ContentNote`, referenceId: 'note', body: { Title: 'T', Content: Buffer.from('<p>a &amp; b</p>').toString('base64') } },
        { method: 'POST', url: `${API}/sobjects/ContentDocumentLink`, referenceId: 'link', body: { ContentDocumentId: '@{note.id}', LinkedEntityId: deal().Id, ShareType: 'V' } },
        { method: 'GET', url: `${API}/query?q=${encodeURIComponent(`SELECT ContentDocumentId, ContentDocument.Title FROM ContentDocumentLink WHERE LinkedEntityId = '${deal().Id}'`)}`, referenceId: 'links' },
      ],
    });
    const [note, , links] = (ok.body as { compositeResponse: Sub[] }).compositeResponse;
    const noteId = (note!.body as { id: string }).id;
    expect(org.store.get('ContentNote', noteId)).to.include({ TextPreview: 'a & b', FileType: 'SNOTE', OwnerId: rep.user.id });
    expect((links!.body as { records: { ContentDocumentId: string }[] }).records.map((r) => r.ContentDocumentId)).to.include(noteId);
  });

  it('refuses a note body that is not base64', async () => {
    const answer = await rep.call('POST', '/sobjects/ContentNote', { Title: 'T', Content: '<p>plain</p>' });
    expect(answer.status).to.equal(400);
    expect(errorOf(answer.body)?.errorCode).to.equal('JSON_PARSER_ERROR');
  });
});
