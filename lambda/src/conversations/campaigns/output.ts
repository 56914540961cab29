/** Speaks campaigns: one campaign's results, the choice between close matches, and the active ones a page at a time. */
import type { Intent } from 'ask-sdk-model';
import { type Translate, localeOf } from '../../i18n';
import type { CampaignReport, CampaignSummary } from './query';
import { askOutput } from '../../alexa/dialog';
import { type ListFollowUp, followUpQuestion } from '../../lists/pick';
import { type PageFrame, endOfListOutput, pageClose, pageIntro } from '../../lists/page';
import type { Output } from '../../alexa/output';
import { type Speaking } from '../../speaking/speakingFor';
import { cardAmount, totalAmount } from '../../speaking/money';
import { ordinal } from '../../speaking/ordinal';
import { spokenDay, writtenDate } from '../../speaking/days';

function datesPhrase(t: Translate, c: CampaignSummary, today: string): string {
  if (!c.startDate) return '';
  const start = t(`campaigns.report.start.${c.startDate > today ? 'future' : 'past'}`, { day: spokenDay(t, c.startDate, today) });
  const end = c.endDate ? t(`campaigns.report.end.${c.endDate < today ? 'past' : 'future'}`, { day: spokenDay(t, c.endDate, today) }) : '';
  return t('campaigns.report.dates', { start, end });
}

function reportCard(t: Translate, c: CampaignReport, s: Speaking): Output['card'] {
  const plain = { interpolation: { escapeValue: false } };
  return {
    type: 'Simple',
    title: t('campaigns.cardTitle', { ...plain, name: c.name }),
    content: t('campaigns.card', {
      ...plain,
      status: c.status ?? '—',
      start: c.startDate ? writtenDate(c.startDate, s.locale) : '—',
      end: c.endDate ? writtenDate(c.endDate, s.locale) : '—',
      leads: c.leads,
      converted: c.convertedLeads,
      opportunities: c.opportunities,
      won: c.wonOpportunities,
      amount: cardAmount(c.wonAmount, s),
    }),
  };
}

/** The results; `followUp` when the campaign was picked from the list, so the question goes on with it. */
export function campaignReportOutput(t: Translate, c: CampaignReport, s: Speaking, followUp?: ListFollowUp): Output {
  // English says a status as an adjective ("is in progress"); other languages name it, as the org labels it.
  const status = c.status && localeOf(t).startsWith('en-') ? c.status.toLowerCase() : c.status;
  const who = status ? t('campaigns.report.status', { name: c.name, status }) : t('campaigns.report.noStatus', { name: c.name });
  const question = followUp ? followUpQuestion(t, followUp) : t('list.whatElse');
  const won = c.wonOpportunities > 0 ? t('campaigns.report.won', { count: c.wonOpportunities, amount: totalAmount(t, c.wonAmount, s) }) : t('campaigns.report.noneWon');
  const speech = [
    `${who}${datesPhrase(t, c, s.today)}.`,
    `${t('campaigns.report.leads', { count: c.leads, converted: c.convertedLeads })} ${t('campaigns.report.opportunities', { count: c.opportunities })}${won}`,
    question,
  ].join(' ');
  return { speech, reprompt: question, card: reportCard(t, c, s) };
}

/** "Did you mean Spring Launch or Spring Promo?": each name escaped once, joined as the locale joins a choice. */
export function campaignChoicesSpeech(t: Translate, names: string[], locale: string): string {
  const choices = new Intl.ListFormat(locale, { type: 'disjunction' }).format(names.map((name) => t('campaigns.choice', { name })));
  return t('campaigns.several', { choices });
}

/** Asks for the campaign's name, or which of a few close matches: the user's next words are the name. */
export function askCampaignOutput(t: Translate, intent: Intent, slot: string, choices?: { names: string[]; locale: string }): Output {
  return askOutput(choices ? campaignChoicesSpeech(t, choices.names, choices.locale) : t('campaigns.which'), slot, intent);
}

export function campaignNotFoundOutput(t: Translate, spoken: string): Output {
  return { speech: t('campaigns.notFound', { name: spoken }), reprompt: t('campaigns.notFoundReprompt') };
}

export interface CampaignListView extends Speaking, Omit<PageFrame, 'count'> {
  items: CampaignSummary[];
}

export function activeCampaignsOutput(t: Translate, view: CampaignListView): Output {
  if (view.items.length === 0) {
    return view.turn === 'first' ? { speech: t('campaigns.active.none'), reprompt: t('help.reprompt') } : endOfListOutput(t);
  }
  const frame = { ...view, count: view.items.length };
  const onlyOne = view.items.length === 1 && !view.hasMore && view.firstPosition === 1;
  const intro = pageIntro(t, frame) ?? t('campaigns.active.intro', { count: onlyOne ? 1 : view.items.length });
  const items = view.items.map((c, i) => t('campaigns.active.item', { ordinal: ordinal(t, view.firstPosition + i, 'FEMININE'), name: c.name }));
  const { close, reprompt } = view.hasMore ? pageClose(t, frame) : { close: t('campaigns.active.pick'), reprompt: t('campaigns.active.pick') };
  const plain = { interpolation: { escapeValue: false } };
  return {
    speech: [intro, ...items, close].join(' '),
    reprompt,
    card: {
      type: 'Simple',
      title: t('campaigns.active.cardTitle', plain),
      content: view.items.map((c, i) => `${view.firstPosition + i}. ${c.name}${c.status ? ` (${c.status})` : ''}`).join('\n'),
    },
  };
}
