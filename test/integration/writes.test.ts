import { expect } from 'chai';
import { TZDate } from '@date-fns/tz';
import { nextTuesday } from 'date-fns';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { LocalStack } from '../../local/stack';
import { todayIn } from '../support/orgFacts';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { accountNamed, ids } from '../support/storeRecords';

/** Records of a type created since the test began, by id. */
function newSince(stack: LocalStack, type: string, before: Set<string>) {
  return stack.org.store.all(type).filter((r) => !before.has(r.Id));
}

describe('write conversations: collect, confirm, act once', () => {
  const stack = useLocalStack();
  let token: string;
  let manager: string;
  before(async () => {
    manager = demoUser(stack(), 'manager').id;
    token = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
  });

  describe('create a case', () => {
    it('confirms, creates one case and reads back its number', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to create a high priority case for smith and sons about a late delivery');
      expect(ask.speech).to.equal('Create a high priority case for Smith & Sons about late delivery?');
      expect(ask.ssml).to.contain('Smith &amp; Sons').and.not.contain('&amp;amp;');
      const done = await talk.say('yes');
      const created = newSince(stack(), 'Case', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({ AccountId: accountNamed(stack(), 'Smith & Sons').Id, Subject: 'Late delivery', Priority: 'High', Origin: 'Phone', CreatedById: manager });
      expect(done.speech).to.equal(`Done. Case ${created[0]!.CaseNumber} is open for Smith & Sons: late delivery, high priority. What else can I do for you?`);
      expect(done.ssml).to.contain(`<say-as interpret-as="digits">${created[0]!.CaseNumber}</say-as>`);
    });

    it('takes a priority said after the subject out of it: "about a late delivery, low priority"', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to log a case for initech about a wrong invoice, low priority');
      expect(ask.speech).to.equal('Create a low priority case for Initech about wrong invoice?');
      await talk.say('yes');
      const created = newSince(stack(), 'Case', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Subject: 'Wrong invoice', Priority: 'Low' });
    });

    it('reads "for Globex, their scanner won\'t sync" as the account and the subject', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say("ask sales assistant to open a case for globex, their scanner won't sync");
      expect(ask.speech).to.equal("Create a medium priority case for Globex Corporation about their scanner won't sync?");
      await talk.say('yes');
      expect(newSince(stack(), 'Case', before)[0]).to.include({ AccountId: accountNamed(stack(), 'Globex Corporation').Id, Subject: "Their scanner won't sync" });
    });

    it('asks for what is missing, and which account when the name fits several', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to create a case')).speech).to.equal('Which account is the case for?');
      expect((await talk.say('acme')).speech).to.equal('Which account: Acme Logistics or Acme Robotics?');
      expect((await talk.say('acme robotics')).speech).to.equal('What is the case about?');
      expect((await talk.say('a broken printer')).speech).to.equal('Create a medium priority case for Acme Robotics about broken printer?');
      await talk.say('yes');
      const [created] = newSince(stack(), 'Case', before);
      expect(created).to.include({ AccountId: accountNamed(stack(), 'Acme Robotics').Id, Subject: 'Broken printer', Priority: 'Medium' });
    });

    it('says so when no account has that name, and creates nothing when the user says no', async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to create a case for wayne enterprises about a billing question')).speech).to.equal(
        'I couldn’t find an account called wayne enterprises in Salesforce. Which account?',
      );
      expect((await talk.say('lakeside dental group')).speech).to.match(/^Create a medium priority case for Lakeside Dental Group about billing question\?$/);
      expect((await talk.say('no')).speech).to.equal('Okay, no case. What else can I do for you?');
      expect(newSince(stack(), 'Case', before)).to.have.length(0);
    });

    it('creates one case when the request is repeated, a "yes" comes twice, or Alexa retries the request', async () => {
      const before = ids(stack(), 'Case');
      const first = talkTo(stack(), { accessToken: token });
      await first.say('ask sales assistant to create a case for copper canyon mining about missing parts');
      await first.say('yes');
      const confirming = first.simulator.invocations.at(-1)!.request as RequestEnvelope;
      const retried = await stack().app.skill.invoke({ ...confirming, request: { ...confirming.request, timestamp: new Date().toISOString() } });
      const again = talkTo(stack(), { accessToken: token });
      await again.say('ask sales assistant to create a case for copper canyon mining about missing parts');
      const repeated = await again.say('yes');
      const created = newSince(stack(), 'Case', before);
      expect(created).to.have.length(1);
      expect(repeated.speech).to.equal(`That case is already open: number ${created[0]!.CaseNumber}, for Copper Canyon Mining. What else can I do for you?`);
      expect(JSON.stringify(retried.response.outputSpeech)).to.contain('already open');
    });

    it("speaks a validation rule's message and asks again for that field, keeping the rest", async () => {
      const before = ids(stack(), 'Case');
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to create a case for riverbend manufacturing about a software bug');
      stack().org.injectFault({
        status: 400,
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'Please name the product in the subject.',
        path: /\/composite$/,
        fields: ['Subject'],
      });
      const refused = await talk.say('yes');
      expect(refused.speech).to.equal('Salesforce didn’t accept that: Please name the product in the subject. What is the case about?');
      expect((await talk.say('a login problem')).speech).to.equal('Create a medium priority case for Riverbend Manufacturing about login problem?');
      await talk.say('yes');
      const created = newSince(stack(), 'Case', before);
      expect(created.map((c) => c.Subject)).to.deep.equal(['Login problem']);
    });
  });

  describe('a refusal naming several fields', () => {
    it('asks for the first field Salesforce names that the user can give, past one the skill sets itself', async () => {
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to create a case for riverbend manufacturing about a broken pallet');
      stack().org.injectFault({
        status: 400,
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'Phone cases need a product and an account contact.',
        path: /\/composite$/,
        fields: ['Origin', 'Subject', 'AccountId'],
      });
      expect((await talk.say('yes')).speech).to.equal('Salesforce didn’t accept that: Phone cases need a product and an account contact. What is the case about?');
      await talk.say('no');
    });
  });

  describe('register a new opportunity', () => {
    it('creates it at the first open stage with a default name, closing at the end of the named month', async () => {
      const before = ids(stack(), 'Opportunity');
      const talk = talkTo(stack(), { accessToken: token });
      const today = todayIn('America/New_York', new Date());
      const next = new Date(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1);
      const monthName = next.toLocaleString('en-US', { month: 'long' });
      const lastDay = new Date(next.getFullYear(), next.getMonth() + 1, 0);
      const close = `${lastDay.getFullYear()}-${String(lastDay.getMonth() + 1).padStart(2, '0')}-${String(lastDay.getDate()).padStart(2, '0')}`;
      const ask = await talk.say('ask sales assistant to add a new opportunity for riverbend manufacturing worth fifty thousand dollars closing next month');
      const name = `Riverbend Manufacturing - ${monthName} ${next.getFullYear()}`;
      expect(ask.speech).to.match(new RegExp(`^Add ${name}, worth 50,000 dollars, closing on ${monthName} \\d+(st|nd|rd|th)(, \\d{4})?\\?$`));
      const done = await talk.say('yes');
      const created = newSince(stack(), 'Opportunity', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({ Name: name, Amount: 50000, CloseDate: close, StageName: 'Prospecting', OwnerId: manager, AccountId: accountNamed(stack(), 'Riverbend Manufacturing').Id });
      expect(done.speech).to.match(new RegExp(`^Done\\. ${name} is in Prospecting, worth 50,000 dollars, closing on ${monthName}`));
    });

    it('asks for the amount and the close date, and refuses a date already past', async () => {
      const before = ids(stack(), 'Opportunity');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to create a new deal for blue ridge outfitters')).speech).to.equal('How much is it worth?');
      expect((await talk.say('twenty five thousand')).speech).to.equal('When do you expect it to close?');
      expect((await talk.say('yesterday')).speech).to.equal('That date has passed. When do you expect it to close?');
      expect((await talk.say('next year')).speech).to.match(/^Add Blue Ridge Outfitters - December \d{4}, worth 25,000 dollars, closing on December 31st, \d{4}\?$/);
      await talk.say('yes');
      expect(newSince(stack(), 'Opportunity', before).map((o) => o.Amount)).to.deep.equal([25000]);
    });

    it('hears the amount however it is said: "for 50 thousand", "at …", "… dollars" after the name, "worth about …"', async () => {
      const said = [
        ['add a new opportunity for Initech for 50 thousand closing next month', 50000],
        ['create a deal for Globex Corporation at 75 thousand dollars closing next month', 75000],
        ['add a new opportunity for Initech 90 thousand dollars closing next month', 90000],
        ['add a new deal for Initech worth about 80 thousand closing next month', 80000],
        ['add a new opportunity for Globex Corporation fifty five thousand dollars closing next month', 55000],
      ] as const;
      for (const [line, amount] of said) {
        const before = ids(stack(), 'Opportunity');
        const talk = talkTo(stack(), { accessToken: token });
        const figure = amount.toLocaleString('en-US');
        expect((await talk.say(`ask sales assistant to ${line}`)).speech, line).to.match(new RegExp(`^Add .+, worth ${figure} dollars, closing on `));
        await talk.say('yes');
        expect(newSince(stack(), 'Opportunity', before).map((o) => o.Amount), line).to.deep.equal([amount]);
      }
    });

    it('takes "for 75 thousand" as the answer to "How much is it worth?"', async () => {
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to add a new opportunity for Initech')).speech).to.equal('How much is it worth?');
      expect((await talk.say('for 75 thousand')).speech).to.equal('When do you expect it to close?');
      expect((await talk.say('next month')).speech).to.match(/^Add Initech - \w+ \d{4}, worth 75,000 dollars, /);
      await talk.say('no');
    });
  });

  describe('schedule the next sales meeting', () => {
    const team = () => stack().org.store.all('User').filter((u) => u.ManagerId === manager && u.IsActive !== false);

    it("creates the event through the Flow, at that time in the user's zone, inviting the team", async () => {
      const before = ids(stack(), 'Event');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to schedule the next sales meeting for tuesday at ten');
      const names = team().map((u) => String(u.FirstName)).sort();
      expect(ask.speech).to.match(/^Schedule a sales meeting (on Tuesday|tomorrow|today) at 10 AM for 30 minutes, with /);
      for (const n of names) expect(ask.speech).to.contain(n);
      const done = await talk.say('yes');
      expect(done.speech).to.match(new RegExp(`^Done\\. The sales meeting is on your calendar .* at 10 AM, and I invited ${names.length} people\\.`));
      const [event, ...others] = newSince(stack(), 'Event', before);
      expect(others).to.have.length(0);
      const today = new TZDate(Date.now(), 'America/New_York');
      const tuesday = nextTuesday(today);
      expect(new Date(String(event!.StartDateTime)).getTime()).to.equal(new TZDate(tuesday.getFullYear(), tuesday.getMonth(), tuesday.getDate(), 10, 0, 0, 'America/New_York').getTime());
      expect(event).to.include({ Subject: 'Sales meeting', DurationInMinutes: 30, OwnerId: manager });
      const invited = stack().org.store.all('EventRelation').filter((r) => r.EventId === event!.Id).map((r) => r.RelationId);
      expect(invited.sort()).to.deep.equal(team().map((u) => u.Id).sort());
    });

    it('refuses a time that has passed', async () => {
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to schedule the sales meeting for yesterday at ten')).speech).to.equal('That time has already passed. For which day?');
    });
  });
});

