/** Speaks a page of opportunities: lead with the answer, one sentence per deal, then offer the next step. */
import type { Translate } from '../i18n';
import type { OpportunityFilter, OpportunitySummary } from './query';
import { accountPhrase, closingPhrase, dealAmount, filtersPhrase, notesSpeech, ownerPhrase, ownerWords, spokenPeriod, whose } from './phrases';
import type { Note } from './question';
import { type PageFrame, endOfListOutput, pageClose, pageIntro } from '../lists/page';
import type { Output } from '../alexa/output';
import { type Speaking } from '../speaking/speakingFor';
import { cardAmount } from '../speaking/money';
import { ordinal } from '../speaking/ordinal';

export interface OpportunityListView extends Speaking, Omit<PageFrame, 'count'>, OpportunityFilter {
  items: OpportunitySummary[];
  /** What the answer says before the list: what it did instead of what was heard. */
  notes: Note[];
  /** How many deals the list holds in all, when the user asked for a number ("top seven"). */
  total?: number;
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
    owner: ownerPhrase(t, view.owner.scope, view, item),
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
  const spoken = view.period && spokenPeriod(t, view.period, view.today);
  const period = spoken ? t('topOpportunities.periodSuffix', { period: spoken }) : '';
  const filters = filtersPhrase(t, view, view);
  const notes = view.turn === 'first' ? notesSpeech(t, view.notes, { owner: view.owner, period: spoken || undefined }) : [];
  if (view.items.length === 0) {
    if (view.turn !== 'first') return endOfListOutput(t);
    return { speech: [...notes, t(`topOpportunities.none.${view.owner.scope}`, { ...ownerWords(view.owner), filters, period }), t('list.whatElse')].join(' '), reprompt: t('help.reprompt') };
  }
  const frame = { ...view, count: view.items.length };
  // "Top seven" is read five and two: the intro names all seven that exist.
  const count = view.total === undefined ? view.items.length : Math.min(view.total, view.items.length + (view.hasMore ? view.pageSize : 0));
  const intro = pageIntro(t, frame) ?? view.headline ?? t('topOpportunities.intro', { count, whose: whose(t, view.owner), filters, period });
  const items = view.items.map((item, i) => itemSpeech(t, view, item, view.firstPosition + i));
  const { close, reprompt } = pageClose(t, frame);
  return {
    speech: [...notes, intro, ...items, close].join(' '),
    reprompt,
    card: { type: 'Simple', title: cardTitle(t, view), content: cardText(t, view) },
  };
}
