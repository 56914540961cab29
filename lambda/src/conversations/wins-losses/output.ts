/** Speaks wins and losses: lead with counts, amounts and the win rate, then the biggest win and the biggest loss. */
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import type { Note } from '../../deals/question';
import { inContext, type Translate } from '../../i18n';
import type { OpportunitySummary } from '../../deals/query';
import type { Totals } from '../../deals/totals';
import type { WinsLosses } from './query';
import { accountPhrase, notesSpeech, ownerWords, spokenPeriod } from '../../deals/phrases';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { cardAmount, cardPercent, spokenFigure, totalAmount } from '../../speaking/money';
import { winsLossesScreen } from './screen';

/** Whose deals over which period: what the user asked, or a saved report's definition. */
export type WinsLossesSource = { owner: Owner; period: Period; minAmount?: number; outcome?: 'WON' | 'LOST'; reportName?: undefined } | { reportName: string };

export type WinsLossesView = WinsLosses &
  Speaking &
  WinsLossesSource & {
    /** What the answer did instead of what was heard. */
    notes: Note[];
  };

/** Won deals by count, rounded to a whole percent; undefined without closed deals. */
export function winRate(won: number, lost: number): number | undefined {
  return won + lost === 0 ? undefined : Math.round((100 * won) / (won + lost));
}

/** "7 deals worth 3.3 million dollars"; `figureOnly` once the sentence has said the currency ("… worth 666 thousand"). */
function dealsPhrase(t: Translate, totals: Totals, s: Speaking, figureOnly = false): string {
  if (totals.count === 0) return t('winsLosses.noDeals');
  return t('winsLosses.deals', { count: totals.count, amount: figureOnly ? spokenFigure(totals.amount, s.locale) : totalAmount(t, totals.amount, s) });
}

function biggest(t: Translate, key: 'biggestWin' | 'biggestLoss', deal: OpportunitySummary, of: Totals, view: WinsLossesView): string {
  // A report may cover anyone's deals: name the owner as for the team.
  const owner = view.reportName === undefined && (view.owner.scope === 'MINE' || view.owner.scope === 'PERSON') ? '' : deal.ownerId === view.userId ? t('deal.yours') : deal.ownerName ? t('winsLosses.by', { owner: deal.ownerName }) : '';
  // The summary before it has said the currency, and the amount of an only deal.
  const figure = deal.amount === null ? t('deal.noAmount') : spokenFigure(deal.amount, view.locale);
  const amount = of.count === 1 ? '' : t('winsLosses.amount', { amount: figure });
  return t(`winsLosses.${key}`, { name: deal.name, account: accountPhrase(t, deal), amount, owner });
}

function title(t: Translate, view: WinsLossesView): string {
  const plain = { interpolation: { escapeValue: false } };
  return view.reportName === undefined
    ? t('winsLosses.cardTitle', { ...plain, period: spokenPeriod(t, view.period, view.today) })
    : t('winsLosses.reportCardTitle', { ...plain, report: view.reportName });
}

function card(t: Translate, view: WinsLossesView, rate: number): Output['card'] {
  const plain = { interpolation: { escapeValue: false } };
  const deal = (d: OpportunitySummary | null) => (d ? `${d.name} (${cardAmount(d.amount, view)})` : '—');
  return {
    type: 'Simple',
    title: title(t, view),
    content: t('winsLosses.card', {
      ...plain,
      won: view.won.count,
      wonAmount: cardAmount(view.won.amount, view),
      lost: view.lost.count,
      lostAmount: cardAmount(view.lost.amount, view),
      rate: cardPercent(rate, view.locale),
      biggestWin: deal(view.biggestWin),
      biggestLoss: deal(view.biggestLoss),
    }),
  };
}

export function winsLossesOutput(t: Translate, view: WinsLossesView): Output {
  const period = view.reportName === undefined ? spokenPeriod(t, view.period, view.today) : undefined;
  const notes = view.reportName === undefined ? notesSpeech(t, view.notes, { owner: view.owner, period }) : [];
  if (view.reportName === undefined && view.minAmount !== undefined) notes.push(t('winsLosses.over', { amount: totalAmount(t, view.minAmount, view) }));
  const whatElse = t('list.whatElse');
  const rate = winRate(view.won.count, view.lost.count);
  const won = dealsPhrase(t, view.won, view);
  const lost = dealsPhrase(t, view.lost, view, view.won.count > 0);
  if (rate === undefined) {
    const none = view.reportName === undefined ? t(`winsLosses.none.${view.owner.scope}`, { ...ownerWords(view.owner), period }) : t('winsLosses.reportNone', { report: view.reportName });
    return { speech: [...notes, none, whatElse].join(' '), reprompt: t('help.reprompt') };
  }
  if (view.reportName === undefined && view.outcome) {
    // "And the losses?": only that half, with its biggest deal; the win rate belongs to both.
    const lostOnly = view.outcome === 'LOST';
    const subject = t(`deal.subject.${view.owner.scope}`, ownerWords(view.owner));
    // The scope as i18next's context: a language whose verb agrees with the subject has a form for "you" ("Du hast").
    const only = t(lostOnly ? 'winsLosses.onlyLost' : 'winsLosses.onlyWon', { subject, deals: dealsPhrase(t, lostOnly ? view.lost : view.won, view), period, ...inContext(view.owner.scope) });
    const deal = lostOnly ? view.lost.count > 0 && view.biggestLoss && biggest(t, 'biggestLoss', view.biggestLoss, view.lost, view) : view.won.count > 0 && view.biggestWin && biggest(t, 'biggestWin', view.biggestWin, view.won, view);
    return { speech: [...notes, only, deal, whatElse].filter(Boolean).join(' '), reprompt: t('help.reprompt'), card: card(t, view, rate), screen: winsLossesScreen(t, { ...view, title: title(t, view), rate }, view) };
  }
  const summary =
    view.reportName === undefined
      ? t('winsLosses.summary', { subject: t(`deal.subject.${view.owner.scope}`, ownerWords(view.owner)), won, lost, period, rate, ...inContext(view.owner.scope) })
      : t('winsLosses.fromReport', { report: view.reportName, won, lost, rate });
  const win = view.won.count > 0 && view.biggestWin ? biggest(t, 'biggestWin', view.biggestWin, view.won, view) : '';
  const loss = view.lost.count > 0 && view.biggestLoss ? biggest(t, 'biggestLoss', view.biggestLoss, view.lost, view) : '';
  return {
    speech: [...notes, summary, win, loss, whatElse].filter(Boolean).join(' '),
    reprompt: t('help.reprompt'),
    card: card(t, view, rate),
    screen: winsLossesScreen(t, { ...view, title: title(t, view), rate }, view),
  };
}
