import { expect } from 'chai';
import { periodOf } from '../../lambda/src/deals/period';
import { boardFor } from '../../lambda/src/conversations/leaderboard/handler';
import { ranks } from '../../lambda/src/conversations/leaderboard/output';
import { leaderboardSoql } from '../../lambda/src/conversations/leaderboard/query';
import { attainmentPercent } from '../../lambda/src/conversations/quota/output';
import { type QuotaRow, quotaOver, quotaSoql } from '../../lambda/src/conversations/quota/query';
import { windowOf } from '../../lambda/src/conversations/quota/window';

const USER = '005000000000001AAA';
const LENA = '005000000000002AAA';

function row(start: string, end: string, amount: number | null, type = 'Quarter', owner = USER): QuotaRow {
  return { QuotaOwnerId: owner, QuotaOwner: { Name: 'Lena Fischer', FirstName: 'Lena' }, QuotaAmount: amount, StartDate: start, Period: { Type: type, StartDate: start, EndDate: end } };
}

describe('quota attainment', () => {
  describe('the dates of a question', () => {
    const w = (id: Parameters<typeof periodOf>[0], today: string, fiscal = 1) => windowOf(periodOf(id, today, fiscal, 'past'), today, fiscal);
    it('reads quarters and years as fiscal ones, because quotas belong to fiscal periods', () => {
      expect(w('THIS_QUARTER', '2026-11-27')).to.deep.equal({ from: '2026-10-01', to: '2026-12-31' });
      expect(w('LAST_QUARTER', '2026-01-15')).to.deep.equal({ from: '2025-10-01', to: '2025-12-31' });
      expect(w('THIS_QUARTER', '2026-11-27', 2)).to.deep.equal({ from: '2026-11-01', to: '2027-01-31' });
      expect(w('THIS_FISCAL_YEAR', '2026-03-10', 4)).to.deep.equal({ from: '2025-04-01', to: '2026-03-31' });
      expect(w('NEXT_YEAR', '2026-11-27')).to.deep.equal({ from: '2027-01-01', to: '2027-12-31' });
    });
    it('keeps named periods as period.ts made them, and weeks, months and year to date as the calendar has them', () => {
      expect(w('Q3', '2026-11-27')).to.deep.equal({ from: '2026-07-01', to: '2026-09-30' });
      expect(w('LAST_MONTH', '2026-03-31')).to.deep.equal({ from: '2026-02-01', to: '2026-02-28' });
      expect(w('THIS_WEEK', '2026-11-27')).to.deep.equal({ from: '2026-11-22', to: '2026-11-28' });
      expect(w('YEAR_TO_DATE', '2026-11-27', 4)).to.deep.equal({ from: '2026-04-01', to: '2026-11-27' });
    });
  });

  describe('a quota over the window', () => {
    const quarter = { from: '2026-10-01', to: '2026-12-31' };
    it('is one quarterly quota, or three monthly ones added up', () => {
      expect(quotaOver(USER, [row('2026-10-01', '2026-12-31', 400_000)], quarter)).to.include({ kind: 'quota', amount: 400_000, firstName: 'Lena' });
      const months = [row('2026-10-01', '2026-10-31', 100_000, 'Month'), row('2026-11-01', '2026-11-30', 150_000, 'Month'), row('2026-12-01', '2026-12-31', 50_000, 'Month')];
      expect(quotaOver(USER, months, quarter)).to.include({ kind: 'quota', amount: 300_000 });
    });
    it('is not told when the quota periods do not tile the window: a quarter asked about a month, a missing month', () => {
      expect(quotaOver(USER, [row('2026-10-01', '2026-12-31', 400_000)], { from: '2026-10-01', to: '2026-10-31' })).to.deep.equal({ kind: 'otherPeriods', id: USER, periodType: 'Quarter' });
      const gap = [row('2026-10-01', '2026-10-31', 100_000, 'Month'), row('2026-12-01', '2026-12-31', 50_000, 'Month')];
      expect(quotaOver(USER, gap, quarter).kind).to.equal('otherPeriods');
    });
    it('is none without rows, with an empty amount or a zero quota, and only counts the owner asked about', () => {
      expect(quotaOver(USER, [], quarter).kind).to.equal('none');
      expect(quotaOver(USER, [row('2026-10-01', '2026-12-31', null)], quarter).kind).to.equal('none');
      expect(quotaOver(USER, [row('2026-10-01', '2026-12-31', 0)], quarter).kind).to.equal('none');
      expect(quotaOver(USER, [row('2026-10-01', '2026-12-31', 1, 'Quarter', LENA)], quarter).kind).to.equal('none');
    });
    it('rounds attainment to a whole percent', () => {
      expect(attainmentPercent(1_095_000, 550_000)).to.equal(199);
      expect(attainmentPercent(0, 400_000)).to.equal(0);
    });
  });

  it('asks for the quotas and the wins in the same dates, a manager’s wins with her reports’', () => {
    const soql = quotaSoql({ owner: { scope: 'TEAM' }, userId: USER, window: { from: '2026-10-01', to: '2026-12-31' } });
    expect(soql.quotas).to.equal(
      `SELECT QuotaOwnerId, QuotaOwner.Name, QuotaOwner.FirstName, QuotaAmount, StartDate, Period.Type, Period.StartDate, Period.EndDate FROM ForecastingQuota WHERE (QuotaOwnerId = '${USER}' OR QuotaOwner.ManagerId = '${USER}') AND ForecastingType.DeveloperName = 'OpportunityRevenue' AND StartDate <= 2026-12-31 AND Period.EndDate >= 2026-10-01 ORDER BY StartDate`,
    );
    expect(soql.won).to.equal(`SELECT OwnerId, SUM(Amount) total, COUNT(Id) n FROM Opportunity WHERE IsWon = true AND CloseDate >= 2026-10-01 AND CloseDate <= 2026-12-31 AND (OwnerId = '${USER}' OR Owner.ManagerId = '${USER}') GROUP BY OwnerId`);
    const person = quotaSoql({ owner: { scope: 'PERSON', person: { id: LENA, name: 'Lena Fischer', firstName: 'Lena' } }, userId: USER, window: { from: '2026-10-01', to: '2026-12-31' } });
    expect(person.quotas).to.contain(`WHERE QuotaOwnerId = '${LENA}' AND`);
  });
});

