import { expect } from 'chai';
import { averageOpenOutput, averageWonOutput, isOver, openStatsOutput } from '../../lambda/src/conversations/deal-stats/output';
import { averageAmount, openStatsSoql, toDealStats, wonStatsSoql } from '../../lambda/src/conversations/deal-stats/query';
import { translatorFor } from '../../lambda/src/i18n';

const t = translatorFor('en-US');
const ME = '005000000000001AAA';
const speaking = { currency: 'USD', locale: 'en-US', today: '2026-11-26', userId: ME };
const lena = { scope: 'PERSON' as const, person: { id: '005000000000005AAA', name: 'Lena O’Hara & Co', firstName: 'Lena' } };
const thisQuarter = { kind: 'relative' as const, id: 'THIS_QUARTER' as const };
const lastQuarter = { kind: 'relative' as const, id: 'LAST_QUARTER' as const };

describe('deal stats', () => {
  it('counts every deal, sums the amounts and counts those with one, in one query', () => {
    expect(openStatsSoql({ owner: { scope: 'TEAM' }, category: 'COMMIT', period: thisQuarter }, ME)).to.equal(
      `SELECT COUNT(Id) n, SUM(Amount) total, COUNT(Amount) priced FROM Opportunity WHERE IsClosed = false AND (OwnerId = '${ME}' OR Owner.ManagerId = '${ME}') AND CloseDate = THIS_QUARTER AND ForecastCategoryName = 'Commit'`,
    );
    expect(wonStatsSoql({ owner: { scope: 'MINE' }, userId: ME, period: { kind: 'quarter', quarter: 3, from: '2026-07-01', to: '2026-09-30' } })).to.equal(
      `SELECT COUNT(Id) n, SUM(Amount) total, COUNT(Amount) priced FROM Opportunity WHERE IsWon = true AND CloseDate >= 2026-07-01 AND CloseDate <= 2026-09-30 AND OwnerId = '${ME}'`,
    );
  });

  it('averages over the deals with an amount, and has no average without one', () => {
    expect(averageAmount(toDealStats({ n: 3, total: 300, priced: 2 }))).to.equal(150);
    expect(averageAmount(toDealStats({ n: 2, total: null, priced: 0 }))).to.equal(undefined);
    expect(averageAmount(toDealStats(undefined))).to.equal(undefined);
  });

  it('says past periods in the past tense', () => {
    expect(isOver(lastQuarter, '2026-11-26')).to.equal(true);
    expect(isOver(thisQuarter, '2026-11-26')).to.equal(false);
    expect(isOver({ kind: 'quarter', quarter: 3, from: '2026-07-01', to: '2026-09-30' }, '2026-11-26')).to.equal(true);
    expect(isOver({ kind: 'yearToDate' }, '2026-11-26')).to.equal(false);
  });

  it('speaks open deals, never "worth 0 dollars", with names escaped once', () => {
    const base = { ...speaking, owner: lena, notes: [] };
    expect(openStatsOutput(t, { ...base, category: 'COMMIT', stats: { count: 2, priced: 2, amount: 921_000 } }).speech).to.equal(
      'Lena O’Hara &amp; Co has 2 open deals in commit worth 921 thousand dollars. What else?',
    );
    expect(openStatsOutput(t, { ...base, period: thisQuarter, stats: { count: 2, priced: 0, amount: 0 } }).speech).to.equal(
      'Lena O’Hara &amp; Co has 2 open deals closing this quarter, none with an amount yet. What else?',
    );
    expect(openStatsOutput(t, { ...base, owner: { scope: 'ALL' }, stats: { count: 0, priced: 0, amount: 0 } }).speech).to.match(/^There are no open deals\. /);
  });

  it('speaks the average open deal, and what it left out', () => {
    const out = averageOpenOutput(t, { ...speaking, owner: { scope: 'TEAM' }, notes: [], stats: { count: 5, priced: 4, amount: 400_000 } });
    expect(out.speech).to.equal('Your team’s average open deal is 100 thousand dollars, over 4 deals with an amount. 1 more open deal has no amount yet. What else?');
    expect(averageOpenOutput(t, { ...speaking, owner: { scope: 'MINE' }, notes: [], stats: { count: 1, priced: 0, amount: 0 } }).speech).to.match(/^None of your open deals has an amount yet, so there’s no average\./);
  });

  it('speaks the average won deal, or that there is none, after the notes', () => {
    const won = averageWonOutput(t, { ...speaking, owner: { scope: 'TEAM' }, period: lastQuarter, notes: [], stats: { count: 7, priced: 7, amount: 1_260_000 } });
    expect(won.speech).to.equal('Your team’s average won deal last quarter was 180 thousand dollars, over 7 deals. What else?');
    const none = averageWonOutput(t, { ...speaking, owner: { scope: 'MINE' }, period: thisQuarter, notes: [{ kind: 'noTeam' }, { kind: 'unsupported', slot: 'category' }], stats: { count: 0, priced: 0, amount: 0 } });
    expect(none.speech).to.equal(
      'No one reports to you in Salesforce, so here are your own. This answer can’t be split by forecast category, so it covers every category. ' +
        'You won no deals this quarter, so there’s no average deal size yet. What else?',
    );
    expect(none.speech).not.to.contain('0 dollars');
    const unpriced = averageWonOutput(t, { ...speaking, owner: lena, period: thisQuarter, notes: [], stats: { count: 2, priced: 0, amount: 0 } });
    expect(unpriced.speech).to.equal('Lena O’Hara &amp; Co won 2 deals this quarter, but none has an amount, so there’s no average deal size. What else?');
  });
});
