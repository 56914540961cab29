import { expect } from 'chai';
import { fixture, type Fixture } from './soqlFixture';

describe('SOQL engine', () => {
  let f: Fixture;
  beforeEach(() => { f = fixture(); });

  describe('result shape', () => {
    it('gives each record attributes, then the selected fields in SELECT order', () => {
      const result = f.query('SELECT Name, Id, Amount FROM Opportunity WHERE Name = \'Rocket skates\'');
      expect(result).to.include({ totalSize: 1, done: true });
      expect(result.records[0]).to.deep.equal({
        attributes: { type: 'Opportunity', url: `/services/data/v66.0/sobjects/Opportunity/${f.ids.rocket}` },
        Name: 'Rocket skates', Id: f.ids.rocket, Amount: 250000,
      });
      expect(Object.keys(result.records[0] ?? {})).to.deep.equal(['attributes', 'Name', 'Id', 'Amount']);
    });

    it('uses the API version from the context in attributes.url', () => {
      const [record] = f.query('SELECT Id FROM Account LIMIT 1', { apiVersion: '60.0' }).records;
      expect((record?.attributes as { url: string }).url).to.match(/^\/services\/data\/v60\.0\/sobjects\/Account\/001/);
    });

    it('answers with API names whatever case the query uses', () => {
      const [record] = f.query("select name, account.name, OWNER.firstname from OPPORTUNITY where NAME = 'Rocket skates'").records;
      expect(record).to.have.keys('attributes', 'Name', 'Account', 'Owner');
      expect(record?.Account).to.deep.include({ Name: 'Acme' });
      expect(record?.Owner).to.deep.include({ FirstName: 'Ada' });
    });

    it('prints datetimes with milliseconds and +0000, dates as YYYY-MM-DD, numbers and booleans as JSON', () => {
      const [event] = f.query(`SELECT StartDateTime, ActivityDate, DurationInMinutes, IsAllDayEvent FROM Event WHERE Id = '${f.ids.demo}'`).records;
      expect(event).to.include({ StartDateTime: '2026-03-12T09:00:00.000+0000', ActivityDate: '2026-03-12', DurationInMinutes: 60, IsAllDayEvent: false });
    });

    it('returns null for unset fields', () => {
      const [record] = f.query(`SELECT Amount, NextStep FROM Opportunity WHERE Id = '${f.ids.magnet}'`).records;
      expect(record).to.include({ Amount: null, NextStep: null });
    });
  });

  describe('WHERE', () => {
    const names = (soql: string) => f.column(soql, 'Name').sort();

    it('compares text case-insensitively with = and !=, and != matches nulls', () => {
      expect(names("SELECT Name FROM Account WHERE Name = 'ACME'")).to.deep.equal(['Acme']);
      expect(names("SELECT Name FROM Account WHERE Industry != 'technology'")).to.deep.equal(['Initech', 'globex']);
    });

    it('compares numbers, and null never satisfies < or >', () => {
      expect(names('SELECT Name FROM Opportunity WHERE Amount > 100000')).to.deep.equal(['Anvil bulk order', 'Rocket skates']);
      expect(names('SELECT Name FROM Opportunity WHERE Amount <= 40000')).to.deep.equal(['No account deal', 'Printer fleet']);
      expect(names('SELECT Name FROM Opportunity WHERE Amount < 1000000')).to.not.include('Giant magnet');
      expect(names('SELECT Name FROM Opportunity WHERE Amount >= 120000.0')).to.deep.equal(['Anvil bulk order', 'Rocket skates']);
    });

    it('handles null comparisons and booleans', () => {
      expect(names('SELECT Name FROM Opportunity WHERE Amount = null')).to.deep.equal(['Giant magnet']);
      expect(names('SELECT Name FROM Opportunity WHERE AccountId = NULL')).to.deep.equal(['No account deal']);
      expect(names('SELECT Name FROM Opportunity WHERE IsClosed = false AND Amount != null')).to.deep.equal(['No account deal', 'Rocket skates']);
      expect(names('SELECT Name FROM Opportunity WHERE IsWon = TRUE')).to.deep.equal(['Anvil bulk order']);
    });

    it('combines AND, OR, NOT and parentheses', () => {
      expect(names("SELECT Name FROM Opportunity WHERE (StageName = 'Closed Won' OR StageName = 'Closed Lost') AND Amount > 50000")).to.deep.equal(['Anvil bulk order']);
      expect(names("SELECT Name FROM Opportunity WHERE NOT (IsClosed = true OR Amount = null)")).to.deep.equal(['No account deal', 'Rocket skates']);
      expect(names("SELECT Name FROM Opportunity WHERE NOT IsClosed = true AND Amount > 20000")).to.deep.equal(['Rocket skates']);
      expect(names("SELECT Name FROM Opportunity WHERE Amount > 200000 OR (IsWon = true AND (Amount < 5 OR Amount > 100))")).to.deep.equal(['Anvil bulk order', 'Rocket skates']);
      expect(names("SELECT Name FROM Opportunity WHERE (NOT IsClosed = true) AND ((Amount = 10000))")).to.deep.equal(['No account deal']);
    });

    it('supports IN and NOT IN lists (NOT IN keeps nulls)', () => {
      expect(names("SELECT Name FROM Opportunity WHERE StageName IN ('closed won', 'Prospecting')")).to.deep.equal(['Anvil bulk order', 'Giant magnet']);
      expect(names('SELECT Name FROM Opportunity WHERE Amount NOT IN (250000, 120000, 40000)')).to.deep.equal(['Giant magnet', 'No account deal']);
      expect(names(`SELECT Name FROM Account WHERE Id IN ('${f.ids.acme.slice(0, 15)}', '${f.ids.globex.toLowerCase()}')`)).to.deep.equal(['Acme', 'globex']);
    });

    it('matches LIKE case-insensitively with % and _, and \\% \\_ as literal characters', () => {
      f.store.insert('Account', { Name: '100% Widgets_Co' });
      expect(names("SELECT Name FROM Account WHERE Name LIKE 'a%'")).to.deep.equal(['Acme']);
      expect(names("SELECT Name FROM Account WHERE Name LIKE '_LOBEX'")).to.deep.equal(['globex']);
      expect(names("SELECT Name FROM Account WHERE Name LIKE '%\\%%'")).to.deep.equal(['100% Widgets_Co']);
      expect(names("SELECT Name FROM Account WHERE Name LIKE '%s\\_c%'")).to.deep.equal(['100% Widgets_Co']);
      expect(names("SELECT Name FROM Account WHERE Name LIKE '%s_c%'")).to.deep.equal(['100% Widgets_Co']);
      expect(names("SELECT Name FROM Account WHERE Name LIKE '%x\\_c%'")).to.deep.equal([]);
    });

    it('decodes string escapes', () => {
      f.store.insert('Account', { Name: "O'Brien \\ Sons\n" });
      expect(names("SELECT Name FROM Account WHERE Name = 'O\\'Brien \\\\ Sons\\n'")).to.deep.equal(["O'Brien \\ Sons\n"]);
      expect(names("SELECT Name FROM Account WHERE Name = '\\u0041cme'")).to.deep.equal(['Acme']);
    });

    it('filters on parent fields, including polymorphic ones, and a missing parent fails the test', () => {
      expect(names("SELECT Name FROM Opportunity WHERE Account.Industry = 'Technology'")).to.deep.equal(['Anvil bulk order', 'Rocket skates']);
      expect(names("SELECT Name FROM Opportunity WHERE Owner.Manager.LastName = 'Boss'")).to.have.length(4);
      expect(f.column("SELECT Subject FROM Event WHERE What.Type = 'Case'", 'Subject')).to.deep.equal(['Case review']);
      expect(f.column("SELECT Subject FROM Event WHERE What.Name = 'rocket skates'", 'Subject')).to.deep.equal(['Demo']);
    });

    it('compares dates and datetimes with literals, offsets included', () => {
      expect(names('SELECT Name FROM Opportunity WHERE CloseDate < 2026-02-10')).to.deep.equal(['Printer fleet']);
      expect(names('SELECT Name FROM Opportunity WHERE CloseDate <= 2026-02-10')).to.deep.equal(['Anvil bulk order', 'Printer fleet']);
      expect(f.column('SELECT Subject FROM Event WHERE StartDateTime > 2026-03-12T09:00:00Z', 'Subject')).to.deep.equal(['Case review']);
      expect(f.column('SELECT Subject FROM Event WHERE StartDateTime = 2026-03-12T10:00:00+01:00', 'Subject')).to.deep.equal(['Demo']);
      expect(f.column('SELECT Subject FROM Event WHERE StartDateTime >= 2026-03-12T04:00:00.000-0500', 'Subject')).to.deep.equal(['Demo', 'Case review']);
    });

    it('USING SCOPE mine keeps the querying user\'s records', () => {
      expect(names('SELECT Name FROM Opportunity USING SCOPE Mine WHERE Amount > 0')).to.deep.equal(['Anvil bulk order', 'No account deal', 'Printer fleet', 'Rocket skates']);
      expect(names('SELECT Name FROM Opportunity USING SCOPE mine', )).to.not.include('Giant magnet');
    });

    it('accepts FOR VIEW, FOR REFERENCE, WITH SECURITY_ENFORCED and WITH USER_MODE', () => {
      expect(f.query('SELECT Id FROM Account WITH SECURITY_ENFORCED').totalSize).to.equal(3);
      expect(f.query('SELECT Id FROM Account WITH USER_MODE').totalSize).to.equal(3);
      expect(f.query('SELECT Id FROM Account FOR VIEW').totalSize).to.equal(3);
      expect(f.query('SELECT Id FROM Account FOR REFERENCE').totalSize).to.equal(3);
    });
  });

  describe('semi-joins and anti-joins', () => {
    it('keeps rows whose id is (not) in the sub-select', () => {
      expect(f.column('SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true)', 'Name')).to.deep.equal(['Acme']);
      expect(f.column('SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsClosed = false)', 'Name')).to.deep.equal(['Initech']);
      expect(f.column("SELECT Name FROM Opportunity WHERE AccountId IN (SELECT Id FROM Account WHERE BillingCity = 'Berlin') AND IsClosed = false", 'Name')).to.deep.equal(['Rocket skates']);
    });

    it('an anti-join on a reference keeps rows whose reference is empty', () => {
      expect(f.column("SELECT Name FROM Opportunity WHERE AccountId NOT IN (SELECT Id FROM Account WHERE Industry != null)", 'Name').sort())
        .to.deep.equal(['Giant magnet', 'No account deal']);
    });
  });

  describe('ORDER BY, LIMIT, OFFSET', () => {
    it('sorts text case-insensitively', () => {
      expect(f.column('SELECT Name FROM Account ORDER BY Name', 'Name')).to.deep.equal(['Acme', 'globex', 'Initech']);
      expect(f.column('SELECT Name FROM Account ORDER BY Name DESC', 'Name')).to.deep.equal(['Initech', 'globex', 'Acme']);
    });

    it('puts nulls first ascending and last descending unless told otherwise', () => {
      expect(f.column('SELECT Amount FROM Opportunity ORDER BY Amount', 'Amount')).to.deep.equal([null, 10000, 40000, 120000, 250000]);
      expect(f.column('SELECT Amount FROM Opportunity ORDER BY Amount DESC', 'Amount')).to.deep.equal([250000, 120000, 40000, 10000, null]);
      expect(f.column('SELECT Amount FROM Opportunity ORDER BY Amount ASC NULLS LAST', 'Amount')).to.deep.equal([10000, 40000, 120000, 250000, null]);
      expect(f.column('SELECT Amount FROM Opportunity ORDER BY Amount DESC NULLS FIRST', 'Amount')).to.deep.equal([null, 250000, 120000, 40000, 10000]);
    });

    it('sorts by several keys and by parent fields', () => {
      expect(f.column('SELECT Name FROM Opportunity ORDER BY IsClosed DESC, CloseDate ASC', 'Name'))
        .to.deep.equal(['Printer fleet', 'Anvil bulk order', 'No account deal', 'Rocket skates', 'Giant magnet']);
      expect(f.column('SELECT Name FROM Opportunity ORDER BY Account.Name NULLS LAST, Name', 'Name'))
        .to.deep.equal(['Anvil bulk order', 'Rocket skates', 'Giant magnet', 'Printer fleet', 'No account deal']);
    });

    it('sorts picklists in their defined order', () => {
      expect(f.column('SELECT StageName FROM Opportunity ORDER BY StageName', 'StageName'))
        .to.deep.equal(['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost']);
    });

    it('applies OFFSET then LIMIT', () => {
      expect(f.column('SELECT Name FROM Account ORDER BY Name LIMIT 2', 'Name')).to.deep.equal(['Acme', 'globex']);
      expect(f.column('SELECT Name FROM Account ORDER BY Name LIMIT 1 OFFSET 1', 'Name')).to.deep.equal(['globex']);
      expect(f.column('SELECT Name FROM Account ORDER BY Name OFFSET 2', 'Name')).to.deep.equal(['Initech']);
      expect(f.query('SELECT Name FROM Account LIMIT 0').totalSize).to.equal(0);
    });
  });

  describe('relationships', () => {
    it('nests parent fields under the relationship, merged, with attributes; null when the reference is empty', () => {
      const records = f.query('SELECT Name, Account.Name, Account.Industry, Owner.Name FROM Opportunity ORDER BY Name').records;
      const rocket = records.find((r) => r.Name === 'Rocket skates');
      expect(rocket?.Account).to.deep.equal({
        attributes: { type: 'Account', url: `/services/data/v66.0/sobjects/Account/${f.ids.acme}` }, Name: 'Acme', Industry: 'Technology',
      });
      expect(Object.keys(rocket ?? {})).to.deep.equal(['attributes', 'Name', 'Account', 'Owner']);
      expect(records.find((r) => r.Name === 'No account deal')?.Account).to.equal(null);
    });

    it('follows several levels, with null at the first empty link', () => {
      const [ada] = f.query(`SELECT Manager.Manager.Name, Manager.Name FROM User WHERE Id = '${f.ids.ada}'`).records;
      expect(ada?.Manager).to.deep.include({ Name: 'Bob Boss', Manager: null });
      const [initech] = f.query("SELECT Parent.Name, Parent.Owner.Name FROM Account WHERE Name = 'Initech'").records;
      expect(initech?.Parent).to.deep.include({ Name: 'Acme' });
      expect((initech?.Parent as Record<string, unknown>).Owner).to.deep.include({ Name: 'Ada Lovelace' });
    });

    it('reads polymorphic parents as the Name object: Name is the name field, Type the object', () => {
      const [review] = f.query(`SELECT What.Name, What.Type, What.Id FROM Event WHERE Id = '${f.ids.review}'`).records;
      expect(review?.What).to.deep.equal({
        attributes: { type: 'Name', url: `/services/data/v66.0/sobjects/Case/${f.ids.case}` }, Name: '00001001', Type: 'Case', Id: f.ids.case,
      });
    });

    it('accepts the object alias and the object name as a prefix', () => {
      expect(f.column("SELECT a.Name FROM Account a WHERE a.Name = 'Acme'", 'Name')).to.deep.equal(['Acme']);
      expect(f.column("SELECT Account.Name FROM Account WHERE Account.Name = 'Acme'", 'Name')).to.deep.equal(['Acme']);
    });
  });

  describe('child subqueries', () => {
    it('nests children as a query result, filtered, sorted and limited per parent; null when none match', () => {
      const records = f.query("SELECT Name, (SELECT Name, Amount FROM Opportunities WHERE Amount > 1000 ORDER BY Amount DESC LIMIT 1) FROM Account ORDER BY Name").records;
      expect(records.map((r) => r.Name)).to.deep.equal(['Acme', 'globex', 'Initech']);
      expect(records[0]?.Opportunities).to.deep.equal({
        totalSize: 1, done: true,
        records: [{ attributes: { type: 'Opportunity', url: `/services/data/v66.0/sobjects/Opportunity/${f.ids.rocket}` }, Name: 'Rocket skates', Amount: 250000 }],
      });
      expect(records[1]?.Opportunities, 'globex only has an opportunity without amount').to.equal(null);
      expect((records[2]?.Opportunities as { totalSize: number }).totalSize).to.equal(1);
    });

    it('supports several subqueries, parent fields inside them, and polymorphic child relationships', () => {
      const [acme] = f.query("SELECT (SELECT LastName, Account.Name FROM Contacts ORDER BY LastName), (SELECT Subject FROM Cases), Name FROM Account WHERE Name = 'Acme'").records;
      expect(Object.keys(acme ?? {})).to.deep.equal(['attributes', 'Contacts', 'Cases', 'Name']);
      const contacts = acme?.Contacts as { records: Record<string, unknown>[] };
      expect(contacts.records.map((c) => c.LastName)).to.deep.equal(['Coyote', 'Runner']);
      expect(contacts.records[0]?.Account).to.deep.include({ Name: 'Acme' });
      const [rocket] = f.query(`SELECT (SELECT Subject FROM Events) FROM Opportunity WHERE Id = '${f.ids.rocket}'`).records;
      expect((rocket?.Events as { records: unknown[] }).records).to.deep.equal([
        { attributes: { type: 'Event', url: `/services/data/v66.0/sobjects/Event/${f.ids.demo}` }, Subject: 'Demo' },
      ]);
      const [demo] = f.query(`SELECT (SELECT RelationId, Status FROM EventRelations) FROM Event WHERE Id = '${f.ids.demo}'`).records;
      expect((demo?.EventRelations as { records: Record<string, unknown>[] }).records[0]).to.include({ RelationId: f.ids.bob, Status: 'Accepted' });
    });

    it('User.ManagedUsers lists the reports of a manager', () => {
      const [bob] = f.query(`SELECT Name, (SELECT Name FROM ManagedUsers) FROM User WHERE Id = '${f.ids.bob}'`).records;
      expect((bob?.ManagedUsers as { records: Record<string, unknown>[] }).records.map((u) => u.Name)).to.deep.equal(['Ada Lovelace']);
    });
  });

  describe('schema coverage', () => {
    it('can select, filter and sort on every field of every object', () => {
      for (const def of f.store.objects()) {
        for (const field of def.fields) {
          const rows = f.query(`SELECT ${field.name} FROM ${def.name} WHERE ${field.name} != null ORDER BY ${field.name} LIMIT 1`).records;
          expect(rows.every((row) => row[field.name] !== null), `${def.name}.${field.name}`).to.equal(true);
        }
      }
    });
  });

  describe('repeated execution', () => {
    it('sees records written after the query was first compiled', () => {
      const soql = "SELECT Name FROM Account WHERE BillingCity = 'Paris'";
      expect(f.query(soql).totalSize).to.equal(0);
      f.store.insert('Account', { Name: 'Paris SA', BillingCity: 'Paris' });
      expect(f.column(soql, 'Name')).to.deep.equal(['Paris SA']);
    });
  });
});
