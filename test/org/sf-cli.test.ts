/**
 * What Salesforce's own CLI (`sf`) sends, over HTTP: an instance URL stored with a trailing slash (so every path
 * starts `//services/…`), `query?q=…&columns=true` after `sf data query`, and `sf org display`'s Organization fields.
 */
import { expect } from 'chai';
import { Connection } from 'jsforce';
import { startOrg, type OrgEmulator } from '../../local/org';
import { API, OrgClient } from './http-fixture';

interface Column { columnName: string; displayName: string; aggregate: boolean; joinColumns: Column[] }

/** The dotted paths the CLI prints as column headers (plugin-data's recursivelyFindColumns, for plain and related fields). */
function paths(columns: Column[], prefix = ''): string[] {
  return columns.flatMap((c) => (c.joinColumns.length && !c.aggregate ? paths(c.joinColumns, `${prefix}${c.columnName}.`) : [`${prefix}${c.columnName}`]));
}

/** A record's value at a dotted path, as the CLI reads it. */
function at(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record);
}

describe('org emulator: what the Salesforce CLI sends', () => {
  let org: OrgEmulator;
  let manager: OrgClient;

  before(async () => {
    org = await startOrg({ today: new Date('2026-03-18T12:00:00.000Z') });
    manager = OrgClient.as(org, 'manager');
  });
  after(() => org.close());

  describe('an instance URL with a trailing slash (`//services/…`)', () => {
    it('answers the double-slash paths as the single-slash ones', async () => {
      const get = async (path: string) => {
        const answer = await fetch(`${org.url}${path}`, { headers: { Authorization: `Bearer ${manager.accessToken}` } });
        return { status: answer.status, body: await answer.json() as unknown };
      };
      for (const path of [`${API}/sobjects/Organization/describe`, `${API}/sobjects/Account/describe`, `${API}/query?q=${encodeURIComponent('SELECT Id FROM Account ORDER BY Id LIMIT 1')}`]) {
        const doubled = await get(`/${path}`);
        expect(doubled.status, path).to.equal(200);
        expect(doubled.body, path).to.deep.equal((await get(path)).body);
      }
    });

    it('creates, reads, updates, queries and deletes through jsforce configured as sf configures it', async () => {
      const conn = new Connection({ instanceUrl: `${org.url}/`, accessToken: manager.accessToken, version: '66.0' });
      const created = await conn.sobject('Account').create({ Name: 'Slash Test Industries' });
      expect(created.success).to.equal(true);
      const id = created.id!;
      expect((await conn.sobject('Account').retrieve(id)).Name).to.equal('Slash Test Industries');
      await conn.sobject('Account').update({ Id: id, Name: 'Slash Test Holdings' });
      const { records } = await conn.query<{ Name: string }>(`SELECT Name FROM Account WHERE Id = '${id}'`);
      expect(records.map((r) => r.Name)).to.deep.equal(['Slash Test Holdings']);
      await conn.sobject('Account').destroy(id);
      expect((await conn.query(`SELECT Id FROM Account WHERE Id = '${id}'`)).totalSize).to.equal(0);
    });
  });

  describe('query?q=…&columns=true', () => {
    const columnsOf = async (soql: string) => {
      const answer = await manager.call('GET', `/query?q=${encodeURIComponent(soql)}&columns=true`);
      expect(answer.status, soql).to.equal(200);
      return answer.body as { columnMetadata: Column[]; entityName: string; records?: unknown };
    };
    const recordsOf = async (soql: string) => (await manager.conn.query<Record<string, unknown>>(soql)).records;

    it('answers columns, not records, with related fields joined under their relationship', async () => {
      const soql = 'SELECT Id, Name, Amount, Account.Name, Owner.Name, Owner.Manager.Name FROM Opportunity WHERE Owner.ManagerId != null ORDER BY Amount DESC LIMIT 3';
      const body = await columnsOf(soql);
      expect(body).to.not.have.property('records');
      expect(body.entityName).to.equal('Opportunity');
      expect(body.columnMetadata.map((c) => c.columnName)).to.deep.equal(['Id', 'Name', 'Amount', 'Account', 'Owner']);
      expect(body.columnMetadata.every((c) => c.aggregate === false)).to.equal(true);
      const owner = body.columnMetadata.find((c) => c.columnName === 'Owner')!;
      expect(owner.joinColumns.map((c) => c.columnName)).to.deep.equal(['Name', 'Manager']);
      expect(paths(body.columnMetadata)).to.deep.equal(['Id', 'Name', 'Amount', 'Account.Name', 'Owner.Name', 'Owner.Manager.Name']);
      // Every column the CLI will print is a path in the records the same query returns.
      const [first] = await recordsOf(soql);
      for (const path of paths(body.columnMetadata)) expect(at(first!, path), path).to.not.equal(undefined);
    });

    it('names columns as the records do, whatever case the query was written in', async () => {
      const soql = 'select id, name, account.name from opportunity limit 1';
      const body = await columnsOf(soql);
      expect(paths(body.columnMetadata)).to.deep.equal(['Id', 'Name', 'Account.Name']);
      const [first] = await recordsOf(soql);
      expect(Object.keys(first!).filter((k) => k !== 'attributes')).to.deep.equal(['Id', 'Name', 'Account']);
    });

    it('marks aggregates, names them exprN or by alias as the records do, and shows the function as the display name', async () => {
      const soql = 'SELECT StageName, COUNT(Id), SUM(Amount) total, MAX(Amount) FROM Opportunity GROUP BY StageName';
      const body = await columnsOf(soql);
      expect(body.columnMetadata.map(({ columnName, displayName, aggregate }) => ({ columnName, displayName, aggregate }))).to.deep.equal([
        { columnName: 'StageName', displayName: 'StageName', aggregate: false },
        { columnName: 'expr0', displayName: 'COUNT(Id)', aggregate: true },
        { columnName: 'total', displayName: 'SUM(Amount)', aggregate: true },
        { columnName: 'expr1', displayName: 'MAX(Amount)', aggregate: true },
      ]);
      const [first] = await recordsOf(soql);
      expect(Object.keys(first!).filter((k) => k !== 'attributes').sort()).to.deep.equal(['StageName', 'expr0', 'expr1', 'total']);
    });

    it('answers a bad query with the same error as without columns', async () => {
      const soql = 'SELECT Nope FROM Account';
      const withColumns = await manager.call('GET', `/query?q=${encodeURIComponent(soql)}&columns=true`);
      const without = await manager.call('GET', `/query?q=${encodeURIComponent(soql)}`);
      expect(withColumns.status).to.equal(400);
      expect(withColumns.body).to.deep.equal(without.body);
    });
  });

  it("answers sf org display's Organization query: a production Enterprise Edition org, no trial, no namespace", async () => {
    const { records } = await manager.conn.query<Record<string, unknown>>(
      'SELECT Name, InstanceName, IsSandbox, TrialExpirationDate, NamespacePrefix, OrganizationType FROM Organization');
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ IsSandbox: false, TrialExpirationDate: null, NamespacePrefix: null, OrganizationType: 'Enterprise Edition' });
    expect(records[0]!.InstanceName).to.be.a('string').and.not.equal('');
    const describe = await manager.conn.sobject('Organization').describe();
    const fields = new Map(describe.fields.map((f) => [f.name, f]));
    for (const name of ['InstanceName', 'IsSandbox', 'TrialExpirationDate', 'NamespacePrefix', 'OrganizationType']) {
      expect(fields.get(name)?.updateable, name).to.equal(false);
    }
  });
});