describe('scheduling without the Flow in the org', () => {
  const stack = useLocalStack({ env: { SCHEDULE_MEETING_FLOW: 'Not_In_This_Org' } });

  it('falls back to the REST API and says the same thing', async () => {
    const manager = demoUser(stack(), 'manager');
    const token = (await stack().link(manager.username)).accessToken;
    const before = ids(stack(), 'Event');
    const talk = talkTo(stack(), { accessToken: token });
    await talk.say('ask sales assistant to schedule a deal review next tuesday at eleven with the team');
    stack().org.resetCounters();
    const done = await talk.say('yes');
    expect(done.speech).to.match(/^Done\. The deal review is on your calendar .* at 11 AM, and I invited \d+ people\./);
    expect(Object.keys(stack().org.counters().byPath).some((p) => p.endsWith('/composite'))).to.equal(true);
    const [event] = newSince(stack(), 'Event', before);
    expect(event).to.include({ Subject: 'Deal review', OwnerId: manager.id });
    const team = stack().org.store.all('User').filter((u) => u.ManagerId === manager.id).map((u) => u.Id).sort();
    expect(stack().org.store.all('EventRelation').filter((r) => r.EventId === event!.Id).map((r) => r.RelationId).sort()).to.deep.equal(team);
  });

  it('remembers that the org has no such Flow: the next meeting is one call, the composite request', async () => {
    const manager = demoUser(stack(), 'manager');
    const token = (await stack().link(manager.username)).accessToken;
    const talk = talkTo(stack(), { accessToken: token });
    await talk.say('ask sales assistant to schedule a pipeline review next wednesday at two with the team');
    await talk.say('yes'); // the Flow is asked for, and found missing (also in the test before this one)
    const before = ids(stack(), 'Event');
    await talk.say('schedule a forecast call next thursday at three with the team');
    stack().org.resetCounters();
    expect((await talk.say('yes')).speech).to.match(/^Done\. The forecast call is on your calendar/);
    expect(stack().org.counters().byPath).to.deep.equal({ [`/services/data/v${stack().config.salesforceApiVersion}/composite`]: 1 });
    expect(newSince(stack(), 'Event', before).map((e) => e.Subject)).to.deep.equal(['Forecast call']);
  });
});


