import { expect } from 'chai';
import { periodCondition, periodOf } from '../../lambda/src/deals/period';
import { spokenPeriod } from '../../lambda/src/deals/phrases';
import { translatorFor } from '../../lambda/src/i18n';

const t = translatorFor('en-US');

describe('periods a question names', () => {
  it('keeps relative periods as SOQL date literals', () => {
    expect(periodOf('LAST_QUARTER', '2026-11-27', 1, 'past')).to.deep.equal({ kind: 'relative', id: 'LAST_QUARTER' });
    expect(periodCondition('CloseDate', { kind: 'relative', id: 'NEXT_MONTH' })).to.equal('CloseDate = NEXT_MONTH');
  });

  it('reads a named quarter in the org’s fiscal year', () => {
    // Calendar fiscal year: Q3 is July to September.
    expect(periodOf('Q3', '2026-11-27', 1, 'past')).to.deep.equal({ kind: 'quarter', quarter: 3, from: '2026-07-01', to: '2026-09-30' });
    // A fiscal year starting in February (FY from 2026-02-01): Q1 is February to April, Q4 November to January.
    expect(periodOf('Q1', '2026-11-27', 2, 'past')).to.deep.equal({ kind: 'quarter', quarter: 1, from: '2026-02-01', to: '2026-04-30' });
    expect(periodOf('Q4', '2026-11-27', 2, 'future')).to.deep.equal({ kind: 'quarter', quarter: 4, from: '2026-11-01', to: '2027-01-31' });
    // In January the February-based fiscal year that contains today began the year before.
    expect(periodOf('Q1', '2027-01-10', 2, 'past')).to.deep.equal({ kind: 'quarter', quarter: 1, from: '2026-02-01', to: '2026-04-30' });
  });

  it('looks back or ahead for a quarter or month that has not started or has ended', () => {
    // Asked in November about wins "in Q1" of a year still to come: last year's? No: this year's Q1 is past already.
    expect(periodOf('Q1', '2026-11-27', 1, 'future')).to.deep.include({ from: '2027-01-01', to: '2027-03-31' });
    expect(periodOf('DECEMBER', '2026-11-27', 1, 'past')).to.deep.equal({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
    expect(periodOf('DECEMBER', '2026-11-27', 1, 'future')).to.deep.equal({ kind: 'month', from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('OCTOBER', '2026-11-27', 1, 'future')).to.deep.equal({ kind: 'month', from: '2027-10-01', to: '2027-10-31' });
    expect(periodOf('NOVEMBER', '2026-11-27', 1, 'future')).to.deep.equal({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
  });

  it('takes "Q1 this year", "Q3 last year", "Q2 next year" as that fiscal year’s quarter, whichever way the question leans', () => {
    expect(periodOf('Q1_THIS_YEAR', '2026-11-27', 1, 'future')).to.deep.equal({ kind: 'quarter', quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('Q3_LAST_YEAR', '2026-11-27', 1, 'future')).to.deep.equal({ kind: 'quarter', quarter: 3, from: '2025-07-01', to: '2025-09-30' });
    expect(periodOf('Q2_NEXT_YEAR', '2026-11-27', 1, 'past')).to.deep.equal({ kind: 'quarter', quarter: 2, from: '2027-04-01', to: '2027-06-30' });
    // A fiscal year from February: "this year" is FY from 2026-02-01, so its Q4 runs into January 2027.
    expect(periodOf('Q4_THIS_YEAR', '2026-03-10', 2, 'past')).to.deep.equal({ kind: 'quarter', quarter: 4, from: '2026-11-01', to: '2027-01-31' });
  });

  it('turns ranges and the year so far into conditions', () => {
    expect(periodCondition('CloseDate', { kind: 'month', from: '2026-10-01', to: '2026-10-31' })).to.equal('CloseDate >= 2026-10-01 AND CloseDate <= 2026-10-31');
    expect(periodCondition('CloseDate', { kind: 'yearToDate' })).to.equal('CloseDate = THIS_FISCAL_YEAR AND CloseDate <= TODAY');
  });

  it('says which dates a named period covered when it is not obvious', () => {
    expect(spokenPeriod(t, periodOf('Q3', '2026-11-27', 1, 'past'), '2026-11-27')).to.equal('in Q3');
    expect(spokenPeriod(t, periodOf('Q1', '2026-11-27', 1, 'future'), '2026-11-27')).to.equal('in Q1 2027');
    expect(spokenPeriod(t, periodOf('Q4', '2026-11-27', 2, 'future'), '2026-11-27')).to.equal('in fiscal Q4, November to January 2027');
    // Fiscal Q1 of a year starting in April is April to June, not what "Q1" means on a calendar.
    expect(spokenPeriod(t, periodOf('Q1', '2026-11-27', 4, 'past'), '2026-11-27')).to.equal('in fiscal Q1, April to June');
    expect(spokenPeriod(t, periodOf('OCTOBER', '2026-11-27', 1, 'past'), '2026-11-27')).to.equal('in October');
    expect(spokenPeriod(t, periodOf('DECEMBER', '2026-11-27', 1, 'past'), '2026-11-27')).to.equal('in December 2025');
    expect(spokenPeriod(t, { kind: 'relative', id: 'LAST_QUARTER' }, '2026-11-27')).to.equal('last quarter');
  });
});
