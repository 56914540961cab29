import { expect } from 'chai';
import { dateLiteral, firstDayOfWeek } from '../../local/org/soql/dateLiterals';
import { executeSoql } from '../../local/org/soql';
import { createStore } from '../../local/org/store';
import type { OrgStore, QueryContext } from '../../local/org/types';

/** An org whose opportunities are named after their close dates and events after their start instants. */
function org(closeDates: string[], starts: string[] = []): OrgStore {
  const store = createStore({ clock: () => new Date('2026-01-01T00:00:00Z') });
  store.insert('User', { Username: 'u@example.com', LastName: 'U', Email: 'u@example.com', Alias: 'u', TimeZoneSidKey: 'GMT', LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US' });
  for (const date of closeDates) store.insert('Opportunity', { Name: date, StageName: 'Prospecting', CloseDate: date });
  for (const start of starts) store.insert('Event', { Subject: start, StartDateTime: start, DurationInMinutes: 15 });
  return store;
}

function context(now: string, timeZone: string, extra: Partial<QueryContext> = {}): QueryContext {
  return { userId: '005000000000000AAA', timeZone, locale: 'en_US', now: new Date(now), fiscalYearStartMonth: 1, ...extra };
}

function closing(store: OrgStore, condition: string, ctx: QueryContext): string[] {
  return executeSoql(`SELECT Name FROM Opportunity WHERE ${condition} ORDER BY CloseDate`, store, ctx).records.map((r) => String(r.Name));
}

function starting(store: OrgStore, condition: string, ctx: QueryContext): string[] {
  return executeSoql(`SELECT Subject FROM Event WHERE ${condition} ORDER BY StartDateTime`, store, ctx).records.map((r) => String(r.Subject));
}

function rangeOf(literal: string, n: number, ctx: QueryContext): { start: string; end: string } | undefined {
  return dateLiteral(literal, n)?.(ctx);
}

describe('SOQL date literals', () => {
  describe('ranges (Wednesday 2026-03-11 in UTC, en_US)', () => {
    const ctx = context('2026-03-11T12:00:00Z', 'UTC');
    const cases: [string, number, string, string][] = [
      ['TODAY', 0, '2026-03-11', '2026-03-12'],
      ['YESTERDAY', 0, '2026-03-10', '2026-03-11'],
      ['TOMORROW', 0, '2026-03-12', '2026-03-13'],
      ['THIS_WEEK', 0, '2026-03-08', '2026-03-15'],
      ['LAST_WEEK', 0, '2026-03-01', '2026-03-08'],
      ['NEXT_WEEK', 0, '2026-03-15', '2026-03-22'],
      ['THIS_MONTH', 0, '2026-03-01', '2026-04-01'],
      ['LAST_MONTH', 0, '2026-02-01', '2026-03-01'],
      ['NEXT_MONTH', 0, '2026-04-01', '2026-05-01'],
      ['THIS_QUARTER', 0, '2026-01-01', '2026-04-01'],
      ['LAST_QUARTER', 0, '2025-10-01', '2026-01-01'],
      ['NEXT_QUARTER', 0, '2026-04-01', '2026-07-01'],
      ['THIS_YEAR', 0, '2026-01-01', '2027-01-01'],
      ['LAST_YEAR', 0, '2025-01-01', '2026-01-01'],
      ['NEXT_YEAR', 0, '2027-01-01', '2028-01-01'],
      ['LAST_90_DAYS', 0, '2025-12-11', '2026-03-12'],
      ['NEXT_90_DAYS', 0, '2026-03-12', '2026-06-10'],
      ['LAST_N_DAYS', 2, '2026-03-09', '2026-03-12'],
      ['NEXT_N_DAYS', 2, '2026-03-12', '2026-03-14'],
      ['N_DAYS_AGO', 2, '2026-03-09', '2026-03-10'],
      ['LAST_N_WEEKS', 2, '2026-02-22', '2026-03-08'],
      ['NEXT_N_WEEKS', 1, '2026-03-15', '2026-03-22'],
      ['N_WEEKS_AGO', 1, '2026-03-01', '2026-03-08'],
      ['LAST_N_MONTHS', 2, '2026-01-01', '2026-03-01'],
      ['NEXT_N_MONTHS', 2, '2026-04-01', '2026-06-01'],
      ['N_MONTHS_AGO', 1, '2026-02-01', '2026-03-01'],
      ['LAST_N_QUARTERS', 1, '2025-10-01', '2026-01-01'],
      ['NEXT_N_QUARTERS', 2, '2026-04-01', '2026-10-01'],
      ['N_QUARTERS_AGO', 2, '2025-07-01', '2025-10-01'],
      ['LAST_N_YEARS', 1, '2025-01-01', '2026-01-01'],
      ['NEXT_N_YEARS', 2, '2027-01-01', '2029-01-01'],
      ['N_YEARS_AGO', 1, '2025-01-01', '2026-01-01'],
    ];
    for (const [literal, n, start, end] of cases) {
      it(`${literal}${n ? `:${n}` : ''} is ${start} up to ${end}`, () => {
        expect(rangeOf(literal, n, ctx)).to.deep.equal({ start, end });
      });
    }

    it('rejects names that are not date literals', () => {
      expect(dateLiteral('LAST_FORTNIGHT', 0)).to.equal(undefined);
    });
  });

  describe('fiscal periods (fiscal year starting in April)', () => {
    const ctx = context('2026-03-11T12:00:00Z', 'UTC', { fiscalYearStartMonth: 4 });
    const cases: [string, number, string, string][] = [
      ['THIS_FISCAL_YEAR', 0, '2025-04-01', '2026-04-01'],
      ['LAST_FISCAL_YEAR', 0, '2024-04-01', '2025-04-01'],
      ['NEXT_FISCAL_YEAR', 0, '2026-04-01', '2027-04-01'],
      ['THIS_FISCAL_QUARTER', 0, '2026-01-01', '2026-04-01'],
      ['LAST_FISCAL_QUARTER', 0, '2025-10-01', '2026-01-01'],
      ['NEXT_FISCAL_QUARTER', 0, '2026-04-01', '2026-07-01'],
      ['LAST_N_FISCAL_QUARTERS', 2, '2025-07-01', '2026-01-01'],
      ['NEXT_N_FISCAL_QUARTERS', 1, '2026-04-01', '2026-07-01'],
      ['N_FISCAL_QUARTERS_AGO', 1, '2025-10-01', '2026-01-01'],
      ['LAST_N_FISCAL_YEARS', 2, '2023-04-01', '2025-04-01'],
      ['NEXT_N_FISCAL_YEARS', 1, '2026-04-01', '2027-04-01'],
      ['N_FISCAL_YEARS_AGO', 1, '2024-04-01', '2025-04-01'],
    ];
    for (const [literal, n, start, end] of cases) {
      it(`${literal}${n ? `:${n}` : ''} is ${start} up to ${end}`, () => {
        expect(rangeOf(literal, n, ctx)).to.deep.equal({ start, end });
      });
    }

    it('a calendar fiscal year makes fiscal and calendar literals agree', () => {
      const calendar = context('2026-05-20T12:00:00Z', 'UTC');
      expect(rangeOf('THIS_FISCAL_QUARTER', 0, calendar)).to.deep.equal(rangeOf('THIS_QUARTER', 0, calendar));
      expect(rangeOf('THIS_FISCAL_YEAR', 0, calendar)).to.deep.equal(rangeOf('THIS_YEAR', 0, calendar));
    });
  });

  describe('weeks follow the locale', () => {
    it('start on Sunday for en_US and Monday for de_DE and en_GB', () => {
      expect(firstDayOfWeek('en_US')).to.equal(0);
      expect(firstDayOfWeek('de_DE')).to.equal(1);
      expect(firstDayOfWeek('en_GB')).to.equal(1);
    });

    it('THIS_WEEK on a query differs between en_US and de_DE', () => {
      const store = org(['2026-03-08', '2026-03-09', '2026-03-14', '2026-03-15']);
      const now = '2026-03-11T12:00:00Z';
      expect(closing(store, 'CloseDate = THIS_WEEK', context(now, 'UTC', { locale: 'en_US' }))).to.deep.equal(['2026-03-08', '2026-03-09', '2026-03-14']);
      expect(closing(store, 'CloseDate = THIS_WEEK', context(now, 'UTC', { locale: 'de_DE' }))).to.deep.equal(['2026-03-09', '2026-03-14', '2026-03-15']);
      expect(closing(store, 'CloseDate = LAST_WEEK', context(now, 'UTC', { locale: 'de_DE' }))).to.deep.equal(['2026-03-08']);
    });
  });

  describe('operators on a date field', () => {
    const store = org(['2026-02-28', '2026-03-01', '2026-03-11', '2026-03-31', '2026-04-01']);
    const ctx = context('2026-03-11T12:00:00Z', 'UTC');

    it('= is inside, != outside, < before the start, <= before the end, > after the end, >= from the start', () => {
      expect(closing(store, 'CloseDate = THIS_MONTH', ctx)).to.deep.equal(['2026-03-01', '2026-03-11', '2026-03-31']);
      expect(closing(store, 'CloseDate != THIS_MONTH', ctx)).to.deep.equal(['2026-02-28', '2026-04-01']);
      expect(closing(store, 'CloseDate < THIS_MONTH', ctx)).to.deep.equal(['2026-02-28']);
      expect(closing(store, 'CloseDate <= THIS_MONTH', ctx)).to.deep.equal(['2026-02-28', '2026-03-01', '2026-03-11', '2026-03-31']);
      expect(closing(store, 'CloseDate > THIS_MONTH', ctx)).to.deep.equal(['2026-04-01']);
      expect(closing(store, 'CloseDate >= THIS_MONTH', ctx)).to.deep.equal(['2026-03-01', '2026-03-11', '2026-03-31', '2026-04-01']);
    });

    it('IN takes several literals; N literals take their number', () => {
      expect(closing(store, 'CloseDate IN (TODAY, LAST_MONTH)', ctx)).to.deep.equal(['2026-02-28', '2026-03-11']);
      expect(closing(store, 'CloseDate = LAST_N_DAYS:10', ctx)).to.deep.equal(['2026-03-01', '2026-03-11']);
      expect(closing(store, 'CloseDate = NEXT_N_DAYS:21', ctx)).to.deep.equal(['2026-03-31', '2026-04-01']);
      expect(closing(store, 'CloseDate = N_DAYS_AGO:10', ctx)).to.deep.equal(['2026-03-01']);
    });

    it('"today" for a date field is the user\'s local day', () => {
      const late = '2026-03-11T23:30:00Z';
      expect(closing(store, 'CloseDate = TODAY', context(late, 'America/Los_Angeles'))).to.deep.equal(['2026-03-11']);
      expect(closing(store, 'CloseDate = TODAY', context(late, 'Europe/Berlin'))).to.deep.equal([]);
      expect(closing(store, 'CloseDate = YESTERDAY', context(late, 'Europe/Berlin'))).to.deep.equal(['2026-03-11']);
    });
  });

  describe('datetime fields are converted to the user\'s time zone', () => {
    it('the same instant is today in one zone and yesterday in another', () => {
      const store = org([], ['2026-03-11T22:30:00Z', '2026-03-11T23:00:00Z', '2026-03-12T06:59:00Z', '2026-03-12T07:00:00Z']);
      const now = '2026-03-11T23:30:00Z';
      // Berlin (UTC+1): 23:30 on the 11th, then 00:00, 07:59, 08:00 on the 12th.
      expect(starting(store, 'StartDateTime = TODAY', context(now, 'Europe/Berlin'))).to.deep.equal(['2026-03-11T23:00:00Z', '2026-03-12T06:59:00Z', '2026-03-12T07:00:00Z']);
      expect(starting(store, 'StartDateTime = YESTERDAY', context(now, 'Europe/Berlin'))).to.deep.equal(['2026-03-11T22:30:00Z']);
      // Los Angeles (UTC-7 in March): 15:30, 16:00, 23:59 on the 11th, 00:00 on the 12th.
      expect(starting(store, 'StartDateTime = TODAY', context(now, 'America/Los_Angeles'))).to.deep.equal(['2026-03-11T22:30:00Z', '2026-03-11T23:00:00Z', '2026-03-12T06:59:00Z']);
      expect(starting(store, 'StartDateTime = TOMORROW', context(now, 'America/Los_Angeles'))).to.deep.equal(['2026-03-12T07:00:00Z']);
    });

    it('a day that springs forward is 23 hours long, bounded at local midnight (New York, 2026-03-08)', () => {
      const store = org([], ['2026-03-08T04:59:00Z', '2026-03-08T05:00:00Z', '2026-03-09T03:59:00Z', '2026-03-09T04:00:00Z']);
      const ctx = context('2026-03-09T12:00:00Z', 'America/New_York');
      // Midnight on the 8th is 05:00Z (EST); midnight on the 9th is 04:00Z (EDT).
      expect(starting(store, 'StartDateTime = YESTERDAY', ctx)).to.deep.equal(['2026-03-08T05:00:00Z', '2026-03-09T03:59:00Z']);
      expect(starting(store, 'StartDateTime = TODAY', ctx)).to.deep.equal(['2026-03-09T04:00:00Z']);
      expect(starting(store, 'StartDateTime < YESTERDAY', ctx)).to.deep.equal(['2026-03-08T04:59:00Z']);
    });

    it('a day that falls back is 25 hours long (Berlin, 2026-10-25)', () => {
      const store = org([], ['2026-10-24T21:59:00Z', '2026-10-24T22:00:00Z', '2026-10-25T22:59:00Z', '2026-10-25T23:00:00Z']);
      const ctx = context('2026-10-25T12:00:00Z', 'Europe/Berlin');
      expect(starting(store, 'StartDateTime = TODAY', ctx)).to.deep.equal(['2026-10-24T22:00:00Z', '2026-10-25T22:59:00Z']);
      expect(starting(store, 'StartDateTime = LAST_N_DAYS:1', ctx)).to.deep.equal(['2026-10-24T21:59:00Z', '2026-10-24T22:00:00Z', '2026-10-25T22:59:00Z']);
      expect(starting(store, 'StartDateTime > TODAY', ctx)).to.deep.equal(['2026-10-25T23:00:00Z']);
    });
  });

  describe('date functions', () => {
    it('filter on CALENDAR_YEAR, CALENDAR_MONTH and FISCAL_QUARTER of a date field', () => {
      const store = org(['2025-12-31', '2026-01-15', '2026-04-01']);
      const ctx = context('2026-03-11T12:00:00Z', 'UTC', { fiscalYearStartMonth: 4 });
      expect(closing(store, 'CALENDAR_YEAR(CloseDate) = 2026', ctx)).to.deep.equal(['2026-01-15', '2026-04-01']);
      expect(closing(store, 'CALENDAR_MONTH(CloseDate) IN (1, 12)', ctx)).to.deep.equal(['2025-12-31', '2026-01-15']);
      expect(closing(store, 'FISCAL_QUARTER(CloseDate) = 4', ctx), 'January–March').to.deep.equal(['2026-01-15']);
      expect(closing(store, 'FISCAL_QUARTER(CloseDate) = 3', ctx), 'October–December').to.deep.equal(['2025-12-31']);
      expect(closing(store, 'FISCAL_YEAR(CloseDate) = 2027', ctx)).to.deep.equal(['2026-04-01']);
    });

    it('work in UTC on datetimes unless wrapped in convertTimezone()', () => {
      const store = org([], ['2026-03-11T23:30:00Z']);
      const ctx = context('2026-03-11T12:00:00Z', 'Europe/Berlin');
      expect(starting(store, 'HOUR_IN_DAY(StartDateTime) = 23', ctx)).to.have.length(1);
      expect(starting(store, 'HOUR_IN_DAY(convertTimezone(StartDateTime)) = 0', ctx)).to.have.length(1);
      expect(starting(store, 'DAY_ONLY(StartDateTime) = 2026-03-11', ctx)).to.have.length(1);
      expect(starting(store, 'DAY_ONLY(convertTimezone(StartDateTime)) = 2026-03-12', ctx)).to.have.length(1);
      expect(starting(store, 'DAY_IN_WEEK(convertTimezone(StartDateTime)) = 5', ctx), 'Thursday is 5 (Sunday is 1)').to.have.length(1);
    });
  });
});
