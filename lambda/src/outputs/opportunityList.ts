/** Speaks a page of opportunities: lead with the answer, one sentence per deal, then offer the next step. */
import { enUS as dateLocale } from 'date-fns/locale';
import type { DatePeriodId, OwnerScopeId } from '../generated/model';
import type { Translate } from '../i18n';
import type { OpportunitySummary } from '../salesforce/opportunities';
import { relativeDay } from '../speech/date';
import { spokenMoney } from '../speech/money';
import type { Output } from './output';

export interface OpportunityListView {
  scope: OwnerScopeId;
  period?: DatePeriodId;
  items: OpportunitySummary[];
  /** 1-based position of the first item in the whole list. */
  firstPosition: number;
  /** False for the first page, true for "next". */
  continued: boolean;
  hasMore: boolean;
  /** Size of the next page offered. */
  pageSize: number;
  notes: ('capped' | 'noTeam')[];
  maxCount: number;
  currency: string;
  /** The user's today, YYYY-MM-DD, in their time zone. */
  today: string;
  locale: string;
  /** The linked user: their own deals are "yours" rather than their name. */
  userId: string;
}

/** Names that already say the account ("Acme - Renewal") don't need "for Acme" after them. */
function accountPhrase(t: Translate, item: OpportunitySummary): string {
  if (!item.accountName || item.name.toLowerCase().includes(item.accountName.toLowerCase())) return '';
  return t('topOpportunities.itemAccount', { account: item.accountName });
}

function closingPhrase(t: Translate, item: OpportunitySummary, today: string): string {
  const rel = relativeDay(item.closeDate, today, dateLocale);
  const day = t(`day.${rel.kind}`, rel);
  return t(item.closeDate < today ? 'topOpportunities.overdue' : 'topOpportunities.closes', { day });
}

function ownerPhrase(t: Translate, view: OpportunityListView, item: OpportunitySummary): string {
  if (view.scope === 'MINE') return '';
  if (item.ownerId === view.userId) return t('topOpportunities.itemYours');
  return item.ownerName ? t('topOpportunities.itemOwner', { owner: item.ownerName }) : '';
}

function itemSpeech(t: Translate, view: OpportunityListView, item: OpportunitySummary, position: number): string {
  const currencyName = (code: string, count: number) => t(`currency.${code}`, { count, defaultValue: '' }) || undefined;
  return t('topOpportunities.item', {
    ordinal: t('ordinal', { count: position, ordinal: true }),
    name: item.name,
    account: accountPhrase(t, item),
    amount: item.amount === null ? t('topOpportunities.noAmount') : spokenMoney(item.amount, view.currency, view.locale, currencyName),
    stage: item.stage,
    closing: closingPhrase(t, item, view.today),
    owner: ownerPhrase(t, view, item),
  });
}

function cardText(t: Translate, view: OpportunityListView): string {
  const plain = { interpolation: { escapeValue: false } };
  return view.items
    .map((item, i) =>
      t('topOpportunities.cardItem', {
        ...plain,
        ordinal: view.firstPosition + i,
        name: item.name,
        account: item.accountName ?? '—',
        amount: item.amount === null ? '—' : new Intl.NumberFormat(view.locale, { style: 'currency', currency: view.currency, maximumFractionDigits: 0 }).format(item.amount),
        stage: item.stage,
        closeDate: item.closeDate,
      }),
    )
    .join('\n');
}

export function opportunityListOutput(t: Translate, view: OpportunityListView): Output {
  const period = view.period ? t('topOpportunities.periodSuffix', { period: t(`period.${view.period}`) }) : '';
  const notes = view.notes.map((n) => (n === 'capped' ? t('topOpportunities.capped', { max: view.maxCount }) : t('topOpportunities.noTeam')));
  if (view.items.length === 0) {
    const speech = view.continued ? t('topOpportunities.endOfList') : t(`topOpportunities.none.${view.scope}`, { period });
    return { speech: [...notes, speech, ...(view.continued ? [] : [t('topOpportunities.whatElse')])].join(' '), reprompt: t('help.reprompt') };
  }
  const intro = view.continued
    ? t('topOpportunities.continued', { count: view.items.length })
    : t('topOpportunities.intro', { count: view.items.length, whose: t(`topOpportunities.whose.${view.scope}`), period });
  const items = view.items.map((item, i) => itemSpeech(t, view, item, view.firstPosition + i));
  const next = view.hasMore ? t('topOpportunities.more', { count: view.pageSize }) : t('topOpportunities.noMore');
  return {
    speech: [...notes, intro, ...items, next].join(' '),
    reprompt: view.hasMore ? t('topOpportunities.more', { count: view.pageSize }) : t('topOpportunities.reprompt'),
    card: { type: 'Simple', title: t('topOpportunities.cardTitle', { interpolation: { escapeValue: false } }), content: cardText(t, view) },
  };
}
