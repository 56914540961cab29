/** Speaks a page of opportunities: lead with the answer, one sentence per deal, then offer the next step. */
import { localeOf, type Translate } from '../i18n';
import type { OpportunityFilter, OpportunitySummary } from './query';
import { notesSpeech, filtersPhrase, ownerWords, spokenPeriod } from './phrases';
import type { Note } from './question';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { type PageFrame, endOfListOutput, pageClose, pageIntro } from '../lists/page';
import type { Output } from '../alexa/output';
import { relativeDay, spokenDate, writtenDate } from '../speaking/days';
import { dateLocaleFor } from '../speaking/dateLocale';
import { type Speaking } from '../speaking/speakingFor';
import { cardAmount, spokenFigure } from '../speaking/money';
import { ordinal } from '../speaking/ordinal';
import { dealListScreen } from './listScreen';

export interface OpportunityListView extends Speaking, Omit<PageFrame, 'count'>, OpportunityFilter {
  items: OpportunitySummary[];
  /** What the answer says before the list: what it did instead of what was heard. */
  notes: Note[];
  /** How many deals the list holds in all, when the user asked for a number ("top seven"). */
  total?: number;
  /** SSML that replaces the top-opportunities intro on a first page (the pipeline leads with its totals). */
  headline?: string;
}

/**
 * Who the deal is with, then what it is: "Northwind Traders, Loading Dock Upgrade". A name that starts with the
 * account ("Northwind Traders - Loading Dock Upgrade") loses that start; a name that has the account elsewhere
 * is said as it is, so the account is never said twice.
 */
export function dealName(t: Translate, item: Pick<OpportunitySummary, 'name' | 'accountName'>): string {
  const account = item.accountName;
  if (!account) return t('deal.named.alone', { name: item.name });
  const name = item.name.toLowerCase();
  if (name.startsWith(account.toLowerCase())) {
    const rest = item.name.slice(account.length).replace(/^[\s\-–—:,|/]+/, '');
    return rest ? t('deal.named.withAccount', { account, name: rest }) : t('deal.named.alone', { name: account });
  }
  if (name.includes(account.toLowerCase())) return t('deal.named.alone', { name: item.name });
  return t('deal.named.withAccount', { account, name: item.name });
}

/** Dates further than this from today are said with their year. */
const DAYS_WITHOUT_YEAR = 300;

/**
 * When a deal closes, as short as it stays clear in a list: "closing tomorrow", "closing Friday", "closing
 * January 7th" / "Abschluss am 7. Januar" (the year only when it is far off), "was due last Tuesday".
 */
export function listClosing(t: Translate, closeDate: string, today: string): string {
  const dateLocale = dateLocaleFor(localeOf(t));
  const rel = relativeDay(closeDate, today, dateLocale);
  const far = Math.abs(differenceInCalendarDays(parseISO(closeDate), parseISO(today))) > DAYS_WITHOUT_YEAR;
  const day =
    rel.kind === 'weekday' ? t('deal.when.weekday', { weekday: rel.weekday })
    : rel.kind === 'date' ? t('deal.when.date', { date: spokenDate(closeDate, far, dateLocale) })
    : t(`day.${rel.kind}`, rel);
  return t(closeDate < today ? 'deal.when.overdue' : 'deal.when.closes', { day });
}

/** The currency's spoken name for amounts in general ("dollars"), said once before a list of figures. */
export function currencyWord(t: Translate, s: Speaking): string {
  const intlName = new Intl.DisplayNames(s.locale, { type: 'currency' }).of(s.currency) ?? s.currency;
  return t(`currency.${s.currency}`, { count: 2, defaultValue: intlName });
}

/**
 * On a first page "the second one" is the second heard, so no position is said; after "next" or "go back" each
 * deal says its place in the whole list ("4th, …"), which is what the user must say to pick it.
 */
function itemSpeech(t: Translate, view: OpportunityListView, item: OpportunitySummary, position: number): string {
  const place = view.turn === 'first' ? '' : t('topOpportunities.place', { position: ordinal(t, position, 'FEMININE') });
  return t('topOpportunities.item', {
    place,
    deal: dealName(t, item),
    amount: item.amount === null ? t('deal.noAmount') : spokenFigure(item.amount, view.locale),
    closing: listClosing(t, item.closeDate, view.today),
  });
}

function cardTitle(t: Translate, view: OpportunityListView): string {
  const plain = { interpolation: { escapeValue: false } };
  if (view.category) return t('pipeline.slice.categoryTitle', { ...plain, category: t(`pipeline.category.${view.category}`) });
  if (view.due === 'past') return t('pipeline.slice.slippingTitle', plain);
  return t('topOpportunities.cardTitle', plain);
}

function cardText(t: Translate, view: OpportunityListView): string {
  const plain = { interpolation: { escapeValue: false } };
  return view.items
    .map((item, i) =>
      t('topOpportunities.cardItem', {
        ...plain,
        ordinal: view.firstPosition + i,
        name: item.name,
        account: item.accountName ?? '—',
        amount: cardAmount(item.amount, view),
        stage: item.stage,
        closeDate: writtenDate(item.closeDate, view.locale),
      }),
    )
    .join('\n');
}

export function opportunityListOutput(t: Translate, view: OpportunityListView): Output {
  const spoken = view.period && spokenPeriod(t, view.period, view.today);
  const period = spoken ? t('topOpportunities.periodSuffix', { period: spoken }) : '';
  const filters = filtersPhrase(t, view, view);
  const notes = view.turn === 'first' ? notesSpeech(t, view.notes, { owner: view.owner, period: spoken || undefined }) : [];
  if (view.items.length === 0) {
    if (view.turn !== 'first') return endOfListOutput(t);
    return { speech: [...notes, t(`topOpportunities.none.${view.owner.scope}`, { ...ownerWords(view.owner), filters, period }), t('list.whatElse')].join(' '), reprompt: t('help.reprompt') };
  }
  const frame = { ...view, count: view.items.length };
  // "Top seven": the intro names how many of the seven exist; they are read a page at a time.
  const count = view.total ?? view.items.length;
  // With the count: a language whose possessive agrees with the number has a form for each ("Dein"/"Deine").
  const whose = t(`topOpportunities.whose.${view.owner.scope}`, { ...ownerWords(view.owner), count });
  const intro = pageIntro(t, frame) ?? view.headline ?? t('topOpportunities.intro', { count, whose, filters, period, currency: currencyWord(t, view) });
  const items = view.items.map((item, i) => itemSpeech(t, view, item, view.firstPosition + i));
  const { close, reprompt } = pageClose(t, frame);
  return {
    speech: [...notes, intro, ...items, close].join(' '),
    reprompt,
    card: { type: 'Simple', title: cardTitle(t, view), content: cardText(t, view) },
    screen: dealListScreen(t, { title: cardTitle(t, view), items: view.items, firstPosition: view.firstPosition, hasMore: view.hasMore }, view),
  };
}
