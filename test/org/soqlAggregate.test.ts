import { expect } from 'chai';
import { fixture, type Fixture } from './soqlFixture';

describe('SOQL aggregate queries', () => {
  let f: Fixture;
  beforeEach(() => { f = fixture(); });

  it('SELECT COUNT() answers with totalSize and no records', () => {
    expect(f.query('SELECT COUNT() FROM Opportunity')).to.deep.equal({ totalSize: 5, done: true, records: [] });
    expect(f.query('SELECT COUNT() FROM Opportunity WHERE IsClosed = false').totalSize).to.equal(3);
    expect(f.query('SELECT COUNT() FROM Opportunity LIMIT 2').totalSize).to.equal(2);
  });

  it('aggregates without GROUP BY give one AggregateResult, named expr0, expr1… when unaliased', () => {
    const result = f.query('SELECT SUM(Amount), COUNT(Id), MAX(CloseDate), AVG(Amount) average, MIN(Name) FROM Opportunity');
    expect(result.totalSize).to.equal(1);
    expect(result.records[0]).to.deep.equal({
      attributes: { type: 'AggregateResult' },
      expr0: 420000, expr1: 5, expr2: '2026-04-15', average: 105000, expr3: 'Anvil bulk order',
    });
  });

  it('on no rows: COUNT is 0 and SUM/AVG/MAX are null', () => {
    const [record] = f.query("SELECT COUNT(Id), SUM(Amount), AVG(Amount), MAX(Amount) FROM Opportunity WHERE Name = 'none'").records;
    expect(record).to.include({ expr0: 0, expr1: null, expr2: null, expr3: null });
  });

  it('COUNT(field) skips nulls; COUNT_DISTINCT counts distinct non-null values', () => {
    const [record] = f.query('SELECT COUNT(Amount), COUNT_DISTINCT(AccountId), COUNT(Id) FROM Opportunity').records;
    expect(record).to.include({ expr0: 4, expr1: 3, expr2: 5 });
  });

  it('groups by a field, keyed by the field name, with aliases where given', () => {
    const records = f.query('SELECT IsClosed, COUNT(Id) n, SUM(Amount) FROM Opportunity GROUP BY IsClosed ORDER BY IsClosed').records;
    expect(records).to.deep.equal([
      { attributes: { type: 'AggregateResult' }, IsClosed: false, n: 3, expr0: 260000 },
      { attributes: { type: 'AggregateResult' }, IsClosed: true, n: 2, expr0: 160000 },
    ]);
  });

  it('groups by a relationship field (Owner.Name → key Name) and a null group', () => {
    const records = f.query('SELECT Account.Name, COUNT(Id) FROM Opportunity GROUP BY Account.Name ORDER BY Account.Name NULLS LAST').records;
    expect(records.map((r) => [r.Name, r.expr0])).to.deep.equal([['Acme', 2], ['globex', 1], ['Initech', 1], [null, 1]]);
    const owners = f.query('SELECT Owner.Name owner, SUM(Amount) total FROM Opportunity GROUP BY Owner.Name ORDER BY SUM(Amount) DESC').records;
    expect(owners.map((r) => [r.owner, r.total])).to.deep.equal([['Ada Lovelace', 420000], ['Bob Boss', null]]);
  });

  it('filters groups with HAVING and sorts them by an aggregate', () => {
    const records = f.query('SELECT AccountId, COUNT(Id) c FROM Opportunity GROUP BY AccountId HAVING COUNT(Id) > 1').records;
    expect(records).to.deep.equal([{ attributes: { type: 'AggregateResult' }, AccountId: f.ids.acme, c: 2 }]);
    const big = f.query('SELECT StageName FROM Opportunity GROUP BY StageName HAVING SUM(Amount) >= 100000 AND StageName != \'Closed Won\'').records;
    expect(big.map((r) => r.StageName)).to.deep.equal(['Negotiation/Review']);
    const sorted = f.query('SELECT StageName, MAX(Amount) m FROM Opportunity WHERE Amount != null GROUP BY StageName ORDER BY MAX(Amount) ASC LIMIT 2').records;
    expect(sorted.map((r) => r.StageName)).to.deep.equal(['Qualification', 'Closed Lost']);
  });

  it('groups by date functions, which are numbered like aggregates', () => {
    const records = f.query('SELECT CALENDAR_MONTH(CloseDate), COUNT(Id) FROM Opportunity GROUP BY CALENDAR_MONTH(CloseDate) ORDER BY CALENDAR_MONTH(CloseDate)').records;
    expect(records.map((r) => [r.expr0, r.expr1])).to.deep.equal([[1, 1], [2, 1], [3, 2], [4, 1]]);
    const quarters = f.query('SELECT FISCAL_QUARTER(CloseDate) q, SUM(Amount) s FROM Opportunity GROUP BY FISCAL_QUARTER(CloseDate) ORDER BY FISCAL_QUARTER(CloseDate)', { fiscalYearStartMonth: 2 }).records;
    expect(quarters.map((r) => [r.q, r.s]), 'February–April, then November–January').to.deep.equal([[1, 380000], [4, 40000]]);
    const years = f.query('SELECT CALENDAR_YEAR(CloseDate) y, CALENDAR_QUARTER(CloseDate) q, COUNT(Id) FROM Opportunity GROUP BY CALENDAR_YEAR(CloseDate), CALENDAR_QUARTER(CloseDate) ORDER BY CALENDAR_QUARTER(CloseDate) DESC').records;
    expect(years.map((r) => [r.y, r.q, r.expr0])).to.deep.equal([[2026, 2, 1], [2026, 1, 4]]);
  });

  it('MIN and MAX of datetimes print in the REST datetime form', () => {
    const [record] = f.query('SELECT MIN(StartDateTime) earliest FROM Event').records;
    expect(record?.earliest).to.equal('2026-03-12T09:00:00.000+0000');
  });

  it('LIMIT and OFFSET apply to groups', () => {
    const records = f.query('SELECT StageName s FROM Opportunity GROUP BY StageName ORDER BY StageName LIMIT 2 OFFSET 1').records;
    expect(records.map((r) => r.s)).to.deep.equal(['Qualification', 'Negotiation/Review']);
  });
});
