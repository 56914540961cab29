import { expect } from 'chai';
import { addDays, fiscalQuarter, fiscalYear, localDate } from '../../local/org/calendar';
import { startOrg, type OrgEmulator } from '../../local/org';
import { standardFiscalYears } from '../../local/org/forecasting';
import { seedDemoOrg, type SeededOrg } from '../../local/org/seed';
import { createStore } from '../../local/org/store';
import type { OrgStore, SObjectRecord } from '../../local/org/types';
import { OrgClient, rejection } from './http-fixture';

// Noon UTC: the org's calendar date (New York) is the same day. Q1 2026 is "this quarter".
const TODAY = new Date('2026-03-18T12:00:00.000Z');

/** The quotas as the README and the skill speak of them, written out rather than read from the seed. */
const QUOTAS: Record<string, number> = {
  'Maria Alvarez': 1_750_000, 'James Carter': 400_000, 'Priya Patel': 450_000, 'Oliver Hughes': 350_000, 'Lena Fischer': 550_000,
};

function seeded(): { store: OrgStore; org: SeededOrg } {
  const store = createStore({ clock: () => TODAY });
  return { store, org: seedDemoOrg(store, TODAY) };
}

const sum = (rows: readonly SObjectRecord[]) => rows.reduce((total, row) => total + Number(row.Amount ?? 0), 0);

