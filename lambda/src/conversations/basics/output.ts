/** The short turns that are only words: greeting, help, fallback, goodbye, problems and account linking. */
import type { Translate } from '../../i18n';
import type { Output } from '../../alexa/output';
import type { WriteKind } from '../../writes/draft';

export function launchOutput(t: Translate, firstName: string): Output {
  return { speech: t('launch.speech', { firstName }), reprompt: t('launch.reprompt') };
}

/** Where the user is, for help and fallback: in a write (which one), in a review, in a list, or at the start. */
export type Whereabouts = { in: 'write'; words: WriteKind['words'] } | { in: 'review' } | { in: 'list' } | { in: 'start' };

const HELP = { review: 'help.inReview', list: 'help.inList', start: 'help.speech' } as const;
const FALLBACK = { review: 'fallback.inReview', list: 'fallback.inList', start: 'fallback.speech' } as const;

export function helpOutput(t: Translate, where: Whereabouts): Output {
  const speech = where.in === 'write' ? t(`${where.words}.help`) : t(HELP[where.in]);
  return { speech, reprompt: t('help.reprompt') };
}

export function fallbackOutput(t: Translate, where: Whereabouts): Output {
  const speech = where.in === 'write' ? `${t('fallback.inWrite')} ${t(`${where.words}.help`)}` : t(FALLBACK[where.in]);
  return { speech, reprompt: t('fallback.reprompt') };
}

/** Leaving in the middle of a review says it waits to be picked up. */
export function goodbyeOutput(t: Translate, reviewSaved = false): Output {
  return { speech: reviewSaved ? t('goodbyeReviewSaved') : t('goodbye') };
}

/** A question the user can answer, with the usual reprompt. */
export function askAgainOutput(t: Translate, key: 'nothingPending' | 'nothingToRepeat' | 'declined' | 'problem.notUnderstood'): Output {
  return { speech: t(key), reprompt: t('help.reprompt') };
}

export function linkAccountOutput(t: Translate, reason: 'missing' | 'expired'): Output {
  return { speech: t(reason === 'missing' ? 'link.speech' : 'link.expired'), card: { type: 'LinkAccount' } };
}

export type Problem = 'unavailable' | 'limit' | 'storage' | 'generic';

export function problemOutput(t: Translate, problem: Problem): Output {
  return { speech: t(`problem.${problem}`) };
}
