/**
 * "What about next quarter?", "and for the team?", "only James's", "just the ones in commit", "over a million":
 * the last question about deals asked again with the one thing said changed and everything else kept, by the
 * conversation that answered it (top opportunities, wins and losses, the pipeline …). After "what's my day",
 * "my meetings" or "my tasks", "and tomorrow?" / "what about Friday?" reads the same for that day; what names no
 * day ("and James?", "and next week?") is said back, never read as today.
 */
import { type HandlerInput, getSlot } from 'ask-sdk-core';
import { type Day, addDays, format, getDay, parseISO } from 'date-fns';
import { dateLocaleFor } from '../../speaking/dateLocale';
import { heard } from '../../speaking/heard';
import { spokenForm } from '../../salesforce/nameSearch';
import type { RequestContext } from '../../context';
import { intentHandler } from '../../alexa/intentHandler';
import type { Output } from '../../alexa/output';
import { resolvedId } from '../../alexa/slots';
import { todayIn } from '../../dates/todayIn';
import { answerQuestion, conversationOf } from '../../deals/conversation';
import { type QuestionSlot, hearQuestion, refine } from '../../deals/question';
import { SLOTS } from '../../generated/model';
import { type DayAsked, lastDayAsked, lastQuestion } from '../../state/session';
import { readDay } from '../my-day/handler';

const QUESTION_SLOTS: readonly QuestionSlot[] = ['scope', 'person', 'period', 'category', 'stage', 'amount', 'count', 'outcome'];

export const followUpHandler = intentHandler(['FollowUpIntent'], async (input, ctx) => {
  const asked = lastQuestion(input);
  const conversation = asked && conversationOf(asked.kind);
  if (!asked || !conversation) {
    const day = lastDayAsked(input);
    if (day) return anotherDay(input, ctx, day);
    return { speech: ctx.t('followUp.nothing'), reprompt: ctx.t('help.reprompt') };
  }
  const identity = await ctx.identity();
  const heard = await hearQuestion(input, ctx, identity, QUESTION_SLOTS);
  if ('ask' in heard) return heard.ask;
  // What it cannot honour ("and for the team" from a rep, "what about spring") is said, as in a first question.
  return answerQuestion(input, ctx, identity, conversation, refine(asked.question, heard.question, heard.said), heard.notes);
});

/**
 * The weekday words name (0 for Sunday, as date-fns counts), by the locale's day names from date-fns, after any of
 * the locale's followUp.heard.dayLead words ("on", "next"; "am", "nächsten"); -1 for anything else.
 */
function weekdayOf(words: string, locale: string): number {
  const said = spokenForm(words).replace(heard(locale, 'followUp.heard.dayLead', 'start'), '').trim();
  const { localize } = dateLocaleFor(locale);
  return [0, 1, 2, 3, 4, 5, 6].findIndex((day) => spokenForm(localize.day(day as Day, { width: 'wide' })) === said);
}

/**
 * "And tomorrow?" after a day was read: today or tomorrow as the period type resolves them, or a weekday by name —
 * the next one after today, as Alexa's AMAZON.DATE takes "Friday". Anything else said is said back and asked about.
 */
async function anotherDay(input: HandlerInput, ctx: RequestContext, asked: DayAsked): Promise<Output> {
  const said = Object.values(SLOTS.FollowUpIntent)
    .map((name) => getSlot(input.requestEnvelope, name)?.value?.trim())
    .filter((v): v is string => Boolean(v));
  const period = getSlot(input.requestEnvelope, SLOTS.FollowUpIntent.period)?.value?.trim();
  if (said.length === 1 && period) {
    const identity = await ctx.identity();
    const today = parseISO(todayIn(identity.timeZone, ctx.now));
    const id = resolvedId(input, SLOTS.FollowUpIntent.period, ['TODAY', 'TOMORROW'] as const);
    const weekday = weekdayOf(period, ctx.locale);
    const day = id === 'TODAY' ? today
      : id === 'TOMORROW' ? addDays(today, 1)
        : weekday >= 0 ? addDays(today, ((weekday - getDay(today) + 6) % 7) + 1)
          : undefined;
    if (day) return readDay(input, ctx, asked.intent, format(day, 'yyyy-MM-dd'));
  }
  return { speech: ctx.t('followUp.notADay', { heard: said.join(' ') || '…' }), reprompt: ctx.t('followUp.notADayReprompt') };
}
