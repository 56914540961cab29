/** Picking one item of a list by position: asking which, a position not heard, an item gone, and what comes after. */
import type { Translate } from '../i18n';
import type { Output } from '../alexa/output';
import { ordinal } from '../speaking/ordinal';

/** Where the list stands after speaking one of its items: "next" goes on from the last page read. */
export interface ListFollowUp {
  hasMore: boolean;
  pageSize: number;
}

export function whichOneOutput(t: Translate): Output {
  return { speech: t('list.pick.which'), reprompt: t('list.pick.whichReprompt') };
}

export function outOfRangeOutput(t: Translate, position: number, heard: number): Output {
  if (heard === 0) return { speech: `${t('list.pick.none')} ${t('list.whatElse')}`, reprompt: t('help.reprompt') };
  // Not `ordinal`: i18next reads that option as "use ordinal plural forms".
  return { speech: t('list.pick.outOfRange', { count: heard, position: ordinal(t, position) }), reprompt: t('list.pick.whichReprompt') };
}

export function goneOutput(t: Translate): Output {
  return { speech: t('list.pick.gone'), reprompt: t('list.pick.whichReprompt') };
}

/** The question after one item: the next page when there is one, else another item. */
export function followUpQuestion(t: Translate, f: ListFollowUp): string {
  return f.hasMore ? t('list.pick.next', { count: f.pageSize }) : t('list.pick.another');
}
