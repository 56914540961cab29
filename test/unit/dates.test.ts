import { expect } from 'chai';
import { closeDate } from '../../lambda/src/dates/closeDate';
import { dayInWeek } from '../../lambda/src/dates/dayInWeek';
import { meetingStart } from '../../lambda/src/dates/meetingStart';

const NOW = new Date('2026-11-26T15:00:00Z'); // Thursday, 10:00 in New York

describe('dates from Alexa slot values', () => {
  describe('meetingStart', () => {
    it("is the time on that day in the user's zone", () => {
      expect(meetingStart('2026-12-01', '10:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T15:00:00Z') });
      expect(meetingStart('2026-12-01', '10:00', 'Europe/Berlin', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T09:00:00Z') });
    });
    it('follows a daylight-saving change between today and the meeting', () => {
      // New York leaves daylight saving on 2026-11-01 and enters it on 2027-03-14: 10:00 is 14:00Z after.
      expect(meetingStart('2027-03-16', '10:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2027-03-16T14:00:00Z') });
    });
    it('reads a bare early hour as the afternoon', () => {
      expect(meetingStart('2026-12-01', '02:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T19:00:00Z') });
      expect(meetingStart('2026-12-01', '05:30', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T22:30:00Z') });
    });
    it('reads eight to eleven as the morning, twelve as noon, and 13:00 on and midnight as said', () => {
      expect(meetingStart('2026-12-01', '08:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T13:00:00Z') });
      expect(meetingStart('2026-12-01', '11:45', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T16:45:00Z') });
      expect(meetingStart('2026-12-01', '12:30', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T17:30:00Z') });
      expect(meetingStart('2026-12-01', '18:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T23:00:00Z') });
      expect(meetingStart('2026-12-01', '00:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T05:00:00Z') });
    });
    it('asks whether six or seven is morning or evening, and takes the answer', () => {
      expect(meetingStart('2026-12-01', '06:00', 'America/New_York', NOW)).to.deep.equal({ kind: 'whichHalf', clock: '6' });
      expect(meetingStart('2026-12-01', '07:30', 'America/New_York', NOW)).to.deep.equal({ kind: 'whichHalf', clock: '7:30' });
      expect(meetingStart('2026-12-01', '06:00', 'America/New_York', NOW, 'MORNING')).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T11:00:00Z') });
      expect(meetingStart('2026-12-01', '07:30', 'America/New_York', NOW, 'EVENING')).to.deep.equal({ kind: 'ok', start: new Date('2026-12-02T00:30:00Z') });
    });
    it('leaves hours that are not in doubt alone when a half of the day was given', () => {
      expect(meetingStart('2026-12-01', '10:00', 'America/New_York', NOW, 'EVENING')).to.deep.equal({ kind: 'ok', start: new Date('2026-12-01T15:00:00Z') });
    });
    it('asks for a day when given a week, weekend or month, and for a time when given a part of the day', () => {
      expect(meetingStart('2026-W49', '10:00', 'America/New_York', NOW).kind).to.equal('needDay');
      expect(meetingStart('2026-W48-WE', '10:00', 'America/New_York', NOW).kind).to.equal('needDay');
      expect(meetingStart('2026-12', '10:00', 'America/New_York', NOW).kind).to.equal('needDay');
      expect(meetingStart('2026-12-01', 'MO', 'America/New_York', NOW).kind).to.equal('needTime');
    });
    it('asks again for a clock time or a day that does not exist, instead of rolling it over', () => {
      expect(meetingStart('2026-12-01', '25:99', 'America/New_York', NOW).kind).to.equal('needTime');
      expect(meetingStart('2026-12-01', '24:00', 'America/New_York', NOW).kind).to.equal('needTime');
      expect(meetingStart('2026-12-01', '10:60', 'America/New_York', NOW).kind).to.equal('needTime');
      expect(meetingStart('2026-12-01', '23:59', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-12-02T04:59:00Z') });
      expect(meetingStart('2027-02-31', '10:00', 'America/New_York', NOW).kind).to.equal('needDay');
      expect(meetingStart('2026-13-01', '10:00', 'America/New_York', NOW).kind).to.equal('needDay');
    });
        it('refuses a time already past, and takes today for "now"', () => {
      expect(meetingStart('2026-11-26', '09:00', 'America/New_York', NOW).kind).to.equal('past');
      expect(meetingStart('PRESENT_REF', '16:30', 'America/New_York', NOW)).to.deep.equal({ kind: 'ok', start: new Date('2026-11-26T21:30:00Z') });
    });
  });

  describe('closeDate', () => {
    it('ends the period the user named', () => {
      expect(closeDate('2026-12-15', 'America/New_York', NOW)).to.equal('2026-12-15');
      expect(closeDate('2026-12', 'America/New_York', NOW)).to.equal('2026-12-31');
      expect(closeDate('2027-02', 'America/New_York', NOW)).to.equal('2027-02-28');
      expect(closeDate('2026-W49', 'America/New_York', NOW)).to.equal('2026-12-04');
      expect(closeDate('2026-W49-WE', 'America/New_York', NOW)).to.equal('2026-12-06');
      expect(closeDate('2027', 'America/New_York', NOW)).to.equal('2027-12-31');
      expect(closeDate('PRESENT_REF', 'America/New_York', NOW)).to.equal('2026-11-26');
    });
    it('has no answer for a season, a decade or a day that does not exist', () => {
      expect(closeDate('2027-02-31', 'America/New_York', NOW)).to.equal(undefined);
      expect(closeDate('2026-13-01', 'America/New_York', NOW)).to.equal(undefined);
      expect(closeDate('2027-SU', 'America/New_York', NOW)).to.equal(undefined);
      expect(closeDate('202X', 'America/New_York', NOW)).to.equal(undefined);
    });
  });
});

describe('dayInWeek', () => {
  // Thursday 2026-11-26; "next week" is 2026-W49, Monday November 30th to Sunday December 6th.
  it('moves a bare weekday that resolved into this week onto the week the user named', () => {
    expect(dayInWeek('2026-11-26', '2026-W49', '2026-11-26')).to.equal('2026-12-03');
    expect(dayInWeek('2026-11-27', '2026-W49', '2026-11-26')).to.equal('2026-12-04');
    expect(dayInWeek('2026-11-29', '2026-W49-WE', '2026-11-26')).to.equal('2026-12-06');
  });
  it('leaves a day inside the week, or an explicit date further out, alone', () => {
    expect(dayInWeek('2026-12-02', '2026-W49', '2026-11-26')).to.equal('2026-12-02');
    expect(dayInWeek('2027-01-15', '2026-W49', '2026-11-26')).to.equal('2027-01-15');
    expect(dayInWeek('2026-11-20', '2026-W49', '2026-11-26')).to.equal('2026-11-20');
  });
});
