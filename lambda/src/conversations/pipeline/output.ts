/**
 * Speaks the pipeline: the open amount by forecast category, what closes this month and what is slipping; or
 * the headline of one category's (or the slipping deals') totals, which leads the list of its biggest deals.
 */
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { filtersPhrase, notesSpeech, ownerWords, spokenPeriod, whose } from '../../deals/phrases';
import type { OpportunityFilter } from '../../deals/query';
import type { Note } from '../../deals/question';
import type { ForecastCategoryId } from '../../generated/model';
import type { Translate } from '../../i18n';
import type { PipelineSummary } from './query';
import type { Totals } from '../../deals/totals';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { spokenFigure, totalAmount } from '../../speaking/money';
import { pipelineScreen } from './screen';

export interface PipelineSummaryView extends PipelineSummary, Speaking, Pick<OpportunityFilter, 'stage' | 'minAmount'> {
  owner: Owner;
  period: Period;
  notes: Note[];
}

function categoriesPhrase(t: Translate, view: PipelineSummaryView): string {
  const [only, ...others] = view.categories;
  if (only && others.length === 0) return t('pipeline.allIn', { category: t(`pipeline.category.${only.category}`) });
  // The headline has just said the currency; the parts are figures of the same total.
  const parts = view.categories.map((c) => t('pipeline.inCategory', { amount: spokenFigure(c.amount, view.locale), category: t(`pipeline.category.${c.category}`) }));
  return t('pipeline.split', { parts: new Intl.ListFormat(view.locale, { type: 'conjunction' }).format(parts) });
}

/** `figureOnly` once the headline has said the currency. */
function totalsSentence(t: Translate, key: 'pipeline.month' | 'pipeline.slipping', totals: Totals, s: Speaking, figureOnly: boolean): string {
  if (totals.count === 0) return t(`${key}None`);
  return t(key, { count: totals.count, amount: figureOnly ? spokenFigure(totals.amount, s.locale) : totalAmount(t, totals.amount, s) });
}

/** Periods this month belongs to. */
const CURRENT_PERIODS: readonly string[] = ['THIS_MONTH', 'THIS_QUARTER', 'THIS_FISCAL_QUARTER', 'THIS_YEAR', 'THIS_FISCAL_YEAR'];

export function pipelineSummaryOutput(t: Translate, view: PipelineSummaryView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const filters = filtersPhrase(t, view, view);
  const open = view.categories.reduce((sum, c) => ({ count: sum.count + c.count, amount: sum.amount + c.amount }), { count: 0, amount: 0 });
  const headline =
    open.count === 0
      ? t(`pipeline.noOpen.${view.owner.scope}`, { ...ownerWords(view.owner), filters, period })
      : t(`pipeline.open.${view.owner.scope}`, { ...ownerWords(view.owner), filters, amount: totalAmount(t, open.amount, view), period, deals: t('deal.count', { count: open.count }) }) +
        categoriesPhrase(t, view);
  // What closes this month and what is slipping belong with the period the user is in, not with next quarter's.
  // After a note the answer keeps to what was asked, so the turn stays short.
  const now = view.period.kind === 'relative' && CURRENT_PERIODS.includes(view.period.id) && view.notes.length === 0;
  const speech = [
    ...notesSpeech(t, view.notes, { owner: view.owner, period }),
    headline,
    ...(now ? [totalsSentence(t, 'pipeline.month', view.closingThisMonth, view, open.count > 0), totalsSentence(t, 'pipeline.slipping', view.slipping, view, open.count > 0)] : []),
    t('pipeline.followUp'),
  ].join(' ');
  return { speech, reprompt: t('pipeline.followUpReprompt'), ...(open.count > 0 ? { screen: pipelineScreen(t, view.categories, period, view) } : {}) };
}

/** A category's or the slipping deals' figures; `shown` is how many of the deals the page reads. */
export interface PipelineSliceView extends Pick<OpportunityFilter, 'stage' | 'minAmount' | 'due'> {
  owner: Owner;
  period?: Period;
  category?: ForecastCategoryId;
  totals: Totals;
  shown: number;
  notes: Note[];
}

/** The SSML that leads the slice's list of deals. */
export function pipelineSliceHeadline(t: Translate, view: PipelineSliceView, s: Speaking): string {
  const amount = totalAmount(t, view.totals.amount, s);
  // A category's sentence says the category itself; the slipping deals' says it among the filters.
  const slipping = view.due === 'past' || !view.category;
  const filters = filtersPhrase(t, { stage: view.stage, minAmount: view.minAmount, category: slipping ? view.category : undefined }, s);
  const figures = view.category && !slipping
    ? t(`pipeline.slice.category.${view.owner.scope}`, {
        ...ownerWords(view.owner),
        amount,
        category: t(`pipeline.category.${view.category}`),
        period: view.period ? spokenPeriod(t, view.period, s.today) : '',
        deals: t('deal.count', { count: view.totals.count }),
        filters,
      })
    : t('pipeline.slice.slipping', { count: view.totals.count, whose: whose(t, view.owner), amount, filters });
  // When every deal is read, the count just said introduces them.
  return view.totals.count > view.shown ? `${figures} ${t('pipeline.slice.biggest', { count: view.shown })}` : figures;
}

export function pipelineSliceNoneOutput(t: Translate, view: PipelineSliceView, s: Speaking): Output {
  const period = view.period ? spokenPeriod(t, view.period, s.today) : undefined;
  const slipping = view.due === 'past' || !view.category;
  const filters = filtersPhrase(t, { stage: view.stage, minAmount: view.minAmount, category: slipping ? view.category : undefined }, s);
  const none = view.category && !slipping
    ? t(`pipeline.slice.categoryNone.${view.owner.scope}`, { ...ownerWords(view.owner), category: t(`pipeline.category.${view.category}`), period: period ?? '', filters })
    : t('pipeline.slice.slippingNone', { whose: whose(t, view.owner), filters });
  return { speech: [...notesSpeech(t, view.notes, { owner: view.owner, period }), none, t('list.whatElse')].join(' '), reprompt: t('help.reprompt') };
}
