/** The pipeline on a screen: the open amount of each forecast category as a bar, the widest the biggest. */
import type { Screen } from '../../alexa/output';
import type { ForecastCategoryId } from '../../generated/model';
import type { Translate } from '../../i18n';
import { BAR_COLORS, screenDocument } from '../../screens/apl';
import { cardAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import type { Totals } from '../../deals/totals';

const DOCUMENT = screenDocument([{ type: 'BarChart', bars: '${screen.bars}' }]);

const COLORS: Record<ForecastCategoryId, string> = { COMMIT: BAR_COLORS.strong, BEST_CASE: BAR_COLORS.middle, PIPELINE: BAR_COLORS.weak, OMITTED: BAR_COLORS.muted };

/** A bar's length in percent of the biggest; a category with deals but no amount still shows a sliver. */
export function barPercent(amount: number, biggest: number): number {
  return biggest <= 0 ? 1 : Math.max(1, Math.round((100 * amount) / biggest));
}

export function pipelineScreen(t: Translate, categories: readonly (Totals & { category: ForecastCategoryId })[], period: string, s: Speaking): Screen {
  const plain = { interpolation: { escapeValue: false } };
  const open = categories.reduce((sum, c) => ({ count: sum.count + c.count, amount: sum.amount + c.amount }), { count: 0, amount: 0 });
  const biggest = Math.max(0, ...categories.map((c) => c.amount));
  const bars = categories.map((c) => ({
    label: t(`pipeline.screen.category.${c.category}`),
    value: t('pipeline.screen.bar', { ...plain, amount: cardAmount(c.amount, s), deals: t('deal.count', { count: c.count }) }),
    percent: barPercent(c.amount, biggest),
    color: COLORS[c.category],
  }));
  return {
    document: DOCUMENT,
    data: {
      title: t('pipeline.screen.title'),
      subtitle: t('pipeline.screen.subtitle', { ...plain, amount: cardAmount(open.amount, s), deals: t('deal.count', { count: open.count }), period }),
      bars,
    },
  };
}
