/** Amounts and days in the words of the request's language, for every output. */
import { enUS as dateLocale } from 'date-fns/locale';
import type { Translate } from '../i18n';
import { relativeDay } from './days';
import { spokenMoney } from './money';

/** "1.2 million dollars", with the currency's spoken name from the resources when they have one. */
export function spokenAmount(t: Translate, amount: number, currency: string, locale: string): string {
  return spokenMoney(amount, currency, locale, (code, count) => t(`currency.${code}`, { count, defaultValue: '' }) || undefined);
}

/** "today", "tomorrow", "on Friday", "last Friday", "on December 15th", for a YYYY-MM-DD day. */
export function spokenDay(t: Translate, date: string, today: string): string {
  const rel = relativeDay(date, today, dateLocale);
  return t(`day.${rel.kind}`, rel);
}