describe('the leaderboard', () => {
  it('ranks the speaker’s team: a manager’s reports and herself, a rep’s peers, everyone’s on request', () => {
    expect(boardFor({ scope: 'TEAM' }, { userId: USER, hasReports: true, managerId: null })).to.deep.equal({ kind: 'team', managerId: USER });
    expect(boardFor({ scope: 'MINE' }, { userId: USER, hasReports: false, managerId: LENA })).to.deep.equal({ kind: 'peers', managerId: LENA });
    expect(boardFor({ scope: 'MINE' }, { userId: USER, hasReports: false, managerId: null })).to.deep.equal({ kind: 'mine', userId: USER });
    expect(boardFor({ scope: 'ALL' }, { userId: USER, hasReports: true, managerId: null })).to.deep.equal({ kind: 'all' });
  });

  it('is one aggregate query by owner, biggest first, one row beyond the names read', () => {
    expect(leaderboardSoql({ board: { kind: 'peers', managerId: LENA }, period: { kind: 'relative', id: 'THIS_QUARTER' }, count: 5 })).to.equal(
      `SELECT OwnerId, Owner.Name, SUM(Amount) total, COUNT(Id) n FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER AND Owner.ManagerId = '${LENA}' GROUP BY OwnerId, Owner.Name ORDER BY SUM(Amount) DESC NULLS LAST, COUNT(Id) DESC, Owner.Name ASC LIMIT 6`,
    );
  });

  it('gives equal amounts the same place and the next amount the place after them', () => {
    const leader = (amount: number) => ({ id: String(amount), name: '', amount, count: 1 });
    expect(ranks([leader(9), leader(5), leader(5), leader(1)])).to.deep.equal([1, 2, 2, 4]);
  });
});