describe('choosing between accounts whose names need escaping', () => {
  const stack = useLocalStack();

  it('escapes each account name once in "Which account …?" and the question stays valid SSML', async () => {
    const manager = demoUser(stack(), 'manager');
    stack().org.store.insert('Account', { Name: 'Smith & Daughters', OwnerId: manager.id }, { trusted: true, actingUserId: manager.id });
    const token = (await stack().link(manager.username)).accessToken;
    const talk = talkTo(stack(), { accessToken: token });
    const ask = await talk.say('ask sales assistant to create a case for smith about a late delivery');
    expect(ask.speech).to.match(/^Which account: Smith & \w+ or Smith & \w+\?$/);
    expect(ask.ssml).to.contain('Smith &amp; Daughters').and.contain('Smith &amp; Sons').and.not.contain('&amp;amp;');
  });
});

describe('the same write said by two people in one org', () => {
  const stack = useLocalStack();

  it('is made for each of them: one person’s write is not another’s repeat', async () => {
    const people = [demoUser(stack(), 'manager'), demoUser(stack(), 'rep')];
    const before = ids(stack(), 'Case');
    for (const person of people) {
      const talk = talkTo(stack(), { accessToken: (await stack().link(person.username)).accessToken });
      expect((await talk.say('ask sales assistant to create a high priority case for smith and sons about a late delivery')).speech).to.equal('Create a high priority case for Smith & Sons about late delivery?');
      expect((await talk.say('yes')).speech).to.match(/^Done\. Case \d+ is open for Smith & Sons/);
    }
    const created = newSince(stack(), 'Case', before);
    expect(created.map((c) => c.CreatedById).sort()).to.deep.equal(people.map((p) => p.id).sort());
  });
});

