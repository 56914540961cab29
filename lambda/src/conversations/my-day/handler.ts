/**
 * "What's my day", "what's on tomorrow", "what's on my calendar Friday": the meetings, tasks and deals of a day,
 * counted, with the first meeting; "what meetings do I have today" and "what are my tasks today", "anything due
 * today": that list read. One composite call; the day is Alexa's AMAZON.DATE, in the user's Salesforce time zone.
 */
import { getSlotValue } from 'ask-sdk-core';
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestContext } from '../../context';
import { intentHandler } from '../../alexa/intentHandler';
import type { Output } from '../../alexa/output';
import { SLOTS } from '../../generated/model';
import type { Translate } from '../../i18n';
import { dayQuestionOf } from './day';
import { type DayView, meetingsOutput, myDaySummaryOutput, tasksOutput } from './output';
import { myDay } from './query';
import { type DayAsked, rememberDayAsked } from '../../state/session';

type Speak = (t: Translate, view: DayView) => Output;
type DayIntent = DayAsked['intent'];

const SPEAK: Record<DayIntent, Speak> = { MyDayIntent: myDaySummaryOutput, MyMeetingsIntent: meetingsOutput, MyTasksIntent: tasksOutput };

/**
 * The day's figures for the linked user: a manager's deals are the team's, a rep's their own. `value` is Alexa's
 * AMAZON.DATE value (or a day a follow-up named); the intent is remembered, so "and tomorrow?" reads the same.
 */
export async function readDay(input: HandlerInput, ctx: RequestContext, intent: DayIntent, value: string | undefined): Promise<Output> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const { question, heard } = dayQuestionOf(identity, value, ctx.now);
  const day = await myDay(port, question);
  rememberDayAsked(input, { intent });
  return SPEAK[intent](ctx.t, { day, today: question.today, timeZone: identity.timeZone, locale: ctx.locale, scope: question.owner.scope === 'TEAM' ? 'TEAM' : 'MINE', heard });
}

export const myDayHandlers = [
  intentHandler(['MyDayIntent'], (input, ctx) => readDay(input, ctx, 'MyDayIntent', getSlotValue(input.requestEnvelope, SLOTS.MyDayIntent.day))),
  intentHandler(['MyMeetingsIntent'], (input, ctx) => readDay(input, ctx, 'MyMeetingsIntent', getSlotValue(input.requestEnvelope, SLOTS.MyMeetingsIntent.day))),
  intentHandler(['MyTasksIntent'], (input, ctx) => readDay(input, ctx, 'MyTasksIntent', getSlotValue(input.requestEnvelope, SLOTS.MyTasksIntent.day))),
];
