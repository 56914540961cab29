/** Speaks a page of opportunities: lead with the answer, one sentence per deal, then offer the next step. */
import type { DatePeriodId, ForecastCategoryId, OwnerScopeId } from '../generated/model';
import type { Translate } from '../i18n';
import type { OpportunitySummary } from './query';
import { accountPhrase, closingPhrase, dealAmount, ownerPhrase } from './phrases';
import { type PageFrame, endOfListOutput, pageClose, pageIntro } from '../lists/page';
import type { Output } from '../alexa/output';
import { type Speaking } from '../speaking/speakingFor';
import { cardAmount } from '../speaking/money';
import { ordinal } from '../speaking/ordinal';

export interface OpportunityListView extends Speaking, Omit<PageFrame, 'count'> {
  scope: OwnerScopeId;
  period?: DatePeriodId;
  items: OpportunitySummary[];
  notes: ('capped' | 'noTeam')[];
  maxCount: number;
  /** The list is one forecast category's deals, or the slipping ones ('past'): it changes the card's title. */
  category?: ForecastCategoryId;
  due?: 'past' | 'upcoming';
  /** SSML that replaces the top-opportunities intro on a first page (the pipeline leads with its totals). */
  headline?: string;
}

function itemSpeech(t: Translate, view: OpportunityListView, item: OpportunitySummary, position: number): string {
  return t('topOpportunities.item', {
    ordinal: ordinal(t, position),
    name: item.name,
    account: accountPhrase(t, item),
    amount: dealAmount(t, item.amount, view),
    stage: item.stage,
    closing: closingPhrase(t, item.closeDate, view.today),
    owner: ownerPhrase(t, view.scope, view, item),
  });
}

function cardTitle(t: Translate, view: OpportunityListView): string {
  const plain = { interpolation: { escapeValue: false } };
  if (view.category) return t('pipeline.slice.categoryTitle', { ...plain, category: t(`pipeline.category.${view.category}`) });
  if (view.due === 'past') return t('pipeline.slice.slippingTitle', plain);
  return t('topOpportunities.cardTitle', plain);
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
        amount: cardAmount(item.amount, view),
        stage: item.stage,
        closeDate: item.closeDate,
      }),
    )
    .join('\n');
}

export function opportunityListOutput(t: Translate, view: OpportunityListView): Output {
  const period = view.period ? t('topOpportunities.periodSuffix', { period: t(`period.${view.period}`) }) : '';
  const notes = view.notes.map((n) => (n === 'capped' ? t('topOpportunities.capped', { max: view.maxCount }) : t('deal.noTeam')));
  if (view.items.length === 0) {
    if (view.turn !== 'first') return endOfListOutput(t);
    return { speech: [...notes, t(`topOpportunities.none.${view.scope}`, { period }), t('list.whatElse')].join(' '), reprompt: t('help.reprompt') };
  }
  const frame = { ...view, count: view.items.length };
  const intro =
    pageIntro(t, frame) ?? view.headline ?? t('topOpportunities.intro', { count: view.items.length, whose: t(`deal.whose.${view.scope}`), period });
  const items = view.items.map((item, i) => itemSpeech(t, view, item, view.firstPosition + i));
  const { close, reprompt } = pageClose(t, frame);
  return {
    speech: [...notes, intro, ...items, close].join(' '),
    reprompt,
    card: { type: 'Simple', title: cardTitle(t, view), content: cardText(t, view) },
  };
}
