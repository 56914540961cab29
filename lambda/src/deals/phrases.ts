/** The parts of a sentence about a deal, shared by every output that speaks of opportunities. */
import type { OwnerScopeId } from '../generated/model';
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

/** ", owned by James Carter" in lists of several people's deals; nothing in the user's own list. */
export function ownerPhrase(t: Translate, scope: OwnerScopeId, s: Speaking, item: Pick<OpportunitySummary, 'ownerId' | 'ownerName'>): string {
  if (scope === 'MINE') return '';
  if (item.ownerId === s.userId) return t('deal.yours');
  return item.ownerName ? t('deal.owner', { owner: item.ownerName }) : '';
}
