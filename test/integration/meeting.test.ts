/**
 * Meetings said the way people say them, through the simulator, the skill, jsforce and the local org:
 * times of day, invitees by name, an account instead of people, corrections at the confirmation and help
 * in the middle of a question. Expectations come from the org's store and from date arithmetic done here.
 */
import { expect } from 'chai';
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfISOWeek } from 'date-fns';
import type { LocalStack } from '../../local/stack';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { accountNamed, ids, newSince } from '../support/storeRecords';

const ZONE = 'America/New_York'; // the demo manager's Salesforce time zone, and the simulated device's

const invitedTo = (stack: LocalStack, eventId: string) =>
  stack.org.store.all('EventRelation').filter((r) => r.EventId === eventId).map((r) => String(r.RelationId)).sort();
const userNamed = (stack: LocalStack, first: string, last?: string) =>
  stack.org.store.all('User').find((u) => u.FirstName === first && (last === undefined || u.LastName === last))!;

/** `days` from today in New York, at hour:minute there, as an instant. */
function localTime(days: number, hour: number, minute = 0): number {
  const day = addDays(new TZDate(Date.now(), ZONE), days);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute, 0, ZONE).getTime();
}
const startOf = (event: SObjectRecord) => new Date(String(event.StartDateTime)).getTime();

