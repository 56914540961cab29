/**
 * "What's my day" through the simulator, jsforce and the local org. Every expected count, time and subject is
 * computed here from the org's store, in the user's own time zone, without the skill's queries or date code.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { teamOf, todayIn } from '../support/orgFacts';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

/** The instant a wall-clock time in `timeZone` is, found by search rather than by a time-zone library. */
function instantAt(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const at = new Date(guess - offset * 60_000);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    if (parts === `${day}, ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`) return at;
  }
  throw new Error(`no instant for ${day} ${hour}:${minute} in ${timeZone}`);
}

/** "10 AM", "2:30 PM", as a US clock says it in `timeZone`. */
function clock(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return get('minute') === '00' ? `${get('hour')} ${get('dayPeriod')}` : `${get('hour')}:${get('minute')} ${get('dayPeriod')}`;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('my day, through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const all = (type: 'Event' | 'EventRelation' | 'Task' | 'Opportunity' | 'User') => stack().org.store.all(type);
  const userNamed = (first: string) => all('User').find((u) => u.FirstName === first)!;

  /** The user's events on `day` in `timeZone`: owned or invited (not declined), all-day ones first, then by start. */
  function eventsOn(userId: string, day: string, timeZone: string): SObjectRecord[] {
    const from = instantAt(day, 0, 0, timeZone).getTime();
    const to = instantAt(addDays(day, 1), 0, 0, timeZone).getTime();
    const invited = new Set(all('EventRelation').filter((r) => r.RelationId === userId && r.IsInvitee === true && r.Status !== 'Declined').map((r) => r.EventId));
    return all('Event')
      .filter((e) => e.OwnerId === userId || invited.has(e.Id))
      .filter((e) => (e.IsAllDayEvent === true ? e.ActivityDate === day : Date.parse(String(e.StartDateTime)) >= from && Date.parse(String(e.StartDateTime)) < to))
      .sort((a, b) => (a.IsAllDayEvent === true ? -1 : 0) - (b.IsAllDayEvent === true ? -1 : 0) || Date.parse(String(a.StartDateTime)) - Date.parse(String(b.StartDateTime)));
  }

  function tasksOf(userId: string, day: string): { due: SObjectRecord[]; earlier: SObjectRecord[] } {
    const open = all('Task').filter((t) => t.OwnerId === userId && t.Status !== 'Completed' && typeof t.ActivityDate === 'string');
    return { due: open.filter((t) => t.ActivityDate === day), earlier: open.filter((t) => String(t.ActivityDate) < day) };
  }

  /** Open deals of `owners` closing from today to Saturday (an en_US week runs Sunday to Saturday), and today. */
  function dealsThisWeek(owners: Set<string>, today: string): { week: number; today: number } {
    const saturday = addDays(today, 6 - new Date(`${today}T12:00:00Z`).getUTCDay());
    const open = all('Opportunity').filter((o) => o.IsClosed === false && owners.has(String(o.OwnerId)));
    return {
      week: open.filter((o) => String(o.CloseDate) >= today && String(o.CloseDate) <= saturday).length,
      today: open.filter((o) => o.CloseDate === today).length,
    };
  }

  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  function tasksSentence(due: number, overdue: number): string {
    if (due === 0 && overdue === 0) return 'No tasks are due.';
    if (due === 0) return `${plural(overdue, 'task is', 'tasks are')} overdue.`;
    return `${plural(due, 'task is', 'tasks are')} due${overdue ? `, ${overdue} overdue` : ''}.`;
  }

  it('counts the manager’s meetings, tasks and team deals for today, leading with the first meeting, in one Salesforce call', async () => {
    const maria = demoUser(stack(), 'manager');
    const today = todayIn(NEW_YORK);
    const events = eventsOn(maria.id, today, NEW_YORK);
    const timed = events.filter((e) => e.IsAllDayEvent !== true);
    expect(timed.length, 'the demo meetings today').to.be.at.least(3);
    const { due, earlier } = tasksOf(maria.id, today);
    const deals = dealsThisWeek(teamOf(all('User'), maria.id), today);

    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    stack().org.resetCounters();
    const { speech, response } = await talk.say("what's my day");
    expect(stack().org.counters()).to.deep.include({ dataApiCalls: 1, byPath: { '/services/data/v66.0/composite': 1 } });
    expect(speech).to.contain(`You have ${events.length} meetings today, the first at ${clock(String(timed[0]!.StartDateTime), NEW_YORK)}: ${timed[0]!.Subject}.`);
    expect(speech).to.contain(tasksSentence(due.length, earlier.length));
    const week = deals.week === 0 ? 'No team deals close this week.' : `${plural(deals.week, 'team deal closes', 'team deals close')} this week${deals.today ? `, ${deals.today} of them today` : ''}.`;
    expect(speech).to.contain(week);
    expect(speech).to.match(/For the list, say: my meetings, or my tasks\.$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('reads the meetings in order with their times, including one the manager is invited to', async () => {
    const maria = demoUser(stack(), 'manager');
    const today = todayIn(NEW_YORK);
    const events = eventsOn(maria.id, today, NEW_YORK);
    expect(events.some((e) => e.OwnerId !== maria.id), 'an invitation among them').to.equal(true);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what meetings do I have today');
    const items = events.slice(0, 4).map((e) => (e.IsAllDayEvent === true ? `all day, ${e.Subject}` : `at ${clock(String(e.StartDateTime), NEW_YORK)}, ${e.Subject}`));
    expect(speech).to.match(new RegExp(`^You have ${events.length} meetings today: `));
    const at = items.map((item) => speech.indexOf(item));
    expect(at.every((p) => p > 0), `${speech} lists ${items.join(' | ')}`).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
  });

  it('reads the tasks due today, then the overdue ones with their due day; a completed task is not read', async () => {
    const maria = demoUser(stack(), 'manager');
    const today = todayIn(NEW_YORK);
    const { due, earlier } = tasksOf(maria.id, today);
    const completed = all('Task').filter((t) => t.OwnerId === maria.id && t.Status === 'Completed' && t.ActivityDate === today);
    expect(completed.length, 'a completed task in the demo data').to.be.at.least(1);
    const { speech } = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant what are my tasks today');
    expect(speech).to.match(new RegExp(`^You have ${plural(due.length, 'task', 'tasks')} due today and ${earlier.length} overdue: `));
    for (const task of [...due, ...earlier]) expect(speech).to.contain(String(task.Subject));
    for (const task of completed) expect(speech).to.not.contain(String(task.Subject));
    const anything = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant is there anything due today');
    expect(anything.speech).to.equal(speech);
  });

  it('gives a rep their own deals, and leaves out a meeting they declined', async () => {
    const james = demoUser(stack(), 'rep');
    const today = todayIn(NEW_YORK);
    const events = eventsOn(james.id, today, NEW_YORK);
    const deals = dealsThisWeek(new Set([james.id]), today);
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say("ask sales assistant what's my day");
    const timed = events.filter((e) => e.IsAllDayEvent !== true);
    expect(speech).to.match(new RegExp(`^You have ${events.length} meetings? today, (the first )?at ${clock(String(timed[0]!.StartDateTime), NEW_YORK)}: `));
    expect(speech).to.contain(deals.week === 0 ? 'None of your deals close this week.' : `${plural(deals.week, 'of your deals closes', 'of your deals close')} this week`);
    expect(speech).to.not.contain('team deal');

    const priya = userNamed('Priya');
    const declined = all('EventRelation').filter((r) => r.RelationId === priya.Id && r.Status === 'Declined').map((r) => r.EventId);
    const declinedToday = all('Event').filter((e) => declined.includes(e.Id) && e.Subject === 'Pipeline review');
    expect(declinedToday, 'Priya declined the pipeline review').to.have.length(1);
    const linked = await stack().link('priya.rep@summitpeak.demo');
    const priyaZone = String(priya.TimeZoneSidKey);
    const mine = eventsOn(priya.Id, todayIn(priyaZone), priyaZone);
    const meetings = await talkTo(stack(), { accessToken: linked.accessToken, timeZone: priyaZone }).say('ask sales assistant what meetings do I have today');
    expect(meetings.speech).to.not.contain('Pipeline review');
    expect(meetings.speech).to.match(new RegExp(`^You have ${plural(mine.length, 'meeting', 'meetings')} today`));
  });

  it('bounds the day in the user’s own time zone: just after midnight in Berlin is today, just before is yesterday', async () => {
    const lena = userNamed('Lena');
    const today = todayIn(BERLIN);
    const insert = (subject: string, at: Date) =>
      stack().org.store.insert('Event', { Subject: subject, StartDateTime: at.toISOString(), DurationInMinutes: 30, OwnerId: lena.Id }, { actingUserId: lena.Id, trusted: true });
    insert('Early call with Tokyo', instantAt(today, 0, 30, BERLIN));
    insert('Late call with Sydney', instantAt(addDays(today, -1), 23, 30, BERLIN));
    const events = eventsOn(lena.Id, today, BERLIN);
    expect(events.map((e) => e.Subject)).to.include('Early call with Tokyo').and.not.include('Late call with Sydney');
    const linked = await stack().link('lena.rep@summitpeak.demo');
    const { speech } = await talkTo(stack(), { accessToken: linked.accessToken, timeZone: BERLIN }).say('ask sales assistant what meetings do I have today');
    expect(speech).to.match(new RegExp(`^You have ${plural(events.length, 'meeting', 'meetings')} today: at 12:30 AM, Early call with Tokyo`));
    expect(speech).to.not.contain('Sydney');
  });

  it('reads tomorrow: its meetings, and the tasks due before then as still open', async () => {
    const james = demoUser(stack(), 'rep');
    const tomorrow = addDays(todayIn(NEW_YORK), 1);
    const events = eventsOn(james.id, tomorrow, NEW_YORK);
    const { due, earlier } = tasksOf(james.id, tomorrow);
    const { speech } = await talkTo(stack(), { accessToken: tokens().rep }).say("ask sales assistant what's on tomorrow");
    expect(speech).to.match(new RegExp(events.length === 0 ? '^You have no meetings tomorrow\\.' : `^You have ${plural(events.length, 'meeting', 'meetings')} tomorrow`));
    const tasks = due.length === 0
      ? `${plural(earlier.length, 'task due before then is', 'tasks due before then are')} still open.`
      : `${plural(due.length, 'task is', 'tasks are')} due${earlier.length ? `, ${earlier.length} more due before then` : ''}.`;
    expect(speech).to.contain(tasks);
  });

  it('says so when a day has nothing on it', async () => {
    const lena = userNamed('Lena');
    const today = todayIn(BERLIN);
    // A day five weeks out without Lena's meetings or deals; her open tasks are done by then.
    let day = addDays(today, 35);
    while (eventsOn(lena.Id, day, BERLIN).length > 0 || all('Opportunity').some((o) => o.OwnerId === lena.Id && o.IsClosed === false && o.CloseDate === day)) day = addDays(day, 1);
    for (const task of [...tasksOf(lena.Id, day).due, ...tasksOf(lena.Id, day).earlier]) stack().org.store.update('Task', task.Id, { Status: 'Completed' }, { trusted: true });
    const spoken = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
    const linked = await stack().link('lena.rep@summitpeak.demo');
    const talk = talkTo(stack(), { accessToken: linked.accessToken, timeZone: BERLIN });
    const { speech } = await talk.say(`ask sales assistant what's on my calendar on ${spoken}`);
    const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
    const year = y === Number(today.slice(0, 4)) ? '' : `, ${y}`;
    expect(speech).to.equal(`Nothing is on your calendar on ${month} ${ordinal(d)}${year}: no meetings, no open tasks due, and no deals closing. What else?`);
  });

  it('hears the other ways people ask: "what\'s on deck", "what\'s my day tomorrow", "do I have calls today", "any tasks due today"', async () => {
    const james = demoUser(stack(), 'rep');
    const today = todayIn(NEW_YORK);
    const tomorrow = addDays(today, 1);
    const rep = () => talkTo(stack(), { accessToken: tokens().rep });
    const said = async (line: string) => (await rep().say(`ask sales assistant ${line}`)).speech;

    const events = eventsOn(james.id, today, NEW_YORK);
    const meetings = events.length === 0 ? /^You have no meetings today\./ : new RegExp(`^You have ${plural(events.length, 'meeting', 'meetings')} today`);
    expect(await said("what's on deck today")).to.match(meetings);
    for (const line of ['do I have calls today', 'anything on my calendar today', "what's my next meeting"]) {
      const speech = await said(line);
      expect(speech, line).to.match(meetings);
      for (const event of events) expect(speech, line).to.contain(String(event.Subject));
    }

    const later = eventsOn(james.id, tomorrow, NEW_YORK);
    expect(await said("what's my day tomorrow")).to.match(later.length === 0 ? /^You have no meetings tomorrow\./ : new RegExp(`^You have ${plural(later.length, 'meeting', 'meetings')} tomorrow`));

    const { due, earlier } = tasksOf(james.id, today);
    const tasks = await said('any tasks due today');
    for (const task of [...due, ...earlier]) expect(tasks).to.contain(String(task.Subject));
    expect(tasks).to.match(due.length + earlier.length === 0 ? /^You have no open tasks/ : /^You have /);
  });

  it('reads another day on "and tomorrow?" or "what about <weekday>?", and says back what names no day', async () => {
    const james = demoUser(stack(), 'rep');
    const today = todayIn(NEW_YORK);
    const tomorrow = addDays(today, 1);
    const talk = talkTo(stack(), { accessToken: tokens().rep });
    await talk.say('ask sales assistant what meetings do I have today');
    const later = eventsOn(james.id, tomorrow, NEW_YORK);
    const next = await talk.say('and tomorrow');
    expect(next.speech).to.match(later.length === 0 ? /^You have no meetings tomorrow\./ : new RegExp(`^You have ${plural(later.length, 'meeting', 'meetings')} tomorrow: `));
    for (const event of later) expect(next.speech).to.contain(String(event.Subject));

    // A weekday by name is the next one after today, as Alexa's AMAZON.DATE takes it.
    const inThree = addDays(today, 3);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${inThree}T12:00:00Z`));
    const then = eventsOn(james.id, inThree, NEW_YORK);
    const onWeekday = await talk.say(`what about ${weekday.toLowerCase()}`);
    expect(onWeekday.speech).to.match(then.length === 0 ? new RegExp(`^You have no meetings on ${weekday}\\.`) : new RegExp(`^You have ${plural(then.length, 'meeting', 'meetings')} on ${weekday}: `));

    // Tasks stay tasks.
    await talk.say('what are my tasks today');
    const { due, earlier } = tasksOf(james.id, tomorrow);
    const tasks = await talk.say('and tomorrow');
    for (const task of [...due, ...earlier]) expect(tasks.speech).to.contain(String(task.Subject));

    expect((await talk.say('and next week')).speech).to.equal('I read your own day, one day at a time, and next week isn’t a day I can read. Say, for example: and tomorrow, or what about Friday?');
  });

  it('does not take a follow-up after the day for the deal question asked before it', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant for my top three deals');
    await talk.say("what's my day");
    const said = await talk.say('and for the team');
    expect(said.speech).to.match(/^I read your own day, one day at a time, and the team isn’t a day I can read\./);
  });
});
