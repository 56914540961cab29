/**
 * Speaks counts, totals and averages: "You have 12 open deals worth 3.4 million dollars closing this quarter.",
 * "Your team’s average won deal this quarter is 180 thousand dollars, over 7 won deals." An average is never
 * made up: with no deal, or no deal with an amount, the answer says so instead of "0 dollars".
 */
import { parseISO } from 'date-fns';
import type { Output } from '../../alexa/output';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { filtersPhrase, notesSpeech, ownerWords, spokenPeriod, whose } from '../../deals/phrases';
import type { OpportunityFilter } from '../../deals/query';
import type { Note } from '../../deals/question';
import { inContext, type Translate } from '../../i18n';
import { totalAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import { type DealStats, averageAmount } from './query';

export interface OpenStatsView extends Speaking, Pick<OpportunityFilter, 'category' | 'stage' | 'minAmount'> {
  owner: Owner;
  /** Undefined: every open deal, whatever its close date. */
  period?: Period;
  stats: DealStats;
  notes: Note[];
}

export interface WonStatsView extends Speaking {
  owner: Owner;
  period: Period;
  stats: DealStats;
  notes: Note[];
}

function answer(t: Translate, notes: Note[], owner: Owner, period: string | undefined, sentences: string[]): Output {
  return {
    speech: [...notesSpeech(t, notes, { owner, period }), ...sentences, t('list.whatElse')].filter(Boolean).join(' '),
    reprompt: t('help.reprompt'),
  };
}

function openParts(t: Translate, view: OpenStatsView) {
  const period = view.period && spokenPeriod(t, view.period, view.today);
  return {
    period,
    words: {
      ...ownerWords(view.owner),
      filters: filtersPhrase(t, view, view),
      closing: period ? t('dealStats.closing', { period }) : '',
    },
  };
}

/** "You have 12 open deals worth 3.4 million dollars closing this quarter." */
export function openStatsOutput(t: Translate, view: OpenStatsView): Output {
  const { period, words } = openParts(t, view);
  const { count, priced, amount } = view.stats;
  const scope = view.owner.scope;
  const deals = t('dealStats.openDeals', { count });
  const sentences =
    count === 0
      ? [t(`dealStats.noOpen.${scope}`, words)]
      : priced === 0
        ? [t(`dealStats.openUnpriced.${scope}`, { ...words, deals })]
        : [
            t(`dealStats.open.${scope}`, {
              ...words,
              // "13 open deals over 500 thousand dollars worth 11.9 million dollars" would run two amounts together.
              what: t(view.minAmount === undefined ? 'dealStats.worth' : 'dealStats.worthOver', { ...words, deals, amount: totalAmount(t, amount, view) }),
            }),
            priced < count ? t('dealStats.unpriced', { count: count - priced }) : '',
          ];
  return answer(t, view.notes, view.owner, period, sentences);
}

/** "Your average open deal closing this quarter is 95 thousand dollars, over 12 deals." */
export function averageOpenOutput(t: Translate, view: OpenStatsView): Output {
  const { period, words } = openParts(t, view);
  const { count, priced } = view.stats;
  const average = averageAmount(view.stats);
  const scope = view.owner.scope;
  const sentences =
    count === 0
      ? [t(`dealStats.noOpen.${scope}`, words)]
      : average === undefined
        ? [t(`dealStats.openUnpricedAverage.${scope}`, words)]
        : [
            t('dealStats.averageOpen', { ...words, ...inContext(scope), whose: capitalised(whose(t, view.owner)), amount: totalAmount(t, average, view), deals: dealsOver(t, count, priced) }),
            priced < count ? t('dealStats.openUnpricedMore', { count: count - priced }) : '',
          ];
  return answer(t, view.notes, view.owner, period, sentences);
}

/** "Your team’s average won deal this quarter is 180 thousand dollars, over 7 deals." */
export function averageWonOutput(t: Translate, view: WonStatsView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const { count, priced } = view.stats;
  const average = averageAmount(view.stats);
  const scope = view.owner.scope;
  const words = { ...ownerWords(view.owner), period };
  const sentences =
    count === 0
      ? [t(`dealStats.noWins.${scope}`, words)]
      : average === undefined
        ? [t(`dealStats.winsUnpriced.${scope}`, { ...words, deals: t('deal.count', { count }) })]
        : [
            t('dealStats.averageWon', {
              ...words,
              // The scope as i18next's context: German says whose with the noun's own article ("Dein …", "Der … deines Teams").
              ...inContext(scope),
              whose: capitalised(whose(t, view.owner)),
              verb: t(isOver(view.period, view.today) ? 'dealStats.was' : 'dealStats.is'),
              amount: totalAmount(t, average, view),
              deals: dealsOver(t, count, priced),
            }),
            priced < count ? t('dealStats.wonUnpriced', { count: count - priced }) : '',
          ];
  return answer(t, view.notes, view.owner, period, sentences);
}

/** "7 deals", or "5 deals with an amount" when the average leaves some out. */
function dealsOver(t: Translate, count: number, priced: number): string {
  return priced === count ? t('deal.count', { count }) : t('dealStats.pricedDeals', { count: priced });
}

/** Whether the period ended before today: "last quarter was", "this quarter is". */
export function isOver(p: Period, today: string): boolean {
  if (p.kind === 'relative') return p.id.startsWith('LAST_');
  if (p.kind === 'yearToDate') return false;
  return parseISO(p.to) < parseISO(today);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