describe('meetings said the way people say them', () => {
  const stack = useLocalStack();
  let token: string;
  let manager: string;
  before(async () => {
    manager = demoUser(stack(), 'manager').id;
    token = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
  });
  const team = () => stack().org.store.all('User').filter((u) => u.ManagerId === manager && u.IsActive !== false).map((u) => String(u.Id)).sort();

  /** Says the lines in one session; returns the last answer and the one event the dialog created. */
  async function schedule(...lines: string[]) {
    const before = ids(stack(), 'Event');
    const talk = talkTo(stack(), { accessToken: token });
    const answers: string[] = [];
    for (const line of lines) answers.push((await talk.say(line)).speech);
    const events = newSince(stack(), 'Event', before);
    return { answers, events };
  }

  describe('the time of day', () => {
    it('asks whether "six am" is morning or evening, and books 6:00 in the user\'s zone after "in the morning"', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a sales meeting tomorrow at six am', 'in the morning', 'yes');
      expect(answers[0]).to.equal('6 in the morning or 6 in the evening?');
      expect(answers[1]).to.match(/^Schedule a sales meeting tomorrow at 6 AM for 30 minutes, with .+\?$/);
      expect(events).to.have.length(1);
      expect(startOf(events[0]!)).to.equal(localTime(1, 6));
    });

    it('takes "the evening one" for seven as 19:00', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a forecast call tomorrow at seven', 'the evening one', 'yes');
      expect(answers[0]).to.equal('7 in the morning or 7 in the evening?');
      expect(answers[1]).to.match(/^Schedule a forecast call tomorrow at 7 PM /);
      expect(startOf(events[0]!)).to.equal(localTime(1, 19));
    });

    it('reads "at ten" as 10 AM and "at three" as 3 PM without asking', async () => {
      const ten = await schedule('ask sales assistant to schedule a deal review tomorrow at ten', 'yes');
      expect(ten.answers[0]).to.match(/^Schedule a deal review tomorrow at 10 AM for 30 minutes/);
      expect(startOf(ten.events[0]!)).to.equal(localTime(1, 10));
      const three = await schedule('ask sales assistant to schedule a deal review tomorrow at three', 'yes');
      expect(three.answers[0]).to.match(/^Schedule a deal review tomorrow at 3 PM for 30 minutes/);
      expect(startOf(three.events[0]!)).to.equal(localTime(1, 15));
    });

    it("says the meeting's day in the user's zone, not the server's, on either side of midnight there", async () => {
      // The server's zone is the process's: Tokyo is already on the next day at 3 PM in New York, UTC at 9 PM.
      const serverZone = process.env.TZ;
      try {
        for (const [zone, hour, said] of [['Asia/Tokyo', 15, 'three pm'], ['UTC', 21, 'nine pm']] as const) {
          process.env.TZ = zone;
          const { answers, events } = await schedule(`ask sales assistant to schedule a territory review tomorrow at ${said}`, 'yes');
          expect(answers[0], zone).to.match(new RegExp(`^Schedule a territory review tomorrow at ${hour - 12} PM for 30 minutes`));
          expect(answers[1], zone).to.match(new RegExp(`^Done\\. The territory review is on your calendar tomorrow at ${hour - 12} PM`));
          expect(startOf(events[0]!), zone).to.equal(localTime(1, hour));
        }
      } finally {
        if (serverZone === undefined) delete process.env.TZ;
        else process.env.TZ = serverZone;
      }
    });

    it('takes "six pm" as said', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a sales meeting tomorrow at six pm with just me', 'yes');
      expect(answers[0]).to.equal('Schedule a sales meeting tomorrow at 6 PM for 30 minutes, just for you?');
      expect(startOf(events[0]!)).to.equal(localTime(1, 18));
    });
  });

  describe('who it is with', () => {
    it('"a call with James" invites only James, and is called "Call with James"', async () => {
      const { answers, events } = await schedule('ask sales assistant to set up a call with james tomorrow at ten', 'yes');
      expect(answers[0]).to.equal('Schedule a call with James tomorrow at 10 AM for 30 minutes?');
      expect(answers[1]).to.match(/^Done\. The call with James is on your calendar tomorrow at 10 AM, and I invited 1 person\./);
      expect(events[0]).to.include({ Subject: 'Call with James', OwnerId: manager });
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'James').Id)]);
    });

    it('"a one on one with Priya" and "with James and Lena" invite those people', async () => {
      const one = await schedule('ask sales assistant to set up a one on one with priya tomorrow at eleven', 'yes');
      expect(one.events[0]).to.include({ Subject: 'One on one with Priya' });
      expect(invitedTo(stack(), String(one.events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'Priya').Id)]);
      const two = await schedule('ask sales assistant to set up a call with james and lena tomorrow at two', 'yes');
      expect(two.answers[0]).to.equal('Schedule a call with James and Lena tomorrow at 2 PM for 30 minutes?');
      expect(invitedTo(stack(), String(two.events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'James').Id), String(userNamed(stack(), 'Lena').Id)].sort());
    });

    it('asks again for a second name nobody on the team has, keeping the first', async () => {
      const { answers, events } = await schedule('ask sales assistant to set up a call with james and bob tomorrow at five', 'lena', 'yes');
      expect(answers[0]).to.equal('I couldn’t find bob on your team. Who should I invite instead?');
      expect(answers[1]).to.equal('Schedule a call with James and Lena tomorrow at 5 PM for 30 minutes?');
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'James').Id), String(userNamed(stack(), 'Lena').Id)].sort());
    });

    it('"with the team" still invites the whole team', async () => {
      const { events } = await schedule('ask sales assistant to set up a pipeline review tomorrow at nine with the team', 'yes');
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal(team());
    });

    it('"a meeting with Acme" asks which Acme, links that account and invites nobody', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a meeting with acme tomorrow at eleven', 'acme robotics', 'yes');
      expect(answers[0]).to.equal('Which account: Acme Logistics or Acme Robotics?');
      expect(answers[1]).to.equal('Schedule a meeting with Acme Robotics tomorrow at 11 AM for 30 minutes?');
      expect(events[0]).to.include({ Subject: 'Meeting with Acme Robotics', WhatId: accountNamed(stack(), 'Acme Robotics').Id });
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal([]);
    });

    it('escapes an account name with "&" once when it is spoken, and keeps it plain in the record', async () => {
      const before = ids(stack(), 'Event');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to schedule a meeting with smith and sons tomorrow at ten');
      expect(ask.speech).to.equal('Schedule a meeting with Smith & Sons tomorrow at 10 AM for 30 minutes?');
      expect(ask.ssml).to.contain('Smith &amp; Sons').and.not.contain('&amp;amp;');
      await talk.say('yes');
      expect(newSince(stack(), 'Event', before)[0]).to.include({ Subject: 'Meeting with Smith & Sons', WhatId: accountNamed(stack(), 'Smith & Sons').Id });
    });

    it('says so when a name is nobody on the team and no account, and asks again', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a meeting with bob tomorrow at eleven', 'priya', 'yes');
      expect(answers[0]).to.equal('I couldn’t find bob on your team or among your accounts. Who is the meeting with?');
      expect(answers[1]).to.equal('Schedule a meeting with Priya tomorrow at 11 AM for 30 minutes?');
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'Priya').Id)]);
    });
  });

  // Each test books a different meeting: the same one twice is written once (state/once.ts), by design.
  describe('corrections at the confirmation', () => {
    it('"no, make it three", "<day> instead" and "for an hour" change the draft, which is confirmed again and written once', async () => {
      const inTwoDays = format(addDays(new TZDate(Date.now(), ZONE), 2), 'EEEE');
      const { answers, events } = await schedule(
        'ask sales assistant to schedule a sales meeting tomorrow at ten',
        'no, make it three',
        `${inTwoDays.toLowerCase()} instead`,
        'for an hour',
        'yes',
      );
      expect(answers[1]).to.match(/^Schedule a sales meeting tomorrow at 3 PM for 30 minutes, with /);
      expect(answers[2]).to.match(new RegExp(`^Schedule a sales meeting on ${inTwoDays} at 3 PM for 30 minutes, with `));
      expect(answers[3]).to.match(new RegExp(`^Schedule a sales meeting on ${inTwoDays} at 3 PM for an hour, with `));
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ Subject: 'Sales meeting', DurationInMinutes: 60 });
      expect(startOf(events[0]!)).to.equal(localTime(2, 15));
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal(team());
    });

    it('a weekday said instead stays in the week of the meeting; "make it 45 minutes" changes the length only', async () => {
      // A meeting on the Thursday of next week; then "Friday instead" is that week's Friday, not the coming one.
      const today = new TZDate(Date.now(), ZONE);
      const thursday = addDays(startOfISOWeek(addDays(today, 7)), 3);
      const friday = addDays(thursday, 1);
      const { answers, events } = await schedule(
        `ask sales assistant to schedule a sales meeting on ${format(thursday, 'MMMM do')} at ten`,
        'friday instead',
        'make it 45 minutes',
        'yes',
      );
      expect(answers[2]).to.match(/ at 10 AM for 45 minutes, with /);
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ DurationInMinutes: 45 });
      expect(startOf(events[0]!)).to.equal(new TZDate(friday.getFullYear(), friday.getMonth(), friday.getDate(), 10, 0, 0, ZONE).getTime());
    });

    it('a new time drops the half of the day given for the old one', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a sales meeting tomorrow at six', 'in the evening', 'make it seven', 'in the morning', 'yes');
      expect(answers[1]).to.match(/^Schedule a sales meeting tomorrow at 6 PM/);
      expect(answers[2]).to.equal('7 in the morning or 7 in the evening?');
      expect(startOf(events[0]!)).to.equal(localTime(1, 7));
    });

    it('"with James instead" replaces the team', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a call tomorrow at four with the team', 'no, with james instead', 'yes');
      expect(answers[1]).to.equal('Schedule a call with James tomorrow at 4 PM for 30 minutes?');
      expect(invitedTo(stack(), String(events[0]!.Id))).to.deep.equal([String(userNamed(stack(), 'James').Id)]);
    });

    it('a plain "no" still cancels and writes nothing', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a sales meeting tomorrow at ten', 'no');
      expect(answers[1]).to.equal('Okay, nothing scheduled. What else can I do for you?');
      expect(events).to.have.length(0);
    });

    it('"make it high priority" changes the case that is created', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to create a case for riverbend manufacturing about a late delivery');
      expect((await talk.say('make it high priority')).speech).to.equal('Create a high priority case for Riverbend Manufacturing about late delivery?');
      await talk.say('yes');
      const created = newSince(stack(), 'Case', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({ AccountId: accountNamed(stack(), 'Riverbend Manufacturing').Id, Subject: 'Late delivery', Priority: 'High' });
    });

    it('"make it sixty thousand" changes the opportunity that is created', async () => {
      const before = ids(stack(), 'Opportunity');
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to add a new opportunity for blue ridge outfitters worth fifty thousand dollars closing next year');
      expect((await talk.say('no, make it sixty thousand')).speech).to.match(/^Add Blue Ridge Outfitters - December \d{4}, worth 60,000 dollars, closing on December 31st, \d{4}\?$/);
      await talk.say('yes');
      const created = newSince(stack(), 'Opportunity', before);
      expect(created.map((o) => o.Amount)).to.deep.equal([60000]);
    });
  });

  describe('Salesforce calls', () => {
    it('reads the team once for a meeting with the team: the confirmed turn only runs the Flow', async () => {
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to schedule a forecast call next friday at two with the team')).speech).to.match(/^Schedule a forecast call /);
      stack().org.resetCounters();
      await talk.say('yes');
      expect(stack().org.counters().dataApiCalls).to.equal(1);
    });
  });

  describe('the day and the time in one answer', () => {
    it('"Monday at ten" to "For which day?" fills both, and "tomorrow at 2 pm" too', async () => {
      const monday = await schedule('ask sales assistant to schedule a meeting', 'monday at ten', 'yes');
      expect(monday.answers[1]).to.match(/^Schedule a sales meeting on Monday at 10 AM for 30 minutes/);
      expect(monday.events).to.have.length(1);
      const tomorrow = await schedule('ask sales assistant to schedule a pipeline review', 'tomorrow at 2 pm', 'yes');
      expect(tomorrow.answers[1]).to.match(/^Schedule a pipeline review tomorrow at 2 PM /);
      expect(startOf(tomorrow.events[0]!)).to.equal(localTime(1, 14));
    });
  });

  describe('help in the middle of a question', () => {
    it('explains, asks the same question again, and the answer after it still counts', async () => {
      const { answers, events } = await schedule('ask sales assistant to set up a pipeline review with the team', 'help', 'tomorrow', 'at eight', 'yes');
      expect(answers[0]).to.equal('For which day?');
      expect(answers[1]).to.match(/^I’m scheduling a meeting\. .+ For which day\?$/);
      expect(answers[2]).to.equal('At what time?');
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ Subject: 'Pipeline review' });
      expect(startOf(events[0]!)).to.equal(localTime(1, 8));
    });

    it('words it cannot place get "Sorry" and the same question, twice over, and the answer after still counts', async () => {
      const { answers, events } = await schedule('ask sales assistant to set up a deal review with the team', 'banana pancakes', 'purple monkey', 'tomorrow at four pm', 'blah blah', 'yes');
      expect(answers.slice(0, 3)).to.deep.equal(['For which day?', 'Sorry, I didn’t get that. For which day?', 'Sorry, I didn’t get that. For which day?']);
      expect(answers[4]).to.equal(`Sorry, I didn’t get that. ${answers[3]}`);
      expect(events).to.have.length(1);
      expect(startOf(events[0]!)).to.equal(localTime(1, 16));
    });

    it('at the confirmation, asks it again, and "yes" still books', async () => {
      const { answers, events } = await schedule('ask sales assistant to schedule a forecast call tomorrow at eleven with just me', 'help', 'yes');
      expect(answers[1]).to.match(/^I’m scheduling a meeting\. .+ Schedule a forecast call tomorrow at 11 AM for 30 minutes, just for you\?$/);
      expect(events).to.have.length(1);
      expect(startOf(events[0]!)).to.equal(localTime(1, 11));
    });
  });
});