describe('org emulator: collaborative forecasts (store and seed)', () => {
  const { store, org } = seeded();
  const userId = (name: string) => org.users.find((u) => u.name === name)?.id as string;
  const periods = store.all('Period');
  const quarterOf = (start: string) => periods.find((p) => p.Type === 'Quarter' && p.StartDate === start) as SObjectRecord;

  it('has whole standard fiscal years around the demo data: years, quarters and months', () => {
    // Four quarters back (Q1 2025) to four ahead (Q1 2027): fiscal years 2025 to 2027.
    const byType = (type: string) => periods.filter((p) => p.Type === type);
    expect(byType('Year').map((p) => [p.StartDate, p.EndDate, p.FullyQualifiedLabel])).to.deep.equal([
      ['2025-01-01', '2025-12-31', 'FY 2025'], ['2026-01-01', '2026-12-31', 'FY 2026'], ['2027-01-01', '2027-12-31', 'FY 2027'],
    ]);
    expect(byType('Quarter')).to.have.length(12);
    expect(byType('Month')).to.have.length(36);
    expect(byType('Week')).to.have.length(0);
    expect(quarterOf('2026-01-01')).to.include({ EndDate: '2026-03-31', Number: 1, IsForecastPeriod: true, FullyQualifiedLabel: 'Q1 FY 2026' });
    expect(periods.find((p) => p.Type === 'Month' && p.StartDate === '2026-02-01')).to.include({
      EndDate: '2026-02-28', Number: 2, IsForecastPeriod: false, FullyQualifiedLabel: 'February FY 2026', QuarterLabel: null, PeriodLabel: null,
    });
    // Quarters tile their years without gaps; every period belongs to its year's FiscalYearSettings.
    const quarters = byType('Quarter').map((p) => [p.StartDate, p.EndDate] as [string, string]);
    quarters.slice(1).forEach(([start], i) => expect(start, start).to.equal(addDays(quarters[i]?.[1] ?? '', 1)));
    const settings = store.all('FiscalYearSettings');
    expect(settings.map((y) => y.Name)).to.deep.equal(['2025', '2026', '2027']);
    for (const p of periods) {
      const year = settings.find((y) => y.Id === p.FiscalYearSettingsId);
      expect(year && String(p.StartDate) >= String(year.StartDate) && String(p.EndDate) <= String(year.EndDate), String(p.FullyQualifiedLabel)).to.equal(true);
    }
  });

  it('follows the fiscal start month and year naming that SOQL fiscal functions use', () => {
    for (const namedByStart of [false, true]) {
      const [year] = standardFiscalYears(4, namedByStart, '2026-05-10', '2026-05-10');
      const quarters = year?.periods.filter((p) => p.Type === 'Quarter') ?? [];
      expect(quarters.map((q) => [q.StartDate, q.EndDate])).to.deep.equal([
        ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30'], ['2026-10-01', '2026-12-31'], ['2027-01-01', '2027-03-31'],
      ]);
      for (const q of quarters) {
        expect(q.Number).to.equal(fiscalQuarter(String(q.StartDate), 4));
        expect(q.FullyQualifiedLabel).to.equal(`Q${String(q.Number)} FY ${fiscalYear(String(q.StartDate), 4, namedByStart)}`);
      }
      expect(year?.settings.Name).to.equal(namedByStart ? '2026' : '2027');
    }
  });

  it('has one active Opportunity Revenue forecast type', () => {
    expect(store.all('ForecastingType').map((t) => [t.DeveloperName, t.MasterLabel, t.IsActive, t.IsAmount, t.IsQuantity])).to.deep.equal([
      ['OpportunityRevenue', 'Opportunity Revenue', true, true, false],
    ]);
  });

  it('gives every demo user a quarterly quota from four quarters back to four ahead, with the documented amounts', () => {
    const [type] = store.all('ForecastingType');
    const quotas = store.all('ForecastingQuota');
    const starts = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'];
    expect(quotas).to.have.length(starts.length * 5);
    for (const [name, amount] of Object.entries(QUOTAS)) {
      const own = quotas.filter((q) => q.QuotaOwnerId === userId(name));
      expect(own.map((q) => q.StartDate), name).to.deep.equal(starts);
      for (const q of own) {
        expect(q, `${name} ${String(q.StartDate)}`).to.include({
          QuotaAmount: amount, QuotaQuantity: null, PeriodId: quarterOf(String(q.StartDate)).Id, ForecastingTypeId: type?.Id, IsAmount: true, IsQuantity: false,
        });
        expect(String(q.Id).startsWith('0J9')).to.equal(true);
      }
    }
    // The manager's number is her team's.
    expect(QUOTAS['Maria Alvarez']).to.equal(400_000 + 450_000 + 350_000 + 550_000);
  });

  it("puts this quarter's attainment above 100% for Lena and the team, below for James, Priya and Oliver", () => {
    const wonThisQuarter = (ids: string[]) => sum(store.all('Opportunity').filter((o) =>
      o.IsWon === true && ids.includes(String(o.OwnerId)) && String(o.CloseDate) >= '2026-01-01' && String(o.CloseDate) <= '2026-03-31'));
    const reps = ['James Carter', 'Priya Patel', 'Oliver Hughes', 'Lena Fischer'];
    const won: Record<string, number> = Object.fromEntries(reps.map((name) => [name, wonThisQuarter([userId(name)])]));
    // Closed won so far this quarter: the numbers the README's table quotes.
    expect(won).to.deep.equal({ 'James Carter': 30_000, 'Priya Patel': 0, 'Oliver Hughes': 7_000, 'Lena Fischer': 1_095_000 });
    const team = wonThisQuarter(org.users.map((u) => u.id));
    expect(team).to.equal(890_000 + 30_000 + 7_000 + 1_095_000);
    const attainment = (name: string, amount: number) => amount / (QUOTAS[name] ?? Number.NaN);
    expect(attainment('Lena Fischer', won['Lena Fischer'] ?? 0)).to.be.above(1);
    expect(attainment('Maria Alvarez', team)).to.be.above(1);
    for (const name of ['James Carter', 'Priya Patel', 'Oliver Hughes']) expect(attainment(name, won[name] ?? 0), name).to.be.below(1);
  });

  it('computes forecast items per user, quarter and category, the manager rolling up her team', () => {
    const q1 = quarterOf('2026-01-01').Id;
    const maria = userId('Maria Alvarez');
    const item = (owner: string, category: string) =>
      store.all('ForecastingItem').find((i) => i.OwnerId === owner && i.PeriodId === q1 && i.ForecastingItemCategory === category) as SObjectRecord;
    const inQ1 = store.all('Opportunity').filter((o) => String(o.CloseDate) >= '2026-01-01' && String(o.CloseDate) <= '2026-03-31');
    const of = (categories: string[], owners?: string[]) =>
      sum(inQ1.filter((o) => categories.includes(String(o.ForecastCategoryName)) && (!owners || owners.includes(String(o.OwnerId)))));
    expect(item(maria, 'ClosedOnly')).to.include({ ForecastAmount: of(['Closed']), OwnerOnlyAmount: of(['Closed'], [maria]), ForecastCategoryName: 'Closed' });
    expect(item(maria, 'CommitForecast').ForecastAmount).to.equal(of(['Commit', 'Closed']));
    expect(item(maria, 'BestCaseForecast').ForecastAmount).to.equal(of(['Best Case', 'Commit', 'Closed']));
    expect(item(maria, 'OpenPipeline').ForecastAmount).to.equal(of(['Pipeline', 'Best Case', 'Commit']));
    const lena = userId('Lena Fischer');
    expect(item(lena, 'ClosedOnly')).to.include({ ForecastAmount: 1_095_000, OwnerOnlyAmount: 1_095_000, AmountWithoutAdjustments: 1_095_000 });
    // 5 users × 12 quarters × 7 categories; Most Likely is not a category of this org.
    expect(store.all('ForecastingItem')).to.have.length(5 * 12 * 7);
  });

  it('recomputes forecast items when a deal closes, keeping their ids', () => {
    const { store: own, org: demo } = seeded();
    const james = demo.users.find((u) => u.name === 'James Carter')?.id as string;
    const q1 = own.all('Period').find((p) => p.Type === 'Quarter' && p.StartDate === '2026-01-01')?.Id;
    const closed = () => own.all('ForecastingItem').find((i) => i.OwnerId === james && i.PeriodId === q1 && i.ForecastingItemCategory === 'ClosedOnly') as SObjectRecord;
    const before = closed();
    const deal = own.insert('Opportunity', { Name: 'Late win', StageName: 'Closed Won', CloseDate: '2026-03-17', Amount: 500_000, OwnerId: james });
    expect(closed()).to.include({ Id: before.Id, ForecastAmount: Number(before.ForecastAmount) + 500_000 });
    own.delete('Opportunity', deal.Id);
    expect(closed()).to.include({ Id: before.Id, ForecastAmount: before.ForecastAmount });
  });

  it('derives a quota period from its start date and refuses a start date that opens no forecast period', () => {
    const { store: own, org: demo } = seeded();
    const [type] = own.all('ForecastingType');
    const james = demo.users.find((u) => u.name === 'James Carter')?.id;
    const quota = own.insert('ForecastingQuota', { QuotaOwnerId: james, ForecastingTypeId: type?.Id, StartDate: '2027-04-01', QuotaAmount: 1 });
    expect(quota.PeriodId).to.equal(own.all('Period').find((p) => p.Type === 'Quarter' && p.StartDate === '2027-04-01')?.Id);
    expect(() => own.insert('ForecastingQuota', { QuotaOwnerId: james, ForecastingTypeId: type?.Id, StartDate: '2026-02-01', QuotaAmount: 1 }))
      .to.throw().with.property('errorCode', 'FIELD_INTEGRITY_EXCEPTION');
  });
});

