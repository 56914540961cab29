import { expect } from 'chai';
import { type ItemRow, forecastSoql, toForecast } from '../../lambda/src/conversations/forecast/query';
import { bestChanceSoql } from '../../lambda/src/conversations/opportunity-score/query';
import { periodOf } from '../../lambda/src/deals/period';
import { createDescribeCache } from '../../lambda/src/salesforce/describeCache';
import { type OrgFeatures, scoreRelationship } from '../../lambda/src/salesforce/features';

const USER = '005000000000001AAA';
const LENA = '005000000000002AAA';
const QUARTER = { from: '2026-10-01', to: '2026-12-31' };

function item(category: string, forecast: number, asOwnerSees: number, start = '2026-10-01', end = '2026-12-31', type = 'Quarter'): ItemRow {
  return {
    PeriodId: `026${start}`, ForecastingItemCategory: category, ForecastAmount: forecast, AmountWithoutManagerAdjustment: asOwnerSees,
    Period: { Type: type, StartDate: start, EndDate: end },
  };
}

describe('the forecast', () => {
  const rows = [item('CommitForecast', 1_600_000, 1_500_000), item('CommitOnly', 400_000, 300_000), item('BestCaseOnly', 300_000, 250_000)];

  it('reads closed as the commit forecast less commit, and best case on its own', () => {
    expect(toForecast(rows, QUARTER, false)).to.deep.equal({ kind: 'forecast', amounts: { closed: 1_200_000, commit: 400_000, bestCase: 300_000 } });
  });

  it('reads the speaker’s own forecast as they see it (no adjustments from above), another’s with every adjustment', () => {
    expect(toForecast(rows, QUARTER, true)).to.deep.equal({ kind: 'forecast', amounts: { closed: 1_200_000, commit: 300_000, bestCase: 250_000 } });
  });

  it('adds up monthly forecast periods that make the quarter, and says a quarter cannot be split into a month', () => {
    const months = [['2026-10-01', '2026-10-31'], ['2026-11-01', '2026-11-30'], ['2026-12-01', '2026-12-31']].flatMap(([from, to]) => [
      item('CommitForecast', 100, 100, from, to, 'Month'), item('CommitOnly', 40, 40, from, to, 'Month'), item('BestCaseOnly', 10, 10, from, to, 'Month'),
    ]);
    expect(toForecast(months, QUARTER, true)).to.deep.equal({ kind: 'forecast', amounts: { closed: 180, commit: 120, bestCase: 30 } });
    expect(toForecast(rows, { from: '2026-11-01', to: '2026-11-30' }, true)).to.deep.equal({ kind: 'otherPeriods', periodType: 'Quarter' });
    expect(toForecast([], QUARTER, true)).to.deep.equal({ kind: 'none' });
    // Two of a year's four quarters: not a forecast for the year.
    expect(toForecast([item('CommitOnly', 1, 1, '2026-07-01', '2026-09-30'), item('CommitOnly', 1, 1)], { from: '2026-01-01', to: '2026-12-31' }, true)).to.deep.equal({ kind: 'none' });
  });

  it('reads one forecast owner’s item: the speaker’s (her team rolled up) or the person asked about, never the reps added to hers', () => {
    const team = forecastSoql({ owner: { scope: 'TEAM' }, userId: USER, window: QUARTER }).items;
    expect(team).to.contain(`OwnerId = '${USER}'`).and.not.contain('ManagerId');
    const lena = forecastSoql({ owner: { scope: 'PERSON', person: { id: LENA, name: 'Lena Fischer', firstName: 'Lena' } }, userId: USER, window: QUARTER }).items;
    expect(lena).to.contain(`OwnerId = '${LENA}'`);
    expect(team).to.contain("ForecastingItemCategory IN ('CommitForecast', 'CommitOnly', 'BestCaseOnly')");
  });
});

describe('the org’s features, found by describe', () => {
  it('finds the opportunity score by the object its lookup refers to, whatever the field is called', () => {
    expect(scoreRelationship([{ type: 'string' }, { type: 'reference', referenceTo: ['ScoreIntelligence'], relationshipName: 'EinsteinScore' }])).to.equal('EinsteinScore');
    expect(scoreRelationship([{ type: 'reference', referenceTo: ['Account'], relationshipName: 'Account' }])).to.equal(null);
  });

  it('puts only a plain relationship name into SOQL', () => {
    const filter = { owner: { scope: 'MINE' as const }, period: periodOf('THIS_QUARTER', '2026-11-27', 1, 'future') };
    expect(bestChanceSoql('ScoreIntelligence', filter, USER)).to.contain('ORDER BY ScoreIntelligence.Score DESC');
    expect(() => bestChanceSoql('Score) FROM User --', filter, USER)).to.throw();
  });

  it('describes once per key while it is fresh, again after the hour, and forgets a failed describe', async () => {
    let now = new Date('2026-11-27T12:00:00Z');
    const cache = createDescribeCache({ ttlSeconds: 3600, now: () => now });
    let describes = 0;
    const describe = async (): Promise<OrgFeatures> => {
      describes++;
      return { forecasting: true, opportunityScore: null };
    };
    await Promise.all([cache.get('org/user', describe), cache.get('org/user', describe)]);
    expect(describes, 'two requests at once describe once').to.equal(1);
    await cache.get('org/other-user', describe);
    expect(describes, 'another user of the org is described for themselves').to.equal(2);
    now = new Date(now.getTime() + 3601_000);
    await cache.get('org/user', describe);
    expect(describes, 'after the hour').to.equal(3);
    const failing = async (): Promise<OrgFeatures> => {
      describes++;
      throw new Error('Salesforce is down');
    };
    await cache.get('org/third', failing).catch(() => undefined);
    await cache.get('org/third', describe);
    expect(describes, 'a failed describe is tried again').to.equal(5);
  });
});
