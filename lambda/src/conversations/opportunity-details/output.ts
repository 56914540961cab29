/** Speaks one opportunity: what it is worth and where it stands, the next step, whose it is, the last activity. */
import type { Translate } from '../../i18n';
import type { OpportunityDetails } from './query';
import { accountPhrase, closingPhrase, dealAmount } from '../../deals/phrases';
import { type ListFollowUp, followUpQuestion } from '../../lists/pick';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { cardAmount } from '../../speaking/money';
import { spokenDay } from '../../speaking/days';

function headline(t: Translate, d: OpportunityDetails, s: Speaking): string {
  const closing = d.isClosed ? t(`opportunityDetails.closed.${d.isWon ? 'won' : 'lost'}`, { day: spokenDay(t, d.closeDate, s.today) }) : closingPhrase(t, d.closeDate, s.today);
  return t('opportunityDetails.headline', {
    name: d.name,
    account: accountPhrase(t, d),
    amount: dealAmount(t, d.amount, s),
    stage: d.stage,
    probability: d.probability === null ? '' : t('opportunityDetails.probability', { percent: Math.round(d.probability) }),
    closing,
  });
}

function activity(t: Translate, date: string | null, today: string): string {
  if (!date) return t('opportunityDetails.noActivity');
  // Salesforce counts planned events too, so the latest activity may still be ahead.
  return t(date > today ? 'opportunityDetails.plannedActivity' : 'opportunityDetails.lastActivity', { day: spokenDay(t, date, today) });
}

function card(t: Translate, d: OpportunityDetails, s: Speaking): Output['card'] {
  const plain = { interpolation: { escapeValue: false } };
  return {
    type: 'Simple',
    title: d.name,
    content: t('opportunityDetails.card', {
      ...plain,
      stage: d.stage,
      amount: cardAmount(d.amount, s),
      probability: d.probability === null ? '—' : `${d.probability}%`,
      closeDate: d.closeDate,
      nextStep: d.nextStep ?? '—',
      owner: d.ownerName ?? '—',
      lastActivity: d.lastActivityDate ?? '—',
    }),
  };
}

export function opportunityDetailsOutput(t: Translate, d: OpportunityDetails, s: Speaking, followUp: ListFollowUp): Output {
  const owner = d.ownerId === s.userId ? t('opportunityDetails.yours') : d.ownerName ? t('opportunityDetails.owner', { owner: d.ownerName }) : '';
  const question = followUpQuestion(t, followUp);
  const parts = [
    headline(t, d, s),
    d.nextStep ? t('opportunityDetails.nextStep', { nextStep: d.nextStep }) : t('opportunityDetails.noNextStep'),
    owner,
    activity(t, d.lastActivityDate, s.today),
    question,
  ];
  return { speech: parts.filter(Boolean).join(' '), reprompt: question, card: card(t, d, s) };
}
