/**
 * Speaks a day: the summary ("You have 3 meetings today, the first at 10 AM: Pipeline review. 2 tasks are due, 1
 * overdue. 4 team deals close this week.") and the two lists it offers, the meetings and the tasks. Each turn
 * stays short: at most four meetings or five tasks are read, the rest counted.
 */
import type { Output } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { spokenTime } from '../../speaking/clock';
import { spokenDay, writtenDate } from '../../speaking/days';
import { spokenList } from '../../speaking/list';
import type { Meeting, MyDay, TaskItem } from './query';

export interface DayView {
  day: MyDay;
  /** The user's today, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  locale: string;
  /** Whose deals were counted. */
  scope: 'MINE' | 'TEAM';
  /** The date value said that named no single day: the answer says it read today. */
  heard?: string;
}

/** Meetings read in the meetings list; the rest are counted with the last one's time. */
export const MEETINGS_READ = 4;

/** Long subjects are cut to their first words: the turn must fit 25 seconds. */
const SUBJECT_WORDS = 8;

function subject(t: Translate, text: string | null, untitled: 'myDay.meetings.untitled' | 'myDay.tasks.list.untitled'): string {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return t(untitled);
  return words.length > SUBJECT_WORDS ? `${words.slice(0, SUBJECT_WORDS).join(' ')}…` : words.join(' ');
}

function when(t: Translate, v: DayView): string {
  return spokenDay(t, v.day.day, v.today);
}

function time(m: Meeting, v: DayView): string {
  return m.start ? spokenTime(new Date(m.start), v.timeZone, v.locale) : '';
}

function meetingsSentence(t: Translate, v: DayView): string {
  const { meetings } = v.day;
  const count = meetings.length;
  if (count === 0) return t('myDay.meetings.none', { when: when(t, v) });
  const firstTimed = meetings.find((m) => !m.allDay);
  if (firstTimed) return t('myDay.meetings.first', { count, when: when(t, v), time: time(firstTimed, v), subject: subject(t, firstTimed.subject, 'myDay.meetings.untitled') });
  return t('myDay.meetings.allDay', { count, when: when(t, v), subject: subject(t, meetings[0]!.subject, 'myDay.meetings.untitled') });
}

/** The earlier tasks are overdue when the day is today or past; for a day ahead they are "due before then". */
function tasksSentence(t: Translate, v: DayView): string {
  const { due, earlier } = v.day.tasks;
  const ahead = v.day.day > v.today;
  if (due === 0 && earlier === 0) return t('myDay.tasks.none');
  if (due === 0) return ahead ? t('myDay.tasks.onlyEarlier', { count: earlier }) : t('myDay.tasks.onlyOverdue', { count: earlier });
  const others = earlier === 0 ? '' : `, ${ahead ? t('myDay.tasks.earlier', { count: earlier }) : t('myDay.tasks.overdue', { count: earlier })}`;
  return `${t('myDay.tasks.due', { count: due })}${others}.`;
}

function dealsSentence(t: Translate, v: DayView): string | undefined {
  const { onDay, thisWeek } = v.day.deals;
  if (thisWeek !== undefined) {
    if (thisWeek === 0) return t(`myDay.deals.weekNone.${v.scope}`);
    return `${t(`myDay.deals.week.${v.scope}`, { count: thisWeek })}${onDay > 0 ? t('myDay.deals.weekToday', { count: onDay }) : ''}.`;
  }
  return onDay > 0 ? t(`myDay.deals.day.${v.scope}`, { count: onDay, when: when(t, v) }) : undefined;
}

function card(t: Translate, v: DayView): Output['card'] {
  const lines = [
    ...v.day.meetings.map((m) => `${m.allDay ? t('myDay.card.allDay') : spokenTime(new Date(m.start!), v.timeZone, v.locale)}  ${m.subject ?? ''}`),
    ...v.day.tasks.first.map((task) => t('myDay.card.task', { due: writtenDate(task.due, v.locale), subject: task.subject ?? '', interpolation: { escapeValue: false } })),
  ];
  return { type: 'Simple', title: t('myDay.cardTitle'), content: lines.join('\n') || '—' };
}

