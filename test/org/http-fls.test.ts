/**
 * Field-level security per user (local/org/fls.ts): what the REST API answers a user whose access to a field was
 * narrowed to read-only or to nothing, while other users keep theirs.
 */
import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient } from './http-fixture';

const READ_ONLY = (field: string) =>
  `Unable to create/update fields: ${field}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`;
const NO_COLUMN = (field: string, entity: string) =>
  `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`;

type Sub = { body: unknown; httpStatusCode: number; referenceId: string };

describe('org emulator: field-level security', () => {
  let org: OrgEmulator;
  let manager: OrgClient;
  let rep: OrgClient;

  before(async () => {
    org = await startOrg();
    manager = OrgClient.as(org, 'manager');
    rep = OrgClient.as(org, 'rep');
  });
  afterEach(() => org.clearFieldRestrictions());
  after(() => org.close());

  const openDeal = () => org.store.all('Opportunity').find((o) => o.IsClosed === false)!;

  it('refuses an update of a field the user may only read, names it, and writes nothing', async () => {
    const deal = openDeal();
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'read');
    const answer = await manager.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'Send the quote', Description: 'x' });
    expect(answer.status).to.equal(400);
    expect(answer.body).to.deep.equal([{ message: READ_ONLY('NextStep'), errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['NextStep'] }]);
    expect(org.store.get('Opportunity', deal.Id)).to.deep.equal(deal);
  });

  it('refuses a create naming it too, and lets the user write the other fields', async () => {
    const deal = openDeal();
    org.restrictField(manager.user.id, 'Opportunity.Amount', 'read');
    const body = { Name: 'FLS deal', StageName: 'Prospecting', CloseDate: '2030-01-31', Amount: 10 };
    const refused = await manager.call('POST', '/sobjects/Opportunity', body);
    expect(refused.status).to.equal(400);
    expect(refused.body).to.deep.equal([{ message: READ_ONLY('Amount'), errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Amount'] }]);
    expect(org.store.all('Opportunity').some((o) => o.Name === 'FLS deal')).to.equal(false);
    const ok = await manager.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'Call back' });
    expect(ok.status).to.equal(204);
    expect(org.store.get('Opportunity', deal.Id)?.NextStep).to.equal('Call back');
  });

  it('restricts only that user: another user still writes the field', async () => {
    const deal = org.store.all('Opportunity').find((o) => o.IsClosed === false && o.OwnerId === rep.user.id)!;
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'read');
    const answer = await rep.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'Rep may' });
    expect(answer.status).to.equal(204);
    expect(org.store.get('Opportunity', deal.Id)?.NextStep).to.equal('Rep may');
  });

  it('fails a composite subrequest the same way, rolling back the others with allOrNone', async () => {
    const [first, second] = org.store.all('Opportunity').filter((o) => o.IsClosed === false);
    org.restrictField(manager.user.username, 'Opportunity.ForecastCategoryName', 'read');
    const answer = await manager.call('POST', '/composite', {
      allOrNone: true,
      compositeRequest: [
        { method: 'PATCH', url: `${API}/sobjects/Opportunity/${first!.Id}`, referenceId: 'step', body: { NextStep: 'Composite step' } },
        { method: 'PATCH', url: `${API}/sobjects/Opportunity/${second!.Id}`, referenceId: 'category', body: { ForecastCategoryName: 'Omitted' } },
      ],
    });
    const results = (answer.body as { compositeResponse: Sub[] }).compositeResponse;
    expect(results[1]).to.deep.include({ httpStatusCode: 400, referenceId: 'category' });
    expect(results[1]?.body).to.deep.equal([{
      message: READ_ONLY('ForecastCategoryName'), errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['ForecastCategoryName'],
    }]);
    expect(org.store.get('Opportunity', first!.Id)).to.deep.equal(first);
    expect(org.store.get('Opportunity', second!.Id)).to.deep.equal(second);
  });

  it('still answers queries of a read-only field', async () => {
    const deal = openDeal();
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'read');
    const rows = await manager.conn.query<{ NextStep: unknown }>(`SELECT NextStep FROM Opportunity WHERE Id = '${deal.Id}'`);
    expect(rows.records[0]?.NextStep).to.equal(deal.NextStep);
  });

  it('makes a hidden field no column at all: in SELECT, WHERE and through a relationship', async () => {
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'none');
    org.restrictField(manager.user.username, 'Account.Industry', 'none');
    for (const [soql, field, entity] of [
      ['SELECT Id, NextStep FROM Opportunity', 'NextStep', 'Opportunity'],
      ["SELECT Id FROM Opportunity WHERE NextStep = 'x'", 'NextStep', 'Opportunity'],
      ['SELECT Id, Account.Industry FROM Opportunity', 'Account.Industry', 'Account'],
    ] as const) {
      const answer = await manager.call('GET', `/query?q=${encodeURIComponent(soql)}`);
      expect(answer.status, soql).to.equal(400);
      const [error] = answer.body as { errorCode: string; message: string }[];
      expect(error?.errorCode, soql).to.equal('INVALID_FIELD');
      expect(error?.message, soql).to.match(new RegExp(`ERROR at Row:1:Column:\\d+\\n${NO_COLUMN(field, entity).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    // The same text from another user still runs (compiled queries are not shared across restrictions).
    const theirs = await rep.call('GET', `/query?q=${encodeURIComponent('SELECT Id, NextStep FROM Opportunity')}`);
    expect(theirs.status).to.equal(200);
  });

  it('refuses a write of a hidden field as an unknown one, and leaves it out of a record read', async () => {
    const deal = openDeal();
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'none');
    const write = await manager.call('PATCH', `/sobjects/Opportunity/${deal.Id}`, { NextStep: 'hidden' });
    expect(write.status).to.equal(400);
    expect(write.body).to.deep.equal([{ message: "No such column 'NextStep' on sobject of type Opportunity", errorCode: 'INVALID_FIELD' }]);
    const read = await manager.call('GET', `/sobjects/Opportunity/${deal.Id}`);
    expect(read.status).to.equal(200);
    expect(read.body).to.not.have.property('NextStep');
    expect(read.body).to.have.property('Amount', deal.Amount);
    const named = await manager.call('GET', `/sobjects/Opportunity/${deal.Id}?fields=Name,NextStep`);
    expect(named.status).to.equal(400);
  });

  it('describes the object as the user sees it', async () => {
    org.restrictField(manager.user.username, 'Opportunity.Amount', 'read');
    org.restrictField(manager.user.username, 'Opportunity.NextStep', 'none');
    const fields = async (client: OrgClient) => {
      const answer = await client.call('GET', '/sobjects/Opportunity/describe');
      return new Map((answer.body as { fields: { name: string; createable: boolean; updateable: boolean }[] }).fields.map((f) => [f.name, f]));
    };
    const mine = await fields(manager);
    expect(mine.has('NextStep')).to.equal(false);
    expect(mine.get('Amount')).to.deep.include({ createable: false, updateable: false });
    const theirs = await fields(rep);
    expect(theirs.get('NextStep')).to.deep.include({ createable: true, updateable: true });
    expect(theirs.get('Amount')).to.deep.include({ createable: true, updateable: true });
  });

  it('cannot restrict a field Salesforce keeps out of field-level security, nor an unknown one', () => {
    expect(() => org.restrictField(manager.user.username, 'Opportunity.StageName', 'read')).to.throw(/no field-level security/);
    expect(() => org.restrictField(manager.user.username, 'Opportunity.Id', 'none')).to.throw(/no field-level security/);
    expect(() => org.restrictField(manager.user.username, 'Opportunity.Nope', 'none')).to.throw(/No field/);
    expect(() => org.restrictField('nobody@example.com', 'Opportunity.Amount', 'none')).to.throw(/No user/);
  });
});
