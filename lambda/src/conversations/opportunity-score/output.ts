/** Speaks Einstein's opportunity scores: the best-scored deals of a question, or one deal's. Never calls Salesforce. */
import type { Output } from '../../alexa/output';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import type { OpportunityFilter } from '../../deals/query';
import { currencyWord, dealName } from '../../deals/listOutput';
import { filtersPhrase, notesSpeech, spokenPeriod, whose } from '../../deals/phrases';
import type { Note } from '../../deals/question';
import type { Translate } from '../../i18n';
import { cardAmount, spokenFigure } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import type { ScoredDeal } from './query';

export type BestChanceView = Speaking & Pick<OpportunityFilter, 'category' | 'stage' | 'minAmount'> & {
  owner: Owner;
  period: Period;
  deals: ScoredDeal[];
  notes: Note[];
};

const said = (t: Translate, ...parts: string[]): Output => ({ speech: [...parts, t('list.whatElse')].filter(Boolean).join(' '), reprompt: t('help.reprompt') });

export function noScoresOutput(t: Translate, notes: string[] = []): Output {
  return said(t, ...notes, t('opportunityScore.noScores'));
}

export function bestChanceOutput(t: Translate, view: BestChanceView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const words = { whose: whose(t, view.owner), filters: filtersPhrase(t, view, view), period };
  const notes = notesSpeech(t, view.notes, { owner: view.owner, period });
  if (view.deals.length === 0) return said(t, ...notes, t('opportunityScore.none', words));
  const items = view.deals.map((d) =>
    t('opportunityScore.item', { deal: dealName(t, d), amount: d.amount === null ? t('deal.noAmount') : spokenFigure(d.amount, view.locale), score: d.score }),
  );
  const plain = { interpolation: { escapeValue: false } };
  return {
    ...said(t, ...notes, t('opportunityScore.best', { ...words, count: view.deals.length, currency: currencyWord(t, view) }), ...items),
    card: {
      type: 'Simple',
      title: t('opportunityScore.cardTitle', plain),
      content: view.deals.map((d) => t('opportunityScore.cardItem', { ...plain, score: d.score, name: d.name, amount: cardAmount(d.amount, view) })).join('\n'),
    },
  };
}

export function dealScoreOutput(t: Translate, deal: ScoredDeal): Output {
  if (deal.isClosed) return said(t, t('opportunityScore.dealClosed', { name: deal.name }));
  if (deal.score === null) return said(t, t('opportunityScore.dealUnscored', { name: deal.name }));
  return said(t, t('opportunityScore.deal', { name: deal.name, score: deal.score }));
}
