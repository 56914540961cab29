import { expect } from 'chai';
import { localDate } from '../../local/org/calendar';
import { startOrg, type OrgEmulator } from '../../local/org';
import { OrgClient } from './http-fixture';

type Cell = { label: string; value: unknown };
type Fact = { aggregates: Cell[]; rows?: { dataCells: Cell[] }[] };
interface ReportAnswer {
  attributes: Record<string, string>;
  allData: boolean;
  factMap: Record<string, Fact>;
  groupingsAcross: { groupings: unknown[] };
  groupingsDown: { groupings: { groupings: unknown[]; key: string; label: string; value: unknown }[] };
  hasDetailRows: boolean;
  reportExtendedMetadata: Record<string, Record<string, { label: string; dataType: string }>>;
  reportMetadata: {
    id: string; name: string; reportFormat: string; aggregates: string[]; detailColumns: string[];
    groupingsDown: { name: string; sortOrder: string }[]; reportFilters: { column: string; operator: string; value: string }[]; reportBooleanFilter: string | null;
    reportType: { type: string }; standardDateFilter: { column: string; durationValue: string; startDate: string; endDate: string };
  };
}

describe('org emulator: analytics reports', () => {
  let org: OrgEmulator;
  let manager: OrgClient;
  let reportId: string;

  before(async () => {
    org = await startOrg();
    manager = OrgClient.as(org, 'manager');
    reportId = org.demo.reports.winsLosses;
  });
  after(() => org.close());

  const run = async (client: OrgClient, details: boolean, id = reportId) => {
    const answer = await client.call('GET', `/analytics/reports/${id}?includeDetails=${details}`);
    expect(answer.status).to.equal(200);
    return answer.body as ReportAnswer;
  };

  /** Closed deals in the report's date range, straight from the store: won first. */
  function expected(report: ReportAnswer) {
    const { startDate, endDate } = report.reportMetadata.standardDateFilter;
    const closed = org.store.all('Opportunity').filter((o) => o.IsClosed === true && String(o.CloseDate) >= startDate && String(o.CloseDate) <= endDate);
    const group = (deals: typeof closed) => ({
      count: deals.length,
      amount: deals.reduce((sum, o) => sum + Number(o.Amount ?? 0), 0),
      largest: deals.reduce((max, o) => Math.max(max, Number(o.Amount ?? 0)), 0),
    });
    return { won: group(closed.filter((o) => o.IsWon === true)), lost: group(closed.filter((o) => o.IsWon === false)), all: group(closed) };
  }

  it('exposes the demo report id, a 00O id', () => {
    expect(reportId).to.match(/^00O\w{15}$/);
  });

  it('answers a summary report: metadata, groupings by Won, and counts and sums per group and in total', async () => {
    const report = await run(manager, false);
    expect(report.attributes).to.deep.include({ reportId, reportName: 'Closed Won vs Lost This Quarter', type: 'Report' });
    expect(report.attributes.describeUrl).to.equal(`/services/data/v66.0/analytics/reports/${reportId}/describe`);
    expect(report.reportMetadata).to.deep.include({
      id: reportId, name: 'Closed Won vs Lost This Quarter', reportFormat: 'SUMMARY', aggregates: ['RowCount', 's!AMOUNT', 'x!AMOUNT'],
      reportType: { type: 'Opportunity', label: 'Opportunities' },
    });
    expect(report.reportMetadata.groupingsDown.map((g) => g.name)).to.deep.equal(['WON']);
    expect(report.reportMetadata.reportFilters).to.deep.include({ column: 'CLOSED', operator: 'equals', value: 'True', filterType: 'fieldValue', isRunPageEditable: true });
    const { startDate, endDate, durationValue, column } = report.reportMetadata.standardDateFilter;
    expect({ column, durationValue }).to.deep.equal({ column: 'CLOSE_DATE', durationValue: 'THIS_QUARTER' });
    expect(startDate).to.match(/^\d{4}-(01|04|07|10)-01$/);
    expect(endDate > startDate).to.equal(true);
    expect(report.reportExtendedMetadata.aggregateColumnInfo).to.have.keys('RowCount', 's!AMOUNT', 'x!AMOUNT');
    expect(report.reportExtendedMetadata.groupingColumnInfo?.WON).to.include({ label: 'Won', dataType: 'boolean' });
    expect(report).to.include({ allData: true, hasDetailRows: false });
    expect(report.groupingsAcross).to.deep.equal({ groupings: [] });

    // The demo org closes deals both ways every quarter (seed.ts).
    expect(report.groupingsDown.groupings).to.deep.equal([
      { groupings: [], key: '0', label: 'True', value: true },
      { groupings: [], key: '1', label: 'False', value: false },
    ]);
    expect(Object.keys(report.factMap).sort()).to.deep.equal(['0!T', '1!T', 'T!T']);
    const { won, lost, all } = expected(report);
    const money = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(report.factMap['0!T']).to.deep.equal({
      aggregates: [{ label: String(won.count), value: won.count }, { label: money(won.amount), value: won.amount }, { label: money(won.largest), value: won.largest }],
    });
    expect(report.factMap['1!T']?.aggregates.map((a) => a.value)).to.deep.equal([lost.count, lost.amount, lost.largest]);
    expect(report.factMap['T!T']?.aggregates.map((a) => a.value)).to.deep.equal([all.count, all.amount, all.largest]);
  });

  it('with includeDetails, lists each deal under its group, biggest first, one cell per detail column', async () => {
    const report = await run(manager, true);
    expect(await manager.conn.analytics.report(reportId).execute({ details: true }), 'as jsforce runs it').to.deep.equal(report);
    expect(report.hasDetailRows).to.equal(true);
    expect(report.reportMetadata.detailColumns).to.deep.equal(['OPPORTUNITY_NAME', 'ACCOUNT_NAME', 'AMOUNT', 'CLOSE_DATE', 'STAGE_NAME', 'FULL_NAME']);
    expect(report.factMap['T!T']?.rows).to.deep.equal([]);
    for (const [key, stage] of [['0!T', 'Closed Won'], ['1!T', 'Closed Lost']] as const) {
      const fact = report.factMap[key]!;
      expect(fact.rows).to.have.length(Number(fact.aggregates[0]?.value));
      const amounts = fact.rows!.map((row) => (row.dataCells[2]?.value as { amount: number }).amount);
      expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a));
      for (const { dataCells } of fact.rows!) {
        expect(dataCells).to.have.length(6);
        const opportunity = org.store.get('Opportunity', String(dataCells[0]?.value))!;
        const account = org.store.get('Account', String(opportunity.AccountId))!;
        expect(dataCells[0]?.label).to.equal(opportunity.Name);
        expect(dataCells[1]).to.deep.equal({ label: account.Name, value: account.Id });
        expect(dataCells[2]?.value).to.deep.equal({ amount: opportunity.Amount, currency: null });
        expect(dataCells[3]?.value).to.equal(opportunity.CloseDate);
        expect(dataCells[3]?.label).to.match(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
        expect(dataCells[4]).to.deep.equal({ label: stage, value: stage });
      }
    }
  });

  it('is computed at request time, over the whole org (scope organization) whoever runs it', async () => {
    const before = expected(await run(manager, false));
    org.store.insert('Opportunity', {
      Name: 'Report test - lost today', StageName: 'Closed Lost', Amount: 12345, CloseDate: localDate(Date.now(), 'America/New_York'),
    });
    const report = await run(manager, false);
    expect(report.factMap['1!T']?.aggregates.map((a) => a.value).slice(0, 2)).to.deep.equal([before.lost.count + 1, before.lost.amount + 12345]);
    const rep = OrgClient.as(org, 'rep');
    expect((await run(rep, false)).factMap['T!T']).to.deep.equal(report.factMap['T!T']);
  });

  it('runs with posted filters in place of the saved ones, combined by the boolean filter, and saves nothing', async () => {
    const saved = await run(manager, false);
    const { won, lost } = expected(saved);
    const reportFilters = [
      { column: 'CLOSED', operator: 'equals', value: 'True' },
      { column: 'AMOUNT', operator: 'equals', value: String(won.largest) },
      { column: 'AMOUNT', operator: 'equals', value: String(lost.largest) },
    ];
    const answer = await manager.call('POST', `/analytics/reports/${reportId}?includeDetails=true`, { reportMetadata: { reportFilters, reportBooleanFilter: '1 AND (2 OR 3)' } });
    expect(answer.status).to.equal(200);
    const report = answer.body as ReportAnswer;
    const amounts = (key: string) => report.factMap[key]!.rows!.map((row) => (row.dataCells[2]?.value as { amount: number }).amount);
    expect(amounts('0!T').every((a) => a === won.largest || a === lost.largest) && amounts('0!T').includes(won.largest)).to.equal(true);
    expect(amounts('1!T').every((a) => a === won.largest || a === lost.largest) && amounts('1!T').includes(lost.largest)).to.equal(true);
    expect(report.reportMetadata.reportBooleanFilter).to.equal('1 AND (2 OR 3)');
    expect((await run(manager, false)).factMap).to.deep.equal(saved.factMap);

    const bad = await manager.call('POST', `/analytics/reports/${reportId}`, { reportMetadata: { reportFilters: [{ column: 'NOPE', operator: 'equals', value: '1' }] } });
    expect(bad.status).to.equal(400);
  });

  it('returns at most the first 2,000 detail rows, and says allData false then', async () => {
    const today = localDate(Date.now(), 'America/New_York');
    const { all } = expected(await run(manager, false));
    for (let i = all.count; i <= 2000; i++) org.store.insert('Opportunity', { Name: `Bulk ${i}`, StageName: 'Closed Lost', Amount: 1, CloseDate: today });
    const report = await run(manager, true);
    const rows = Object.values(report.factMap).reduce((n, fact) => n + (fact?.rows?.length ?? 0), 0);
    expect([rows, report.allData]).to.deep.equal([2000, false]);
    expect(report.factMap['T!T']?.aggregates[0]?.value, 'the summaries still count every row').to.equal(2001);
  });

  it('finds the report by its 15-character id, and answers 404 NOT_FOUND for an unknown one', async () => {
    expect((await run(manager, false, reportId.slice(0, 15))).reportMetadata.id).to.equal(reportId);
    for (const id of ['00OHs0000000zzzAAA', 'nope']) {
      const answer = await manager.call('GET', `/analytics/reports/${id}`);
      expect([answer.status, answer.body]).to.deep.equal([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
    }
  });
});
