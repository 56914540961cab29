import { expect } from 'chai';
import { enUS } from 'date-fns/locale';
import { translatorFor } from '../../lambda/src/i18n';
import { relativeDay } from '../../lambda/src/speaking/days';
import { exactMoney, spokenMoney } from '../../lambda/src/speaking/money';
import { escapeSsml } from '../../lambda/src/speaking/ssml';
import { todayIn } from '../../lambda/src/dates/todayIn';

const names = (code: string, count: number) => (code === 'USD' ? (count === 1 ? 'dollar' : 'dollars') : undefined);

describe('speech', () => {
  describe('spokenMoney', () => {
    it('says millions with one decimal, as people do', () => {
      expect(spokenMoney(1_234_567, 'USD', 'en-US', names)).to.equal('1.2 million dollars');
      // A round figure keeps its second decimal rather than rounding a quota up.
      expect(spokenMoney(1_750_000, 'USD', 'en-US', names)).to.equal('1.75 million dollars');
      expect(spokenMoney(2_050_000, 'USD', 'en-US', names)).to.equal('2.05 million dollars');
      expect(spokenMoney(3_000_000, 'USD', 'en-US', names)).to.equal('3 million dollars');
    });
    it('rounds hundreds of thousands to the thousand', () => {
      expect(spokenMoney(340_400, 'USD', 'en-US', names)).to.equal('340 thousand dollars');
    });
    it('keeps smaller amounts whole, rounded to the hundred', () => {
      expect(spokenMoney(12_480, 'USD', 'en-US', names)).to.equal('12,500 dollars');
      expect(spokenMoney(850, 'USD', 'en-US', names)).to.equal('850 dollars');
    });
    it("falls back to Intl's currency name when the resources have none", () => {
      expect(spokenMoney(340_000, 'EUR', 'en-US', names)).to.equal('340 thousand euros');
    });
    it('uses the singular for one', () => {
      expect(spokenMoney(1, 'USD', 'en-US', names)).to.equal('1 dollar');
    });
  });

  describe('exactMoney', () => {
    it('reads back every digit of a figure the user gave, where spokenMoney rounds', () => {
      expect(exactMoney(1249, 'USD', 'en-US', names)).to.equal('1,249 dollars');
      expect(exactMoney(1_234_567, 'USD', 'en-US', names)).to.equal('1,234,567 dollars');
      expect(exactMoney(49.5, 'USD', 'en-US', names)).to.equal('49.5 dollars');
      expect(exactMoney(1, 'USD', 'en-US', names)).to.equal('1 dollar');
      expect(exactMoney(1249, 'EUR', 'en-US', names)).to.equal('1,249 euros');
    });
  });

  describe('relativeDay', () => {
    const today = '2026-11-26'; // a Thursday
    it('names today, tomorrow and yesterday', () => {
      expect(relativeDay('2026-11-26', today, enUS)).to.deep.equal({ kind: 'today' });
      expect(relativeDay('2026-11-27', today, enUS)).to.deep.equal({ kind: 'tomorrow' });
      expect(relativeDay('2026-11-25', today, enUS)).to.deep.equal({ kind: 'yesterday' });
    });
    it('names the weekday within a week either side', () => {
      expect(relativeDay('2026-12-01', today, enUS)).to.deep.equal({ kind: 'weekday', weekday: 'Tuesday' });
      expect(relativeDay('2026-11-20', today, enUS)).to.deep.equal({ kind: 'lastWeekday', weekday: 'Friday' });
    });
    it('gives the date further out, with the year only when it differs', () => {
      expect(relativeDay('2026-12-15', today, enUS)).to.deep.equal({ kind: 'date', date: 'December 15th' });
      expect(relativeDay('2027-01-04', today, enUS)).to.deep.equal({ kind: 'date', date: 'January 4th, 2027' });
    });
  });

  describe('todayIn', () => {
    it("is the calendar day in the user's zone, not the server's", () => {
      const lateEvening = new Date('2026-11-27T03:30:00Z'); // 22:30 on the 26th in New York, 19:30 in Los Angeles
      expect(todayIn('America/New_York', lateEvening)).to.equal('2026-11-26');
      expect(todayIn('Europe/Berlin', lateEvening)).to.equal('2026-11-27');
    });
  });

  describe('SSML escaping', () => {
    it('escapes the five XML characters', () => {
      expect(escapeSsml(`Smith & Sons <Beta> "O'Neil"`)).to.equal('Smith &amp; Sons &lt;Beta&gt; &quot;O&apos;Neil&quot;');
    });
    it('escapes interpolated data once, and leaves SSML built from resources alone', () => {
      const t = translatorFor('en-US');
      const speech = t('topOpportunities.item', {
        place: t('topOpportunities.place', { position: '1st' }),
        deal: t('deal.named.withAccount', { account: '<Beta> Labs', name: 'Smith & Sons' }),
        amount: '1',
        closing: 'closing today',
      });
      expect(speech).to.equal('1st, &lt;Beta&gt; Labs, Smith &amp; Sons: 1, closing today.');
    });
  });
});