describe('meetings with two teammates of one first name', () => {
  const stack = useLocalStack();

  it('asks "Which James?" and invites the one chosen', async () => {
    const manager = demoUser(stack(), 'manager');
    const lee = stack().org.store.insert(
      'User',
      { Username: 'james.lee@summitpeak.demo', FirstName: 'James', LastName: 'Lee', Email: 'james.lee@summitpeak.demo', Alias: 'jlee', TimeZoneSidKey: ZONE, LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', IsActive: true, ManagerId: manager.id },
      { trusted: true, actingUserId: manager.id },
    );
    const token = (await stack().link(manager.username)).accessToken;
    const before = ids(stack(), 'Event');
    const talk = talkTo(stack(), { accessToken: token });
    expect((await talk.say('ask sales assistant to set up a call with james tomorrow at ten')).speech).to.equal('Which James: James Carter or James Lee?');
    expect((await talk.say('james lee')).speech).to.equal('Schedule a call with James Lee tomorrow at 10 AM for 30 minutes?');
    await talk.say('yes');
    const [event] = newSince(stack(), 'Event', before);
    expect(event).to.include({ Subject: 'Call with James Lee' });
    expect(invitedTo(stack(), String(event!.Id))).to.deep.equal([String(lee.Id)]);
  });
});

describe('a meeting about an account without the Flow in the org', () => {
  const stack = useLocalStack({ env: { SCHEDULE_MEETING_FLOW: 'Not_In_This_Org' } });

  it('links the account through the REST API too', async () => {
    const manager = demoUser(stack(), 'manager');
    const token = (await stack().link(manager.username)).accessToken;
    const before = ids(stack(), 'Event');
    const talk = talkTo(stack(), { accessToken: token });
    await talk.say('ask sales assistant to schedule a meeting with copper canyon mining tomorrow at ten');
    stack().org.resetCounters();
    await talk.say('yes');
    expect(Object.keys(stack().org.counters().byPath).some((p) => p.endsWith('/composite'))).to.equal(true);
    const [event] = newSince(stack(), 'Event', before);
    expect(event).to.include({ Subject: 'Meeting with Copper Canyon Mining', WhatId: accountNamed(stack(), 'Copper Canyon Mining').Id, OwnerId: manager.id });
    expect(invitedTo(stack(), String(event!.Id))).to.deep.equal([]);
  });
});

describe('meetings with a teammate whose name needs escaping', () => {
  const stack = useLocalStack();

  it("escapes a teammate's name once when the confirmation lists the team it invites", async () => {
    const manager = demoUser(stack(), 'manager');
    const darcy = stack().org.store.insert(
      'User',
      { Username: 'darcy.quinn@summitpeak.demo', FirstName: "D'Arcy", LastName: 'Quinn', Email: 'darcy.quinn@summitpeak.demo', Alias: 'dquinn', TimeZoneSidKey: ZONE, LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', IsActive: true, ManagerId: manager.id },
      { trusted: true, actingUserId: manager.id },
    );
    const token = (await stack().link(manager.username)).accessToken;
    const before = ids(stack(), 'Event');
    const talk = talkTo(stack(), { accessToken: token });
    // No one named: the whole team is invited, and a team of five is said name by name.
    const team = stack().org.store.all('User').filter((u) => u.ManagerId === manager.id && u.IsActive !== false);
    expect(team).to.have.length(5);
    const ask = await talk.say('ask sales assistant to schedule a sales meeting tomorrow at ten');
    expect(ask.speech).to.match(/^Schedule a sales meeting tomorrow at 10 AM for 30 minutes, with .*D'Arcy.*\?$/);
    expect(ask.ssml).to.contain('D&apos;Arcy').and.not.contain("D'Arcy").and.not.contain('&amp;apos;');
    await talk.say('yes');
    const [event] = newSince(stack(), 'Event', before);
    expect(invitedTo(stack(), String(event!.Id))).to.include(String(darcy.Id)).and.have.length(team.length);
  });
});
