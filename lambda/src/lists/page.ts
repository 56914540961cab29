/** The frame around any page of a list: how a later page starts, and the offer of more at the end. */
import type { Translate } from '../i18n';
import type { Output } from '../alexa/output';

/** The first page of a new list, the next page, or the page before ("go back"). */
export type PageTurn = 'first' | 'next' | 'back';

export interface PageFrame {
  turn: PageTurn;
  /** 1-based position of the page's first item in the whole list. */
  firstPosition: number;
  /** Items on this page. */
  count: number;
  hasMore: boolean;
  /** Size of the next page offered. */
  pageSize: number;
}

/** "Here are the next 3:" / "Going back, here are numbers 1 to 3:"; undefined for a first page, which has its own intro. */
export function pageIntro(t: Translate, f: PageFrame): string | undefined {
  if (f.turn === 'next') return t('list.continued', { count: f.count });
  if (f.turn === 'back') return t('list.back', { count: f.count, from: f.firstPosition, to: f.firstPosition + f.count - 1 });
  return undefined;
}

/** The question that ends a page, and its reprompt. */
export function pageClose(t: Translate, f: PageFrame): { close: string; reprompt: string } {
  if (f.hasMore) return { close: t('list.more', { count: f.pageSize }), reprompt: t('list.more', { count: f.pageSize }) };
  return { close: t('list.noMore'), reprompt: t('list.reprompt') };
}

/** "Next" past the last item. */
export function endOfListOutput(t: Translate): Output {
  return { speech: t('list.endOfList'), reprompt: t('help.reprompt') };
}

/** "Go back" on the first page. */
export function startOfListOutput(t: Translate): Output {
  return { speech: t('list.atStart'), reprompt: t('list.reprompt') };
}

/** "Next", "go back" or "the second one" without a list. */
export function noListOutput(t: Translate, key: 'list.noList' | 'list.pick.noList'): Output {
  return { speech: t(key), reprompt: t('help.reprompt') };
}
