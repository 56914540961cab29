/**
 * Speaks one opportunity: what it is worth and where it stands, the next step, whose it is, the last activity —
 * or, when the question named one of those, that one first. Also the questions when the deal is not clear yet.
 */
import type { Intent } from 'ask-sdk-model';
import type { Translate } from '../../i18n';
import type { OpportunityDetails } from './query';
import { askOutput } from '../../alexa/dialog';
import { accountPhrase, closingPhrase, dealAmount } from '../../deals/phrases';
import { type ListFollowUp, followUpQuestion } from '../../lists/pick';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { cardAmount, cardPercent } from '../../speaking/money';
import { spokenDay, writtenDate } from '../../speaking/days';
import { spokenList } from '../../speaking/list';
import { dealScreen } from './screen';

/** What the question was about: everything, or one thing ("when does it close"). */
export type DealFocus = 'details' | 'nextStep' | 'closeDate' | 'owner' | 'amount';

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
      probability: d.probability === null ? '—' : cardPercent(d.probability, s.locale),
      closeDate: writtenDate(d.closeDate, s.locale),
      nextStep: d.nextStep ?? '—',
      owner: d.ownerName ?? '—',
      lastActivity: d.lastActivityDate ? writtenDate(d.lastActivityDate, s.locale) : '—',
    }),
  };
}

/** After a list pick the question goes on with the list; otherwise it offers more on this deal or another. */
function question(t: Translate, followUp: ListFollowUp | undefined): string {
  return followUp ? followUpQuestion(t, followUp) : t('opportunityDetails.more');
}

export function opportunityDetailsOutput(t: Translate, d: OpportunityDetails, s: Speaking, followUp?: ListFollowUp): Output {
  const owner = d.ownerId === s.userId ? t('opportunityDetails.yours') : d.ownerName ? t('opportunityDetails.owner', { owner: d.ownerName }) : '';
  const next = question(t, followUp);
  const parts = [
    headline(t, d, s),
    d.nextStep ? t('opportunityDetails.nextStep', { nextStep: d.nextStep }) : t('opportunityDetails.noNextStep'),
    owner,
    activity(t, d.lastActivityDate, s.today),
    next,
  ];
  return { speech: parts.filter(Boolean).join(' '), reprompt: next, card: card(t, d, s), screen: dealScreen(t, d, s) };
}

/** The one thing asked, as the sentence that leads the answer. */
function focusedAnswer(t: Translate, d: OpportunityDetails, s: Speaking, focus: Exclude<DealFocus, 'details'>): string {
  const name = d.name;
  switch (focus) {
    case 'nextStep':
      return d.nextStep ? t('opportunityDetails.focus.nextStep', { name, nextStep: d.nextStep }) : t('opportunityDetails.focus.noNextStep', { name });
    case 'closeDate': {
      const day = spokenDay(t, d.closeDate, s.today);
      if (d.isClosed) return t(d.isWon ? 'opportunityDetails.focus.won' : 'opportunityDetails.focus.lost', { name, day });
      return t(d.closeDate < s.today ? 'opportunityDetails.focus.overdue' : 'opportunityDetails.focus.closes', { name, day, stage: d.stage });
    }
    case 'owner':
      if (d.ownerId === s.userId) return t('opportunityDetails.focus.yours', { name });
      return d.ownerName ? t('opportunityDetails.focus.owner', { name, owner: d.ownerName }) : t('opportunityDetails.focus.noOwner', { name });
    case 'amount':
      return d.amount === null
        ? t('opportunityDetails.focus.noAmount', { name, stage: d.stage })
        : t('opportunityDetails.focus.amount', { name, amount: dealAmount(t, d.amount, s), stage: d.stage });
  }
}

/** The deal, leading with what was asked; `followUp` when it was picked from a list. */
export function dealOutput(t: Translate, d: OpportunityDetails, s: Speaking, focus: DealFocus, followUp?: ListFollowUp): Output {
  if (focus === 'details') return opportunityDetailsOutput(t, d, s, followUp);
  const next = question(t, followUp);
  return { speech: `${focusedAnswer(t, d, s, focus)} ${next}`, reprompt: next, card: card(t, d, s), screen: dealScreen(t, d, s) };
}

/** Why the deal is not clear yet; the user's next words fill the deal slot of the same question. */
export type DealQuestion =
  | { kind: 'which' }
  | { kind: 'several'; names: string[]; locale: string }
  | { kind: 'notFound'; heard: string }
  | { kind: 'gone' };

/** A deal's name is a few words; more is a sentence Alexa put in the name's place. */
const MAX_NAME_WORDS = 6;

export function askDealOutput(t: Translate, intent: Intent, slot: string, q: DealQuestion): Output {
  const ask = (speech: string, reprompt: string): Output => ({ ...askOutput(speech, slot, intent), reprompt });
  const which = t('opportunityDetails.byName.whichReprompt');
  switch (q.kind) {
    case 'which':
      return ask(t('opportunityDetails.byName.which'), which);
    case 'several': {
      // Each name escaped once by its own interpolation, then joined as the locale joins a choice.
      const choices = spokenList(q.names.map((name) => t('opportunityDetails.byName.choice', { name })), q.locale, 'disjunction');
      return ask(t('opportunityDetails.byName.several', { choices }), t('opportunityDetails.byName.severalReprompt'));
    }
    case 'notFound':
      // Many words are a new question Alexa put in the name's place: say so and listen for anything, rather than
      // keep asking for a deal's name.
      if (q.heard.split(/\s+/).length > MAX_NAME_WORDS) return { speech: t('opportunityDetails.byName.notFoundLong'), reprompt: t('help.reprompt') };
      return ask(t('opportunityDetails.byName.notFound', { heard: q.heard }), which);
    case 'gone':
      return ask(t('opportunityDetails.byName.gone'), which);
  }
}