/**
 * Meetings across New York's clock changes, on a fixed clock a few days before each (2026: daylight saving
 * starts on Sunday, March 8, and ends on Sunday, November 1), so the meeting is on the other side of a change
 * whatever day the tests run. Expected instants by hand: 10 AM is 15:00Z in EST (UTC-5) and 14:00Z in EDT (UTC-4).
 */
describe('meetings across a daylight-saving change, on a fixed clock', () => {
  for (const { change, now, lines, says, start } of [
    {
      change: 'into daylight saving',
      now: new Date('2026-03-04T15:00:00Z'), // Wednesday, 10 AM EST
      lines: ['ask sales assistant to set up a pipeline review for next week for an hour with the team', 'wednesday', 'at two'],
      says: /^Schedule a pipeline review on March 11th at 2 PM for an hour, with /,
      start: '2026-03-11T18:00:00.000Z', // 2 PM EDT
    },
    {
      change: 'out of daylight saving',
      now: new Date('2026-10-28T14:00:00Z'), // Wednesday, 10 AM EDT
      lines: ['ask sales assistant to schedule a forecast call on november fourth at ten with just me'],
      says: /^Schedule a forecast call on November 4th at 10 AM for 30 minutes, just for you\?$/,
      start: '2026-11-04T15:00:00.000Z', // 10 AM EST
    },
  ]) {
    describe(change, () => {
      const stack = useLocalStack({ now: () => now });

      it(`books the time said in the user's zone on the other side of the change (${start})`, async () => {
        const manager = demoUser(stack(), 'manager');
        const talk = talkTo(stack(), { accessToken: (await stack().link(manager.username)).accessToken, now: () => now });
        const before = ids(stack(), 'Event');
        let ask = '';
        for (const line of lines) ask = (await talk.say(line)).speech;
        expect(ask, ask).to.match(says);
        await talk.say('yes');
        const [event] = newSince(stack(), 'Event', before);
        expect(new Date(String(event!.StartDateTime)).toISOString()).to.equal(start);
      });
    });
  }
});
