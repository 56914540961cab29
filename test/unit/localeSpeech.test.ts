/**
 * Spoken forms follow the request's locale, from the libraries' locale data: figures and lists from Intl, days,
 * months and clock times from date-fns, words and plurals from i18next. The amount stays in the org's currency.
 */
import { expect } from 'chai';
import { translatorFor } from '../../lambda/src/i18n';
import { spokenDay, spokenDayAfterPreposition } from '../../lambda/src/speaking/days';
import { spokenTime } from '../../lambda/src/speaking/clock';
import { spokenList } from '../../lambda/src/speaking/list';
import { spokenAmount } from '../../lambda/src/speaking/money';
import { ordinal } from '../../lambda/src/speaking/ordinal';

const today = '2026-11-26'; // a Thursday
const de = translatorFor('de-DE');
const gb = translatorFor('en-GB');
const us = translatorFor('en-US');
const fr = translatorFor('fr-FR');
const es = translatorFor('es-ES');

describe('spoken forms per locale', () => {
  it('says amounts in the org’s currency with the locale’s figures: "1,5 Millionen Dollar"', () => {
    expect(spokenAmount(de, 1_500_000, 'USD', 'de-DE')).to.equal('1,5 Millionen Dollar');
    expect(spokenAmount(de, 340_000, 'USD', 'de-DE')).to.equal('340 Tausend Dollar');
    expect(spokenAmount(de, 12_480, 'EUR', 'de-DE')).to.equal('12.500 Euro');
    expect(spokenAmount(gb, 1_500_000, 'USD', 'en-GB')).to.equal('1.5 million dollars');
  });
  it('says a day in the coming week by its name, and a date in the locale’s order', () => {
    expect(spokenDay(de, '2026-12-01', today)).to.equal('am Dienstag');
    expect(spokenDay(de, '2026-12-15', today)).to.equal('am 15. Dezember');
    expect(spokenDay(de, '2027-01-04', today)).to.equal('am 4. Januar 2027');
    expect(spokenDay(de, '2026-11-20', today)).to.equal('letzten Freitag');
    expect(spokenDayAfterPreposition(de, '2026-12-15', today)).to.equal('am 15. Dezember');
    expect(spokenDayAfterPreposition(gb, '2026-12-15', today)).to.equal('15 December');
    expect(spokenDay(gb, '2026-12-15', today)).to.equal('on 15 December');
    expect(spokenDay(gb, '2027-01-04', today)).to.equal('on 4 January 2027');
    expect(spokenDay(us, '2026-12-15', today)).to.equal('on December 15th');
  });
  it('says clock times on the locale’s clock: 24 hours in Germany and Britain, AM and PM in the US', () => {
    const at = new Date('2026-11-26T13:30:00Z');
    expect(spokenTime(at, 'Europe/Berlin', 'de-DE')).to.equal('14:30');
    expect(spokenTime(at, 'Europe/London', 'en-GB')).to.equal('13:30');
    expect(spokenTime(at, 'America/New_York', 'en-US')).to.equal('8:30 AM');
    expect(spokenTime(new Date('2026-11-26T15:00:00Z'), 'America/New_York', 'en-US')).to.equal('10 AM');
  });
  it('joins lists with the locale’s conjunction: "A, B und C"', () => {
    expect(spokenList(['A', 'B', 'C'], 'de-DE', 'conjunction')).to.equal('A, B und C');
    expect(spokenList(['A', 'B', 'C'], 'en-US', 'conjunction')).to.equal('A, B, and C');
  });
  it('says ordinals in the locale’s form: "2." in German, "2nd" in English', () => {
    expect(ordinal(de, 2)).to.equal('2.');
    expect(ordinal(gb, 2)).to.equal('2nd');
    expect(ordinal(us, 23)).to.equal('23rd');
  });
  it('picks plural forms by the locale’s rules', () => {
    expect(de('deal.count', { count: 1 })).to.equal('1 Deal');
    expect(de('deal.count', { count: 3 })).to.equal('3 Deals');
  });
  it('says French amounts with "de" after a million: "1,5 million de dollars", "340 mille dollars"', () => {
    expect(spokenAmount(fr, 1_500_000, 'USD', 'fr-FR')).to.equal('1,5 million de dollars');
    expect(spokenAmount(fr, 2_000_000, 'EUR', 'fr-FR')).to.equal("2 millions d'euros");
    expect(spokenAmount(fr, 340_000, 'USD', 'fr-FR')).to.equal('340 mille dollars');
    expect(spokenAmount(fr, 12_480, 'EUR', 'fr-FR')).to.equal(`${new Intl.NumberFormat('fr-FR').format(12_500)} euros`);
    expect(spokenAmount(fr, 1, 'USD', 'fr-FR')).to.equal('1 dollar');
  });
  it('says French days, "10 h 30", lists and ordinals', () => {
    expect(spokenDay(fr, '2026-12-01', today)).to.equal('mardi');
    expect(spokenDay(fr, '2026-12-09', today)).to.equal('le 9 décembre');
    expect(spokenDay(fr, '2027-01-04', today)).to.equal('le 4 janvier 2027');
    expect(spokenDay(fr, '2027-03-01', today)).to.equal('le 1er mars 2027');
    expect(spokenDay(fr, '2026-12-31', today)).to.equal('le 31 décembre');
    expect(spokenDay(fr, '2026-11-20', today)).to.equal('vendredi dernier');
    expect(spokenTime(new Date('2026-11-26T09:30:00Z'), 'Europe/Paris', 'fr-FR')).to.equal('10 h 30');
    expect(spokenTime(new Date('2026-11-26T13:00:00Z'), 'Europe/Paris', 'fr-FR')).to.equal('14 h');
    expect(spokenList(['A', 'B', 'C'], 'fr-FR', 'conjunction')).to.equal('A, B et C');
    expect(ordinal(fr, 1)).to.equal('1er');
    expect(ordinal(fr, 2)).to.equal('2e');
  });
  it('says Spanish amounts with "de" after millions: "1,5 millones de dólares", "745 mil dólares"', () => {
    expect(spokenAmount(es, 1_500_000, 'USD', 'es-ES')).to.equal('1,5 millones de dólares');
    expect(spokenAmount(es, 1_000_000, 'USD', 'es-ES')).to.equal('1 millón de dólares');
    expect(spokenAmount(es, 2_000_000, 'EUR', 'es-ES')).to.equal('2 millones de euros');
    expect(spokenAmount(es, 745_000, 'USD', 'es-ES')).to.equal('745 mil dólares');
    expect(spokenAmount(es, 12_480, 'EUR', 'es-ES')).to.equal(`${new Intl.NumberFormat('es-ES').format(12_500)} euros`);
    expect(spokenAmount(es, 1, 'USD', 'es-ES')).to.equal('1 dólar');
  });
  it('says Spanish days ("cierre el 9 de diciembre"), "10:30", "A, B y C", ordinals and plurals', () => {
    expect(spokenDay(es, '2026-12-01', today)).to.equal('el martes');
    expect(spokenDay(es, '2026-12-09', today)).to.equal('el 9 de diciembre');
    expect(spokenDay(es, '2027-01-04', today)).to.equal('el 4 de enero de 2027');
    expect(spokenDay(es, '2026-11-20', today)).to.equal('el viernes pasado');
    expect(es('deal.closes', { day: spokenDay(es, '2026-12-09', today) })).to.equal('cierre el 9 de diciembre');
    expect(spokenTime(new Date('2026-11-26T09:30:00Z'), 'Europe/Madrid', 'es-ES')).to.equal('10:30');
    expect(spokenTime(new Date('2026-11-26T14:00:00Z'), 'Europe/Madrid', 'es-ES')).to.equal('15:00');
    expect(spokenList(['A', 'B', 'C'], 'es-ES', 'conjunction')).to.equal('A, B y C');
    expect(ordinal(es, 2)).to.equal('2.º');
    expect(es('deal.count', { count: 1 })).to.equal('1 oportunidad');
    expect(es('deal.count', { count: 3 })).to.equal('3 oportunidades');
  });
  it('says a Spanish hour without a leading zero, and with the article that agrees with it: "a la 1:30", "a las 9:30"', () => {
    const time = (iso: string) => spokenTime(new Date(iso), 'Europe/Madrid', 'es-ES');
    expect(time('2026-11-26T08:30:00Z')).to.equal('9:30');
    expect(time('2026-11-26T00:30:00Z')).to.equal('1:30');
    expect(es('meeting.at', { day: 'mañana', time: time('2026-11-26T00:30:00Z') })).to.equal('mañana a la 1:30');
    expect(es('meeting.at', { day: 'mañana', time: time('2026-11-26T08:30:00Z') })).to.equal('mañana a las 9:30');
    expect(es('meeting.at', { day: 'mañana', time: time('2026-11-26T09:00:00Z') })).to.equal('mañana a las 10:00');
    expect(es('myDay.meetings.timed', { time: time('2026-11-26T00:00:00Z'), subject: 'Llamada' })).to.equal('a la 1:00, Llamada');
    expect(es('myDay.meetings.more', { count: 2, time: time('2026-11-26T12:00:00Z') })).to.equal('y 2 más, la última a las 13:00');
  });
});
