/**
 * "Log a call with Globex, they want a revised quote by Friday", "add a note to the Northwind deal",
 * "remind me to call Initech next Tuesday": writes through the write protocol (writes/writeConversation.ts) —
 * collected, confirmed with the dictation read back short, written once, read back from Salesforce.
 */
import { withoutHeard } from '../../speaking/heard';
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import { TZDate } from '@date-fns/tz';
import { SLOTS } from '../../generated/model';
import { closeDate } from '../../dates/closeDate';
import { todayIn } from '../../dates/todayIn';
import { spokenDay } from '../../speaking/days';
import { spokenTime } from '../../speaking/clock';
import { localeOf } from '../../i18n';
import { type WriteConversation, writeHandler } from '../../writes/writeConversation';
import type { Translate } from '../../i18n';
import {
  type NewCall, type NewNote, type NewReminder, type SavedNote, type Target, type TaskRecord,
  addNote, createReminder, findLoggedCall, findNote, findReminder, logCall,
} from './query';
import { targetFromSlots } from './target';
import { noteReviewChange } from '../review/state';

/** How many of the dictated words the confirmation reads back: enough to recognise it, short enough to hear. */
const GIST_WORDS = 8;

function capitalized(words: string): string {
  return words[0]!.toUpperCase() + words.slice(1);
}

/**
 * The dictation as it will be saved: trimmed, without leading punctuation or a leading "that", "saying"
 * (logActivity.heard.dictationLead), capitalised.
 */
export function dictation(said: string | undefined, locale: string): string | undefined {
  const words = withoutHeard((said ?? '').replace(/^[\s,;:.-]+/, ''), locale, 'logActivity.heard.dictationLead').replace(/^[\s,:]+/, '').trim();
  return words ? capitalized(words) : undefined;
}

/**
 * The notes said after the account's name, without the words that only join them on: "and" in English; in German
 * the verb's particle, "trag einen Anruf mit Globex ein, sie wollen …" (logActivity.heard.afterName).
 */
function afterName(rest: string | undefined, locale: string): string | undefined {
  return rest === undefined ? undefined : withoutHeard(rest.replace(/^[\s,;:.-]+/, ''), locale, 'logActivity.heard.afterName');
}

/** The first few words, for the confirmation ("they want a revised quote by Friday…"). */
export function gist(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= GIST_WORDS ? text : `${words.slice(0, GIST_WORDS).join(' ')}…`;
}

const heardSlot = (input: HandlerInput, slot: string) => getSlotValue(input.requestEnvelope, slot)?.trim() || undefined;

// ── Log a call ──────────────────────────────────────────────────────────────────────────────────────────────

const callSlots = SLOTS.LogCallIntent;

export const logCallConversation: WriteConversation<NewCall, TaskRecord> = {
  intent: 'LogCallIntent',
  words: 'logCall',
  anchors: [callSlots.account, callSlots.deal, callSlots.position, callSlots.notes],
  async collect(input, ctx) {
    const found = await targetFromSlots(input, ctx, { account: callSlots.account, deal: callSlots.deal, position: callSlots.position, question: ctx.t('logCall.askWho') });
    if ('ask' in found) return found;
    // "With Globex, they want a revised quote": the words after the account's name are the notes.
    const notes = dictation(heardSlot(input, callSlots.notes) ?? afterName(found.rest, ctx.locale), ctx.locale);
    if (!notes) return { ask: { slot: callSlots.notes, speech: ctx.t('logCall.askNotes') } };
    const identity = await ctx.identity();
    const subject = ctx.t('logCall.subject', { account: found.target.accountName, interpolation: { escapeValue: false } });
    return { draft: { target: found.target, subject, notes, today: todayIn(identity.timeZone, ctx.now) } };
  },
  confirm: ({ t }, d) => t(`logCall.confirm.${d.target.type}`, { target: d.target.label, gist: gist(d.notes) }),
  sameness: (d) => ({ what: d.target.id, notes: d.notes.toLowerCase(), day: d.today }),
  perform: (port, _ctx, d) => logCall(port, d),
  recover: (port, userId, d, since) => findLoggedCall(port, userId, d, since),
  done: ({ t }, _d, task, repeated) => t(repeated ? 'logCall.repeated' : 'logCall.done', { subject: task.subject }),
  written: (input) => noteReviewChange(input, 'call'),
  askAgainFor(field, t) {
    if (field === 'Description') return { slot: callSlots.notes, speech: t('logCall.askNotes') };
    if (field === 'WhatId') return { slot: callSlots.account, speech: t('logCall.askWho') };
    return undefined;
  },
};

