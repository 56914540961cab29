/** Which part of the review a deal is in, at the edges of the period and of today (dates written out by hand). */
import { expect } from 'chai';
import { partOf } from '../../lambda/src/conversations/review/query';

describe('the part of the review a deal is in', () => {
  const quarter = { from: '2026-10-01', to: '2026-12-31' };
  const today = '2026-11-27';

  it('takes commit and best case closing on the first and on the last day of the period as in it, and not a day outside', () => {
    for (const closeDate of ['2026-12-01', '2026-12-31', '2026-12-30']) {
      expect(partOf({ forecastCategory: 'Commit', closeDate }, today, quarter), closeDate).to.equal('COMMIT');
      expect(partOf({ forecastCategory: 'Best Case', closeDate }, today, quarter), closeDate).to.equal('BEST_CASE');
    }
    expect(partOf({ forecastCategory: 'Commit', closeDate: '2027-01-01' }, today, quarter)).to.equal(undefined);
    expect(partOf({ forecastCategory: 'Best Case', closeDate: '2027-01-01' }, today, quarter)).to.equal(undefined);
    const lastQuarter = { from: '2026-07-01', to: '2026-09-30' };
    expect(partOf({ forecastCategory: 'Commit', closeDate: '2026-07-01' }, '2026-06-15', lastQuarter)).to.equal('COMMIT');
  });

  it('takes a deal due before today as slipping, and one due today as not yet', () => {
    expect(partOf({ forecastCategory: 'Pipeline', closeDate: '2026-11-26' }, today, quarter)).to.equal('SLIPPING');
    expect(partOf({ forecastCategory: 'Pipeline', closeDate: today }, today, quarter)).to.equal(undefined);
    expect(partOf({ forecastCategory: 'Best Case', closeDate: today }, today, quarter)).to.equal('BEST_CASE');
    // Commit comes first: a commit deal already due in the period is reviewed as commit.
    expect(partOf({ forecastCategory: 'Commit', closeDate: '2026-11-26' }, today, quarter)).to.equal('COMMIT');
  });
});