describe('org emulator: collaborative forecasts over HTTP', () => {
  let org: OrgEmulator;
  let maria: OrgClient;
  let james: OrgClient;
  const quotaSoql = 'SELECT Id, QuotaOwnerId, QuotaOwner.Name, QuotaAmount, StartDate, PeriodId FROM ForecastingQuota ORDER BY StartDate, QuotaOwner.Name';

  before(async () => {
    org = await startOrg();
    maria = OrgClient.as(org, 'manager');
    james = new OrgClient(org, org.demo.users.find((u) => u.username === 'james.rep@summitpeak.demo') as OrgEmulator['demo']['users'][number]);
  });
  after(() => org.close());

  it("shows a rep only their own quotas and the manager her team's", async () => {
    const all = await maria.conn.query<{ QuotaOwnerId: string; QuotaOwner: { Name: string } }>(quotaSoql);
    expect(all.totalSize).to.equal(45);
    expect(new Set(all.records.map((r) => r.QuotaOwner.Name)).size).to.equal(5);
    const mine = await james.conn.query<{ QuotaOwnerId: string }>(quotaSoql);
    expect(mine.totalSize).to.equal(9);
    expect(mine.records.every((r) => r.QuotaOwnerId === james.user.id)).to.equal(true);
    // Aggregates and record reads see the same rows.
    const [count] = (await james.conn.query<{ expr0: number }>('SELECT COUNT(Id) FROM ForecastingQuota')).records;
    expect(count?.expr0).to.equal(9);
    const lenasQuota = all.records.find((r) => r.QuotaOwner.Name === 'Lena Fischer') as unknown as { Id: string };
    expect((await rejection(james.conn.sobject('ForecastingQuota').retrieve(lenasQuota.Id))).errorCode).to.equal('NOT_FOUND');
    expect(await maria.conn.sobject('ForecastingQuota').retrieve(lenasQuota.Id)).to.include({ QuotaAmount: 550_000 });
  });

  it("answers the skill's questions: this quarter's quota and the closed-won amount in its period", async () => {
    const today = localDate(Date.now(), 'America/New_York');
    const [quota] = (await james.conn.query<{ QuotaAmount: number; StartDate: string; Period: { StartDate: string; EndDate: string; FullyQualifiedLabel: string } }>(
      'SELECT QuotaAmount, StartDate, Period.StartDate, Period.EndDate, Period.FullyQualifiedLabel FROM ForecastingQuota '
      + `WHERE QuotaOwnerId = '${james.user.id}' AND ForecastingType.DeveloperName = 'OpportunityRevenue' AND StartDate = THIS_FISCAL_QUARTER`,
    )).records;
    expect(quota?.QuotaAmount).to.equal(400_000);
    expect(quota && quota.Period.StartDate <= today && today <= quota.Period.EndDate).to.equal(true);
    expect(quota?.Period.FullyQualifiedLabel).to.match(/^Q[1-4] FY \d{4}$/);
    const [won] = (await james.conn.query<{ expr0: number }>(
      `SELECT SUM(Amount) FROM Opportunity WHERE OwnerId = '${james.user.id}' AND IsWon = true `
      + `AND CloseDate >= ${quota?.Period.StartDate} AND CloseDate <= ${quota?.Period.EndDate}`,
    )).records;
    expect(won?.expr0).to.equal(30_000);
    const [item] = (await james.conn.query<{ ForecastAmount: number }>(
      `SELECT ForecastAmount FROM ForecastingItem WHERE OwnerId = '${james.user.id}' AND ForecastingItemCategory = 'ClosedOnly' `
      + `AND ForecastingType.DeveloperName = 'OpportunityRevenue' AND Period.StartDate = ${quota?.Period.StartDate}`,
    )).records;
    expect(item?.ForecastAmount).to.equal(30_000);
  });

  it('lets everyone read periods, and describes the objects with their real names, prefixes and access', async () => {
    const quarters = await james.conn.query('SELECT Id FROM Period WHERE Type = \'Quarter\' AND StartDate <= TODAY AND EndDate >= TODAY');
    expect(quarters.totalSize).to.equal(1);
    const quota = await maria.conn.sobject('ForecastingQuota').describe();
    expect(quota).to.include({ keyPrefix: '0J9', createable: true, deletable: true, queryable: true });
    const field = (name: string) => quota.fields.find((f) => f.name === name);
    expect(field('QuotaAmount')).to.include({ type: 'currency', createable: true, updateable: true });
    expect(field('QuotaOwnerId')).to.include({ type: 'reference', relationshipName: 'QuotaOwner', nillable: false });
    expect(field('PeriodId')).to.include({ type: 'reference', relationshipName: 'Period', createable: false, updateable: false });
    expect(field('ForecastingTypeId')).to.include({ createable: true, updateable: false });
    expect(field('IsAmount')).to.include({ createable: false });
    expect(field('IsDeleted')).to.equal(undefined);
    const item = await maria.conn.sobject('ForecastingItem').describe();
    expect(item).to.include({ keyPrefix: '0FI', createable: false, updateable: false, deletable: false });
    expect(item.fields.find((f) => f.name === 'ForecastingItemCategory')?.picklistValues?.map((v) => v.value)).to.include.members(['ClosedOnly', 'CommitForecast', 'BestCaseForecast', 'OpenPipeline']);
    expect(await maria.conn.sobject('Period').describe()).to.include({ keyPrefix: '026', createable: false });
    expect(await maria.conn.sobject('ForecastingType').describe()).to.include({ keyPrefix: '0Db', searchable: false });
    // Setup and forecasting rows are not searched: "revenue" finds no forecast type, "2026" no fiscal year.
    const found = await maria.call('GET', `/search?q=${encodeURIComponent('FIND {Opportunity Revenue OR 2026}')}`);
    const types = (found.body as { searchRecords: { attributes: { type: string } }[] }).searchRecords.map((r) => r.attributes.type);
    expect(found.status).to.equal(200);
    expect(types.filter((type) => ['ForecastingType', 'FiscalYearSettings', 'Period'].includes(type))).to.deep.equal([]);
  });

  it('refuses writes to forecast items and periods, like objects the API cannot insert into or update', async () => {
    const failure = await rejection(maria.conn.sobject('ForecastingItem').create({ ForecastAmount: 1 }));
    expect(failure.errorCode).to.equal('INVALID_TYPE_FOR_OPERATION');
    const [row] = (await maria.conn.query<{ Id: string }>('SELECT Id FROM ForecastingItem LIMIT 1')).records;
    const answer = await maria.call('PATCH', `/sobjects/ForecastingItem/${row?.Id}`, { ForecastAmount: 1 });
    expect(answer.status).to.equal(400);
    expect(answer.body).to.deep.equal([{ errorCode: 'INVALID_TYPE_FOR_OPERATION', message: 'entity type cannot be updated: ForecastingItem' }]);
    expect((await maria.call('DELETE', `/sobjects/ForecastingItem/${row?.Id}`)).status).to.equal(400);
    expect((await rejection(maria.conn.sobject('Period').create({ Type: 'Quarter' }))).errorCode).to.equal('INVALID_TYPE_FOR_OPERATION');
  });

  it("lets a manager set her reps' quotas but nobody their own", async () => {
    const quotas = await maria.conn.query<{ Id: string; QuotaOwnerId: string }>(quotaSoql);
    const jamesQuota = quotas.records.find((r) => r.QuotaOwnerId === james.user.id) as { Id: string };
    const mariasQuota = quotas.records.find((r) => r.QuotaOwnerId === maria.user.id) as { Id: string };
    expect((await maria.call('PATCH', `/sobjects/ForecastingQuota/${jamesQuota.Id}`, { QuotaAmount: 410_000 })).status).to.equal(204);
    expect((await maria.call('PATCH', `/sobjects/ForecastingQuota/${jamesQuota.Id}`, { QuotaAmount: 400_000 })).status).to.equal(204);
    expect((await rejection(james.conn.sobject('ForecastingQuota').update({ Id: jamesQuota.Id, QuotaAmount: 1 }))).errorCode).to.equal('INSUFFICIENT_ACCESS_OR_READONLY');
    expect((await maria.call('PATCH', `/sobjects/ForecastingQuota/${mariasQuota.Id}`, { QuotaAmount: 1 })).status).to.equal(403);
    expect((await maria.call('PATCH', `/sobjects/ForecastingQuota/${jamesQuota.Id}`, { PeriodId: mariasQuota.Id })).status).to.equal(400);
  });

  it('hides the forecasting objects from users without Allow Forecasting', async () => {
    org.store.update('User', james.user.id, { ForecastEnabled: false }, { trusted: true });
    try {
      expect((await rejection(james.conn.query('SELECT Id FROM ForecastingQuota'))).errorCode).to.equal('INVALID_TYPE');
      expect((await james.call('GET', '/sobjects/ForecastingItem/describe')).status).to.equal(404);
      const global = await james.conn.describeGlobal();
      expect(global.sobjects.map((o) => o.name)).to.include('Period').and.not.include.members(['ForecastingQuota', 'ForecastingItem', 'ForecastingType']);
      expect((await james.conn.query('SELECT Id FROM Period')).totalSize).to.be.above(0);
    } finally {
      org.store.update('User', james.user.id, { ForecastEnabled: true }, { trusted: true });
    }
  });
});