// ── Add a note ──────────────────────────────────────────────────────────────────────────────────────────────

const noteSlots = SLOTS.AddNoteIntent;
/** A note's title: its first words, as a note's first line titles it in Salesforce's notes list. */
const TITLE_LENGTH = 80;

/** The note to write: the dictation as said (see `dictation`), titled by its first words. */
export function noteDraft(target: Target, text: string, today: string): NewNote {
  return { target, title: gist(text).replace(/…$/, '').slice(0, TITLE_LENGTH), text, today };
}

export const addNoteConversation: WriteConversation<NewNote, SavedNote> = {
  intent: 'AddNoteIntent',
  words: 'addNote',
  anchors: [noteSlots.account, noteSlots.deal, noteSlots.position, noteSlots.text],
  async collect(input, ctx) {
    const found = await targetFromSlots(input, ctx, { account: noteSlots.account, deal: noteSlots.deal, position: noteSlots.position, question: ctx.t('addNote.askWhere') });
    if ('ask' in found) return found;
    const text = dictation(heardSlot(input, noteSlots.text) ?? afterName(found.rest, ctx.locale), ctx.locale);
    if (!text) return { ask: { slot: noteSlots.text, speech: ctx.t('addNote.askText') } };
    const identity = await ctx.identity();
    return { draft: noteDraft(found.target, text, todayIn(identity.timeZone, ctx.now)) };
  },
  confirm: ({ t }, d) => t('addNote.confirm', { target: d.target.label, gist: gist(d.text) }),
  sameness: (d) => ({ what: d.target.id, text: d.text.toLowerCase() }),
  perform: (port, _ctx, d) => addNote(port, d),
  recover: (port, userId, d, since) => findNote(port, userId, d, since),
  done: ({ t }, d, saved, repeated) =>
    t(repeated ? 'addNote.repeated' : saved.kind === 'note' ? 'addNote.done' : 'addNote.doneAsTask', { target: d.target.label }),
  written: (input) => noteReviewChange(input, 'note'),
  askAgainFor(field, t) {
    if (field === 'Title' || field === 'Content' || field === 'Description') return { slot: noteSlots.text, speech: t('addNote.askText') };
    return undefined;
  },
};

// ── Remind me to call ───────────────────────────────────────────────────────────────────────────────────────


/**
 * A reminder goes off at 9 AM on the due day, in the user's time zone: a task's due date has no time, 9 is the start
 * of most offices' working day (before the calls it is about, not at midnight), and a reminder the night before
 * would be forgotten by morning. Due today after 9, it goes off at the next quarter hour instead.
 */
const REMINDER_HOUR = 9;
const QUARTER_HOUR_MS = 15 * 60_000;

