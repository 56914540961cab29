/** Wins and losses on a screen: won and lost as two bars, the win rate, the biggest win and the biggest loss. */
import type { Screen } from '../../alexa/output';
import type { OpportunitySummary } from '../../deals/query';
import type { Totals } from '../../deals/totals';
import type { Translate } from '../../i18n';
import { BAR_COLORS, screenDocument } from '../../screens/apl';
import { cardAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import { barPercent } from '../pipeline/screen';

const DOCUMENT = screenDocument([
  { type: 'BarChart', bars: '${screen.bars}' },
  { type: 'Container', height: 16 },
  { type: 'FieldList', grow: 1, fields: '${screen.fields}' },
]);

export interface WinsLossesShown {
  title: string;
  won: Totals;
  lost: Totals;
  rate: number;
  biggestWin: OpportunitySummary | null;
  biggestLoss: OpportunitySummary | null;
}

export function winsLossesScreen(t: Translate, w: WinsLossesShown, s: Speaking): Screen {
  const plain = { interpolation: { escapeValue: false } };
  const biggest = Math.max(w.won.amount, w.lost.amount);
  const bar = (key: 'won' | 'lost', totals: Totals, color: string) => ({
    label: t(`winsLosses.screen.${key}`),
    value: t('winsLosses.screen.bar', { ...plain, amount: cardAmount(totals.amount, s), deals: t('deal.count', { count: totals.count }) }),
    percent: totals.count === 0 ? 0 : barPercent(totals.amount, biggest),
    color,
  });
  const deal = (d: OpportunitySummary | null) => (d ? t('winsLosses.screen.deal', { ...plain, name: d.name, amount: cardAmount(d.amount, s) }) : t('screen.none'));
  return {
    document: DOCUMENT,
    data: {
      title: w.title,
      subtitle: t('winsLosses.screen.rate', { rate: w.rate }),
      bars: [bar('won', w.won, BAR_COLORS.strong), bar('lost', w.lost, BAR_COLORS.lost)],
      fields: [
        { label: t('winsLosses.screen.biggestWin'), value: deal(w.won.count > 0 ? w.biggestWin : null) },
        { label: t('winsLosses.screen.biggestLoss'), value: deal(w.lost.count > 0 ? w.biggestLoss : null) },
      ],
    },
  };
}
