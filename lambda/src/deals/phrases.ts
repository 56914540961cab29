/** The parts of a sentence about a deal, shared by every output that speaks of opportunities. */
import type { OwnerScopeId } from '../generated/model';
import type { Translate } from '../i18n';
import type { OpportunitySummary } from './query';
import { spokenAmount, spokenDay } from '../speaking/spoken';

/** What every spoken amount and date depends on: the org's currency, the request's locale, the user's day. */
export interface Speaking {
  currency: string;
  locale: string;
  /** The user's today, YYYY-MM-DD, in their time zone. */
  today: string;
  /** The linked user: their own deals are "yours" rather than their name. */
  userId: string;
}

/** A deal's amount as people say it ("1.2 million dollars"), or that it has none yet. */
export function dealAmount(t: Translate, amount: number | null, s: Speaking): string {
  return amount === null ? t('deal.noAmount') : spokenAmount(t, amount, s.currency, s.locale);
}

/** A total, never empty: "1.2 million dollars", "0 dollars". */
export function totalAmount(t: Translate, amount: number, s: Speaking): string {
  return spokenAmount(t, amount, s.currency, s.locale);
}

/** An amount for a card: "$1,500,000". */
export function cardAmount(amount: number | null, s: Speaking): string {
  return amount === null ? '—' : new Intl.NumberFormat(s.locale, { style: 'currency', currency: s.currency, maximumFractionDigits: 0 }).format(amount);
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

/** "1st", "2nd" … */
export function ordinal(t: Translate, position: number): string {
  return t('ordinal', { count: position, ordinal: true });
}
