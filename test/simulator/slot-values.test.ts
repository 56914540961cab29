import { expect } from 'chai';
import { parseCardinal, parseOrdinal } from '../../local/simulator/nlu/numbers';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaDuration } from '../../local/simulator/nlu/slots/duration';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { tokenize } from '../../local/simulator/nlu/text';
import { resolve } from '../../local/simulator';
import { fixtureModel, NOW, nluState, TIME_ZONE } from './helpers';

const words = (text: string): string[] => tokenize(text).map((w) => w.replace(/'/g, ''));

describe('simulator slot values', () => {
  describe('AMAZON.NUMBER words', () => {
    const cases: [string, number | null][] = [
      ['five', 5], ['twenty one', 21], ['a hundred and five', 105], ['12', 12], ['twenty-one', 21],
      ['one hundred and five thousand', 105_000], ['two thousand twenty six', 2026], ['fifteen hundred', 1500], ['zero', 0],
      ['250 thousand', 250_000], ['1.5 million', 1_500_000], ['1.2345 thousand', null],
      ['one two', null], ['five twenty', null], ['a', null], ['second', null], ['hundred and', null], ['five apples', null],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected}`, () => expect(parseCardinal(words(text))).to.equal(expected));
    }
  });

  describe('AMAZON.Ordinal words', () => {
    const cases: [string, number | null][] = [
      ['first', 1], ['second', 2], ['tenth', 10], ['twenty first', 21], ['3rd', 3], ['twentieth', 20],
      ['two', null], ['twenty', null], ['first second', null], ['next', null],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected}`, () => expect(parseOrdinal(words(text))).to.equal(expected));
    }
  });

  describe('AMAZON.DATE, on Thursday 2026-11-26 in New York', () => {
    const cases: [string, string | null][] = [
      ['today', '2026-11-26'], ['tomorrow', '2026-11-27'], ['tuesday', '2026-12-01'], ['on tuesday', '2026-12-01'],
      ['december fifth', '2026-12-05'], ['the fifth of december', '2026-12-05'], ['march third', '2027-03-03'],
      ['in three days', '2026-11-29'],
      ['this week', '2026-W48'], ['next week', '2026-W49'], ['last week', '2026-W47'], ['the week after next', '2026-W50'],
      ['this weekend', '2026-W48-WE'], ['next weekend', '2026-W49-WE'],
      ['this month', '2026-11'], ['next month', '2026-12'], ['december', '2026-12'], ['in january', '2027-01'], ['december 2027', '2027-12'],
      ['this year', '2026'], ['next year', '2027'], ['twenty twenty eight', '2028'], ['2030', '2030'],
      ['this decade', '202X'], ['this winter', '2026-WI'], ['next summer', '2027-SU'], ['right now', 'PRESENT_REF'],
      ['purple', null], ['my team', null],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected}`, () => expect(toAlexaDate(words(text), NOW, TIME_ZONE)).to.equal(expected));
    }

    it("uses the device's time zone for today", () => {
      const lateEvening = new Date('2026-11-27T03:00:00Z'); // 22:00 on the 26th in New York, already the 27th in UTC
      expect(toAlexaDate(['today'], lateEvening, 'America/New_York')).to.equal('2026-11-26');
      expect(toAlexaDate(['today'], lateEvening, 'Europe/Berlin')).to.equal('2026-11-27');
    });
  });

  describe('AMAZON.TIME', () => {
    const cases: [string, string | null][] = [
      ['ten', '10:00'], ['ten am', '10:00'], ['ten a.m.', '10:00'], ['10:30 pm', '22:30'], ['ten thirty pm', '22:30'],
      ['twelve am', '00:00'], ['twelve pm', '12:00'], ['noon', '12:00'], ['midnight', '00:00'], ['ten oh five', '10:05'],
      ['twenty three fifteen', '23:15'], ['half past ten', '10:30'], ['quarter to ten', '09:45'], ["three o'clock in the afternoon", '15:00'],
      ['morning', 'MO'], ['this afternoon', 'AF'], ['in the evening', 'EV'], ['night', 'NI'],
      // Amazon's examples (slot type reference): "four in the morning" → 04:00, "two p m" → 14:00.
      ['four in the morning', '04:00'], ['two p m', '14:00'], ['six a m', '06:00'],
      // A bare hour is the hour said; only a meridiem or a part of the day moves it to the afternoon.
      ['six', '06:00'], ['six am', '06:00'], ['six pm', '18:00'], ['six in the morning', '06:00'], ["6 o'clock", '06:00'], ["six o'clock", '06:00'],
      ['ten potatoes', null], ['eleven seventy', null], ['thirteen pm', null], ['thirteen p m', null],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected}`, () => expect(toAlexaTime(words(text))).to.equal(expected));
    }
  });

  describe('AMAZON.TIME as a slot answer', () => {
    const asked = { kind: 'elicit' as const, intent: { name: 'ScheduleMeetingIntent', confirmationStatus: 'NONE' as const, slots: {} }, slot: 'time' };
    const cases: [string, string][] = [['at six in the morning', '06:00'], ['at two p m', '14:00'], ['six', '06:00'], ["6 o'clock", '06:00'], ['six pm', '18:00']];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected} (the slot's sample "at {time}" takes the "at")`, () => {
        const result = resolve(text, fixtureModel, nluState(true, { expecting: asked }));
        expect(result.kind === 'intent' ? result.intent.slots?.time?.value : result.kind).to.equal(expected);
      });
    }
  });

  describe('AMAZON.DURATION', () => {
    const cases: [string, string | null][] = [
      ['an hour', 'PT1H'], ['thirty minutes', 'PT30M'], ['an hour and a half', 'PT1H30M'], ['half an hour', 'PT30M'],
      ['one and a half hours', 'PT1H30M'], ['two hours and fifteen minutes', 'PT2H15M'], ['ninety minutes', 'PT90M'],
      ['five days', 'P5D'], ['two weeks', 'P2W'], ['a year', 'P1Y'], ['ten seconds', 'PT10S'],
      ['hours', null], ['an apple', null], ['five', null],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}" → ${expected}`, () => expect(toAlexaDuration(words(text))).to.equal(expected));
    }
  });
});