const note = (t: Translate, v: DayView) => (v.heard ? [t('myDay.oneDay')] : []);

export function myDaySummaryOutput(t: Translate, v: DayView): Output {
  const { meetings, tasks, deals } = v.day;
  const empty = meetings.length === 0 && tasks.due + tasks.earlier === 0 && deals.onDay === 0 && !deals.thisWeek;
  if (empty) return { speech: [...note(t, v), t('myDay.nothing', { when: when(t, v) }), t('myDay.whatElse')].join(' '), reprompt: t('help.reprompt') };
  // The summary has said one meeting's subject already; a list is offered when there is more to hear.
  const moreMeetings = meetings.length > 1;
  const someTasks = tasks.due + tasks.earlier > 0;
  const offer = moreMeetings && someTasks ? 'both' : moreMeetings ? 'meetings' : someTasks ? 'tasks' : undefined;
  const speech = [
    ...note(t, v),
    meetingsSentence(t, v),
    tasksSentence(t, v),
    dealsSentence(t, v),
    offer ? t(`myDay.offer.${offer}`) : t('myDay.whatElse'),
  ].filter(Boolean).join(' ');
  return { speech, reprompt: offer ? t('myDay.reprompt') : t('help.reprompt'), card: card(t, v) };
}

export function meetingsOutput(t: Translate, v: DayView): Output {
  const { meetings } = v.day;
  if (meetings.length === 0) return { speech: [...note(t, v), t('myDay.meetings.none', { when: when(t, v) }), t('myDay.whatElse')].join(' '), reprompt: t('help.reprompt') };
  const read = meetings.slice(0, MEETINGS_READ);
  const rest = meetings.slice(MEETINGS_READ);
  const items = read.map((m) =>
    m.allDay
      ? t('myDay.meetings.allDayItem', { subject: subject(t, m.subject, 'myDay.meetings.untitled') })
      : t('myDay.meetings.timed', { time: time(m, v), subject: subject(t, m.subject, 'myDay.meetings.untitled') }),
  );
  const last = rest.at(-1);
  if (last) items.push(last.allDay ? t('myDay.meetings.moreAllDay', { count: rest.length }) : t('myDay.meetings.more', { count: rest.length, time: time(last, v) }));
  const list = t('myDay.meetings.list', { count: meetings.length, when: when(t, v), items: items.join('; ') });
  return { speech: [...note(t, v), list, t('myDay.whatElse')].join(' '), reprompt: t('help.reprompt'), card: card(t, v) };
}

function taskItem(t: Translate, task: TaskItem, v: DayView): string {
  const said = subject(t, task.subject, 'myDay.tasks.list.untitled');
  return task.due === v.day.day ? t('myDay.tasks.list.item', { subject: said }) : t('myDay.tasks.list.itemDue', { subject: said, when: spokenDay(t, task.due, v.today) });
}

export function tasksOutput(t: Translate, v: DayView): Output {
  const { due, earlier, first } = v.day.tasks;
  const at = when(t, v);
  if (due + earlier === 0) return { speech: [...note(t, v), t('myDay.tasks.list.none', { when: at }), t('myDay.whatElse')].join(' '), reprompt: t('help.reprompt') };
  const items = first.map((task) => taskItem(t, task, v));
  const unread = due + earlier - first.length;
  if (unread > 0) items.push(t('myDay.tasks.list.more', { count: unread }));
  const joined = items.length > 2 ? items.join('; ') : spokenList(items, v.locale, 'conjunction');
  const ahead = v.day.day > v.today;
  const others = earlier > 0 ? t(ahead ? 'myDay.tasks.list.earlier' : 'myDay.tasks.list.overdue', { count: earlier }) : '';
  const list =
    due === 0
      ? t(ahead ? 'myDay.tasks.list.onlyEarlier' : 'myDay.tasks.list.onlyOverdue', { count: earlier, when: at, items: joined })
      : earlier === 0
        ? t('myDay.tasks.list.dueOnly', { count: due, when: at, items: joined })
        : t('myDay.tasks.list.both', { count: due, when: at, others, items: joined });
  return { speech: [...note(t, v), list, t('myDay.whatElse')].join(' '), reprompt: t('help.reprompt'), card: card(t, v) };
}