export function reminderTime(due: string, timeZone: string, now: Date): Date {
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  const nine = new Date(new TZDate(year, month - 1, day, REMINDER_HOUR, 0, 0, timeZone).getTime());
  return nine > now ? nine : new Date(Math.ceil((now.getTime() + 1) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
}

export interface ReminderDraft extends NewReminder {
  /** Who the reminder is about, as said in the confirmation ("Initech about the renewal"). */
  about: string;
  today: string;
  timeZone: string;
}

/** What the reminder is for: each has its own intent (its verbs), subject and confirmation words. */
export type ReminderAction = 'call' | 'followUp' | 'email';

/** The reminder to set on a due day: "Call Initech about the renewal" (`rest`: the words said after the account's name). */
export function reminderDraft(t: Translate, action: ReminderAction, target: Target, rest: string | undefined, due: string, timeZone: string, now: Date): ReminderDraft {
  const about = rest ? `${target.accountName} ${rest}` : target.accountName;
  const subject = t(`reminder.subject.${action}`, { account: about, interpolation: { escapeValue: false } });
  return { target, subject, about, due, remindAt: reminderTime(due, timeZone, now).toISOString(), today: todayIn(timeZone, now), timeZone };
}

function reminderConversation(intent: 'CallReminderIntent' | 'FollowUpReminderIntent' | 'EmailReminderIntent', action: ReminderAction): WriteConversation<ReminderDraft, TaskRecord> {
  const slots = SLOTS[intent];
  return {
    intent,
    words: 'reminder',
    anchors: [slots.account],
    // "Make it Friday" is the call reminder's sample; said at another reminder's confirmation, it is that one's day.
    ...(intent === 'CallReminderIntent' ? {} : { correctionSlot: slots.due }),
    async collect(input, ctx) {
      const { t } = ctx;
      const found = await targetFromSlots(input, ctx, { account: slots.account, question: t(`reminder.askWho.${action}`) });
      if ('ask' in found) return found;
      const said = heardSlot(input, slots.due);
      if (!said) return { ask: { slot: slots.due, speech: t('reminder.askDay') } };
      const identity = await ctx.identity();
      // A day, or today; "next week" names no day to be reminded on, so it is asked about.
      const due = said === 'PRESENT_REF' || /^\d{4}-\d{2}-\d{2}$/.test(said) ? closeDate(said, identity.timeZone, ctx.now) : undefined;
      if (!due) return { ask: { slot: slots.due, speech: t('reminder.vagueDay') } };
      // "Initech about the renewal": the words after the account's name stay in the subject.
      const draft = reminderDraft(t, action, found.target, found.rest, due, identity.timeZone, ctx.now);
      if (due < draft.today) return { ask: { slot: slots.due, speech: t('reminder.pastDay') } };
      return { draft };
    },
    confirm: ({ t }, d) =>
      t(`reminder.confirm.${action}`, { target: d.about, day: spokenDay(t, d.due, d.today), time: spokenTime(new Date(d.remindAt), d.timeZone, localeOf(t)) }),
    sameness: (d) => ({ what: d.target.id, subject: d.subject.toLowerCase(), due: d.due }),
    perform: (port, _ctx, d) => createReminder(port, d),
    recover: (port, userId, d, since) => findReminder(port, userId, d, since),
    done: ({ t }, d, task, repeated) => {
      const day = spokenDay(t, task.activityDate ?? d.due, d.today);
      const time = spokenTime(new Date(task.reminderDateTime ?? d.remindAt), d.timeZone, localeOf(t));
      return t(repeated ? 'reminder.repeated' : 'reminder.done', { subject: task.subject, day, time });
    },
    written: (input) => noteReviewChange(input, 'reminder'),
    askAgainFor(field, t) {
      if (field === 'ActivityDate' || field === 'ReminderDateTime') return { slot: slots.due, speech: t('reminder.askDay') };
      if (field === 'WhatId') return { slot: slots.account, speech: t(`reminder.askWho.${action}`) };
      return undefined;
    },
  };
}

/** Each kind of reminder's write, for the skill's handlers and the MCP tool alike. */
export const reminderConversations: Record<ReminderAction, WriteConversation<ReminderDraft, TaskRecord>> = {
  call: reminderConversation('CallReminderIntent', 'call'),
  followUp: reminderConversation('FollowUpReminderIntent', 'followUp'),
  email: reminderConversation('EmailReminderIntent', 'email'),
};

export const logActivityHandlers = [
  writeHandler(logCallConversation),
  writeHandler(addNoteConversation),
  ...Object.values(reminderConversations).map(writeHandler),
];
