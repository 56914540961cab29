import { expect } from 'chai';
import type { RequestEnvelope } from 'ask-sdk-model';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { noteContent } from '../../lambda/src/conversations/log-activity/query';
import { byAmount, todayIn } from '../support/orgFacts';
import { accountNamed, ids, newSince } from '../support/storeRecords';

/** Records of a type created since the test began. */
const decoded = (content: unknown) => Buffer.from(String(content), 'base64').toString('utf8');

describe('calls, notes and reminders', () => {
  const stack = useLocalStack();
  let token: string;
  let manager: { id: string; timeZone: string };
  before(async () => {
    const user = demoUser(stack(), 'manager');
    const record = stack().org.store.get('User', user.id)!;
    manager = { id: user.id, timeZone: String(record.TimeZoneSidKey) };
    token = (await stack().link(user.username)).accessToken;
  });
  const today = () => todayIn(manager.timeZone, new Date());

  describe('log a call', () => {
    it('takes the words after the account as the notes, confirms them short, and logs one completed call for today', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to log a call with globex, they want a revised quote by friday and a call with their cfo next week');
      expect(ask.speech).to.equal('Log a call with Globex Corporation today, noting: They want a revised quote by friday and…?');
      stack().org.resetCounters();
      const done = await talk.say('yes');
      // The account found at the question, with the words after its name, is not searched for again: one call writes.
      expect(stack().org.counters().byPath).to.not.have.property('/services/data/v66.0/search');
      const created = newSince(stack(), 'Task', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({
        Subject: 'Call with Globex Corporation', TaskSubtype: 'Call', Status: 'Completed', IsClosed: true, ActivityDate: today(),
        WhatId: accountNamed(stack(), 'Globex Corporation').Id, AccountId: accountNamed(stack(), 'Globex Corporation').Id,
        Description: 'They want a revised quote by friday and a call with their cfo next week', OwnerId: manager.id, IsReminderSet: false,
      });
      expect(done.speech).to.equal('Done. Call with Globex Corporation is logged in Salesforce as a completed call today, with your notes. What else can I do for you?');
    });

    it('asks which account and what to note when they were not said, and relates a call on a deal to the deal', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to log a call')).speech).to.equal('Which account was the call with?');
      expect((await talk.say('acme')).speech).to.equal('Which account: Acme Logistics or Acme Robotics?');
      expect((await talk.say('acme robotics')).speech).to.equal('What should I note about the call?');
      expect((await talk.say('they want a revised quote by friday')).speech).to.equal('Log a call with Acme Robotics today, noting: They want a revised quote by friday?');
      await talk.say('yes');
      expect(newSince(stack(), 'Task', before)[0]).to.include({ WhatId: accountNamed(stack(), 'Acme Robotics').Id, Description: 'They want a revised quote by friday' });

      const onDeal = talkTo(stack(), { accessToken: token });
      const asked = await onDeal.say('ask sales assistant to log a call on the initech warehouse shelving deal');
      expect(asked.speech).to.equal('What should I note about the call?');
      const confirm = await onDeal.say('they signed the order form');
      expect(confirm.speech).to.match(/^Log a call on Initech, .+ today, noting: They signed the order form\?$/);
      await onDeal.say('yes');
      const [task] = newSince(stack(), 'Task', before).filter((t) => t.Description === 'They signed the order form');
      expect(String(task!.WhatId)).to.match(/^006/);
      expect(task).to.include({ AccountId: accountNamed(stack(), 'Initech').Id, Subject: 'Call with Initech', TaskSubtype: 'Call' });
    });

    it('writes once when "yes" comes twice or Alexa retries, and nothing on cancel', async () => {
      const before = ids(stack(), 'Task');
      const first = talkTo(stack(), { accessToken: token });
      await first.say('ask sales assistant to log a call with copper canyon mining, they need the safety data sheets');
      await first.say('yes');
      const confirming = first.simulator.invocations.at(-1)!.request as RequestEnvelope;
      const retried = await stack().app.skill.invoke({ ...confirming, request: { ...confirming.request, timestamp: new Date().toISOString() } });
      const again = talkTo(stack(), { accessToken: token });
      await again.say('ask sales assistant to log a call with copper canyon mining, they need the safety data sheets');
      const repeated = await again.say('yes');
      expect(newSince(stack(), 'Task', before)).to.have.length(1);
      expect(repeated.speech).to.equal('That call is already logged: Call with Copper Canyon Mining, today. What else can I do for you?');
      expect(JSON.stringify(retried.response.outputSpeech)).to.contain('already logged');

      const cancelled = talkTo(stack(), { accessToken: token });
      await cancelled.say('ask sales assistant to log a call with lakeside dental group, they are evaluating a competitor');
      expect((await cancelled.say('no')).speech).to.equal('Okay, no call logged. What else can I do for you?');
      const stopped = talkTo(stack(), { accessToken: token });
      await stopped.say('ask sales assistant to log a call with lakeside dental group');
      expect((await stopped.say('cancel')).speech).to.equal('Okay, no call logged. What else can I do for you?');
      expect(newSince(stack(), 'Task', before)).to.have.length(1);
    });

    it('hears "I just got off the phone with Globex …" as a call with the words after the name as its notes', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant i just got off the phone with globex they want a demo')).speech).to.equal('Log a call with Globex Corporation today, noting: They want a demo?');
      expect((await talk.say('no')).speech).to.equal('Okay, no call logged. What else can I do for you?');
      expect(newSince(stack(), 'Task', before)).to.have.length(0);
    });

    it("speaks Salesforce's refusal and asks for the notes again", async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to log a call with riverbend manufacturing, ok');
      stack().org.injectFault({
        status: 400, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Comments must say what was agreed.', path: /\/composite$/, fields: ['Description'],
      });
      const refused = await talk.say('yes');
      expect(refused.speech).to.equal('Salesforce didn’t accept that: Comments must say what was agreed. What should I note about the call?');
      expect((await talk.say('they agreed to a pilot in march')).speech).to.equal('Log a call with Riverbend Manufacturing today, noting: They agreed to a pilot in march?');
      await talk.say('yes');
      const created = newSince(stack(), 'Task', before);
      expect(created).to.have.length(1);
      expect(created[0]).to.include({ Description: 'They agreed to a pilot in march' });
    });
  });

  describe('add a note', () => {
    it('puts a note on the deal: a ContentNote and its ContentDocumentLink, written together', async () => {
      const [notes, links] = [ids(stack(), 'ContentNote'), ids(stack(), 'ContentDocumentLink')];
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to add a note to the northwind loading dock upgrade deal')).speech).to.equal('What should the note say?');
      const confirm = await talk.say('legal wants the indemnity clause and the payment terms changed before signing');
      expect(confirm.speech).to.equal('Add a note to Northwind Traders, Loading Dock Upgrade: Legal wants the indemnity clause and the payment…?');
      const done = await talk.say('yes');
      const [note] = newSince(stack(), 'ContentNote', notes);
      const [link] = newSince(stack(), 'ContentDocumentLink', links);
      expect(note).to.include({ Title: 'Legal wants the indemnity clause and the payment', FileType: 'SNOTE', OwnerId: manager.id });
      expect(decoded(note!.Content)).to.equal('<p>Legal wants the indemnity clause and the payment terms changed before signing</p>');
      expect(note!.TextPreview).to.equal('Legal wants the indemnity clause and the payment terms changed before signing');
      expect(link).to.include({ ContentDocumentId: note!.Id, ShareType: 'V', Visibility: 'AllUsers' });
      expect(String(link!.LinkedEntityId)).to.match(/^006/);
      expect(done.speech).to.match(/^Done\. The note is on Northwind Traders, .+ in Salesforce\. What else can I do for you\?$/);
    });

    it('puts the note on "it": the deal last spoken of', async () => {
      const links = ids(stack(), 'ContentDocumentLink');
      const talk = talkTo(stack(), { accessToken: token });
      const details = await talk.say('ask sales assistant about the status of the globex forklift lease deal');
      expect(details.speech).to.contain('Forklift Lease');
      expect((await talk.say('add a note to it')).speech).to.equal('What should the note say?');
      expect((await talk.say('they want a three year term')).speech).to.equal('Add a note to Globex Corporation, Forklift Lease: They want a three year term?');
      await talk.say('yes');
      const [link] = newSince(stack(), 'ContentDocumentLink', links);
      const lease = stack().org.store.all('Opportunity').find((o) => o.Name === 'Globex Corporation - Forklift Lease');
      expect(link).to.include({ LinkedEntityId: lease!.Id });
    });

    it('hears "jot down that …" as a note on the deal last spoken of, and "note on Globex …" with the words after the name', async () => {
      const links = ids(stack(), 'ContentDocumentLink');
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant about the status of the globex forklift lease deal');
      expect((await talk.say('jot down that they want a demo')).speech).to.equal('Add a note to Globex Corporation, Forklift Lease: They want a demo?');
      await talk.say('yes');
      const lease = stack().org.store.all('Opportunity').find((o) => o.Name === 'Globex Corporation - Forklift Lease')!;
      const [onDeal] = newSince(stack(), 'ContentDocumentLink', links);
      expect(onDeal).to.include({ LinkedEntityId: lease.Id });
      expect(stack().org.store.get('ContentNote', String(onDeal!.ContentDocumentId))).to.include({ TextPreview: 'They want a demo' });

      const onAccount = talkTo(stack(), { accessToken: token });
      expect((await onAccount.say('ask sales assistant note on globex they want a demo next week')).speech).to.equal('Add a note to Globex Corporation: They want a demo next week?');
      expect((await onAccount.say('no')).speech).to.equal('Okay, no note. What else can I do for you?');
      expect(newSince(stack(), 'ContentDocumentLink', links)).to.have.length(1);
    });

    it('puts a note or a call on "the second one" of the deals just heard, and says so when there is no list to count from', async () => {
      const links = ids(stack(), 'ContentDocumentLink');
      const mine = byAmount(stack().org.store.all('Opportunity').filter((o) => o.OwnerId === manager.id && o.IsClosed === false));
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant for my top three deals');
      expect((await talk.say('add a note to the second one')).speech).to.equal('What should the note say?');
      expect((await talk.say('they want a demo')).speech).to.match(/: They want a demo\?$/);
      await talk.say('yes');
      expect(newSince(stack(), 'ContentDocumentLink', links)[0]).to.include({ LinkedEntityId: mine[1]!.Id });

      const tasks = ids(stack(), 'Task');
      expect((await talk.say('log a call on the first one')).speech).to.equal('What should I note about the call?');
      await talk.say('they want pricing');
      await talk.say('yes');
      expect(newSince(stack(), 'Task', tasks)[0]).to.include({ WhatId: mine[0]!.Id, Description: 'They want pricing' });

      const noList = talkTo(stack(), { accessToken: token, userId: 'amzn1.ask.account.NO-LIST-YET' });
      expect((await noList.say('ask sales assistant to log a call on the first one')).speech).to.equal('I don’t have a list of deals to count from. Which account was the call with?');
      expect((await noList.say('globex')).speech).to.equal('What should I note about the call?');
    });

    it('writes neither the note nor its link when the link is refused (all or none)', async () => {
      const [notes, links] = [ids(stack(), 'ContentNote'), ids(stack(), 'ContentDocumentLink')];
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant to add a note to smith and sons');
      const confirm = await talk.say('they moved the budget meeting');
      expect(confirm.ssml).to.contain('Smith &amp; Sons').and.not.contain('&amp;amp;');
      stack().org.injectFault({ status: 400, errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on cross-reference id', path: /\/composite$/ });
      const refused = await talk.say('yes');
      expect(refused.speech).to.equal('Salesforce didn’t accept the note: insufficient access rights on cross-reference id What else can I do for you?');
      expect(newSince(stack(), 'ContentNote', notes)).to.have.length(0);
      expect(newSince(stack(), 'ContentDocumentLink', links)).to.have.length(0);
    });
  });

  it('saves a completed task with the words instead, and says so, where the org has no notes', async () => {
    const [notes, tasks] = [ids(stack(), 'ContentNote'), ids(stack(), 'Task')];
    const talk = talkTo(stack(), { accessToken: token });
    await talk.say('ask sales assistant to add a note to globex');
    await talk.say('their fiscal year starts in april');
    // An org without notes does not know the object: the composite's note request answers NOT_FOUND.
    stack().org.injectFault({ status: 404, errorCode: 'NOT_FOUND', message: 'The requested resource does not exist', path: /\/composite$/ });
    const done = await talk.say('yes');
    expect(done.speech).to.equal('Your Salesforce doesn’t have notes turned on, so I saved it as a completed task on Globex Corporation instead. What else can I do for you?');
    expect(newSince(stack(), 'ContentNote', notes)).to.have.length(0);
    const created = newSince(stack(), 'Task', tasks);
    expect(created).to.have.length(1);
    expect(created[0]).to.include({ Subject: 'Their fiscal year starts in april', Description: 'Their fiscal year starts in april', Status: 'Completed', WhatId: accountNamed(stack(), 'Globex Corporation').Id });
  });

  it('escapes the note for its HTML body: a note is HTML, base64 encoded', () => {
    expect(decoded(noteContent('Q3 <draft> & "final" terms'))).to.equal('<p>Q3 &lt;draft&gt; &amp; &quot;final&quot; terms</p>');
  });

  describe('remind me to call', () => {
    it('sets an open task due that day with a reminder at 9 AM in the user’s time zone', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      const ask = await talk.say('ask sales assistant to remind me to call initech next tuesday');
      expect(ask.speech).to.match(/^Remind you to call Initech (on \w+|on \w+ \d+\w\w), at 9 AM\?$/);
      const done = await talk.say('yes');
      const [task] = newSince(stack(), 'Task', before);
      expect(task).to.include({ Subject: 'Call Initech', Status: 'Not Started', IsClosed: false, IsReminderSet: true, WhatId: accountNamed(stack(), 'Initech').Id });
      const due = String(task!.ActivityDate);
      expect(new Date(`${due}T12:00:00Z`).getUTCDay()).to.equal(2);
      // 9:00:00 on the due day in the user's zone, read back with Intl (not the skill's reminderTime).
      const local = new Intl.DateTimeFormat('en-US', { timeZone: manager.timeZone, hour: 'numeric', minute: '2-digit', second: '2-digit', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date(String(task!.ReminderDateTime)));
      const part = (type: string) => local.find((p) => p.type === type)!.value;
      expect(`${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`).to.equal(`${due} 09:00:00`);
      expect(done.speech).to.match(/^Done\. Call Initech is on your tasks, due .+, with a reminder at 9 AM\. What else can I do for you\?$/);
    });

    it('takes "them" right after a deal for that deal’s customer, on the deal', async () => {
      const before = ids(stack(), 'Task');
      const deal = stack().org.store.all('Opportunity').find((o) => o.IsClosed === false && o.Name === 'Globex Corporation - Forklift Lease')!;
      const talk = talkTo(stack(), { accessToken: token });
      await talk.say('ask sales assistant what is the status of the globex forklift lease deal');
      expect((await talk.say('remind me to call them tomorrow')).speech).to.equal('Remind you to call Globex Corporation tomorrow, at 9 AM?');
      await talk.say('yes');
      expect(newSince(stack(), 'Task', before)[0]).to.include({ Subject: 'Call Globex Corporation', WhatId: deal.Id });
    });

    it('sets a follow-up or an email reminder the same way, with its own subject; "make it Tuesday" corrects its day', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to remind me to follow up with globex tomorrow')).speech).to.equal('Remind you to follow up with Globex Corporation tomorrow, at 9 AM?');
      await talk.say('yes');
      expect((await talk.say('remind me to email initech tomorrow')).speech).to.equal('Remind you to email Initech tomorrow, at 9 AM?');
      const corrected = await talk.say('make it next tuesday');
      expect(corrected.speech).to.match(/^Remind you to email Initech on \w+( \w+ \d+\w\w)?, at 9 AM\?$/);
      await talk.say('yes');
      const tomorrow = new Date(Date.parse(`${today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const made = newSince(stack(), 'Task', before);
      expect(made.map((task) => task.Subject)).to.deep.equal(['Follow up with Globex Corporation', 'Email Initech']);
      expect(made[0]).to.include({ ActivityDate: tomorrow, WhatId: accountNamed(stack(), 'Globex Corporation').Id });
      expect(new Date(`${String(made[1]!.ActivityDate)}T12:00:00Z`).getUTCDay(), 'next Tuesday').to.equal(2);
    });

    it('hears the day said before the call: "remind me tomorrow to call Globex"', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant remind me tomorrow to call globex')).speech).to.equal('Remind you to call Globex Corporation tomorrow, at 9 AM?');
      await talk.say('yes');
      const tomorrow = new Date(Date.parse(`${today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(newSince(stack(), 'Task', before)[0]).to.include({ Subject: 'Call Globex Corporation', ActivityDate: tomorrow, WhatId: accountNamed(stack(), 'Globex Corporation').Id });
    });

    it('asks for the day, refuses a day gone by, and writes nothing on no', async () => {
      const before = ids(stack(), 'Task');
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to remind me to call globex')).speech).to.equal('Which day should I remind you?');
      expect((await talk.say('yesterday')).speech).to.equal('That day has passed. Which day should I remind you?');
      expect((await talk.say('next week')).speech).to.equal('Which day exactly?');
      expect((await talk.say('tomorrow')).speech).to.match(/^Remind you to call Globex Corporation tomorrow, at 9 AM\?$/);
      expect((await talk.say('make it friday instead')).speech).to.match(/^Remind you to call Globex Corporation (on Friday|tomorrow|today), at /);
      expect((await talk.say('no')).speech).to.equal('Okay, no reminder. What else can I do for you?');
      expect(newSince(stack(), 'Task', before)).to.have.length(0);
    });
  });
});
