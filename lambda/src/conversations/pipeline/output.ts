/**
 * Speaks the pipeline: the open amount by forecast category, what closes this month and what is slipping; or
 * the headline of one category's (or the slipping deals') totals, which leads the list of its biggest deals.
 */
import type { DatePeriodId, ForecastCategoryId, OwnerScopeId } from '../../generated/model';
import type { Translate } from '../../i18n';
import type { PipelineSummary } from './query';
import type { Totals } from '../../deals/totals';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { spokenFigure, totalAmount } from '../../speaking/money';

export interface PipelineSummaryView extends PipelineSummary, Speaking {
  scope: OwnerScopeId;
  period: DatePeriodId;
  noTeam: boolean;
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

export function pipelineSummaryOutput(t: Translate, view: PipelineSummaryView): Output {
  const period = t(`period.${view.period}`);
  const open = view.categories.reduce((sum, c) => ({ count: sum.count + c.count, amount: sum.amount + c.amount }), { count: 0, amount: 0 });
  const headline =
    open.count === 0
      ? t(`pipeline.noOpen.${view.scope}`, { period })
      : t(`pipeline.open.${view.scope}`, { amount: totalAmount(t, open.amount, view), period, deals: t('deal.count', { count: open.count }) }) + categoriesPhrase(t, view);
  const speech = [
    ...(view.noTeam ? [t('deal.noTeam')] : []),
    headline,
    totalsSentence(t, 'pipeline.month', view.closingThisMonth, view, open.count > 0),
    totalsSentence(t, 'pipeline.slipping', view.slipping, view, open.count > 0),
    t('pipeline.followUp'),
  ].join(' ');
  return { speech, reprompt: t('pipeline.followUpReprompt') };
}

/** A category's or the slipping deals' figures; `shown` is how many of the deals the page reads. */
export interface PipelineSliceView {
  scope: OwnerScopeId;
  period?: DatePeriodId;
  category?: ForecastCategoryId;
  totals: Totals;
  shown: number;
  noTeam: boolean;
}

/** The SSML that leads the slice's list of deals. */
export function pipelineSliceHeadline(t: Translate, view: PipelineSliceView, s: Speaking): string {
  const amount = totalAmount(t, view.totals.amount, s);
  const figures = view.category
    ? t(`pipeline.slice.category.${view.scope}`, {
        amount,
        category: t(`pipeline.category.${view.category}`),
        period: t(`period.${view.period ?? 'THIS_QUARTER'}`),
        deals: t('deal.count', { count: view.totals.count }),
      })
    : t('pipeline.slice.slipping', { count: view.totals.count, whose: t(`deal.whose.${view.scope}`), amount });
  // When every deal is read, the count just said introduces them.
  return view.totals.count > view.shown ? `${figures} ${t('pipeline.slice.biggest', { count: view.shown })}` : figures;
}

export function pipelineSliceNoneOutput(t: Translate, view: PipelineSliceView): Output {
  const none = view.category
    ? t(`pipeline.slice.categoryNone.${view.scope}`, { category: t(`pipeline.category.${view.category}`), period: t(`period.${view.period ?? 'THIS_QUARTER'}`) })
    : t('pipeline.slice.slippingNone', { whose: t(`deal.whose.${view.scope}`) });
  return { speech: [...(view.noTeam ? [t('deal.noTeam')] : []), none, t('list.whatElse')].join(' '), reprompt: t('help.reprompt') };
}
