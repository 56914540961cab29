/** The parts of a sentence about a deal, shared by every output that speaks of opportunities. */
import type { Translate } from '../i18n';
import type { OpportunitySummary } from './query';
import { spokenDay } from '../speaking/days';
import { spokenAmount } from '../speaking/money';
import type { Speaking } from '../speaking/speakingFor';

/** A deal's amount as people say it ("1.2 million dollars"), or that it has none yet. */
export function dealAmount(t: Translate, amount: number | null, s: Speaking): string {
  return amount === null ? t('deal.noAmount') : spokenAmount(t, amount, s.currency, s.locale);
}

/** Names that already say the account ("Acme - Renewal") don't need "for Acme" after them. */
export function accountPhrase(t: Translate, item: Pick<OpportunitySummary, 'name' | 'accountName'>): string {
  if (!item.accountName || item.name.toLowerCase().includes(item.accountName.toLowerCase())) return '';
  return t('deal.account', { account: item.accountName });
}

export function closingPhrase(t: Translate, closeDate: string, today: string): string {
  return t(closeDate < today ? 'deal.overdue' : 'deal.closes', { day: spokenDay(t, closeDate, today) });
}
