/**
 * Which question a "yes", "no" or "repeat that" answers: always the latest one. A question the user walked away
 * from leaves nothing behind, "no" to more of a list keeps the session, "no" after a finished write ends it.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { byAmount, listedDeal } from '../support/orgFacts';

const NOTHING_PENDING = /^What would you like\? You can say: my top five opportunities/;
const WHAT_ELSE = 'Okay. What else would you like to know?';

describe('questions and answers: yes, no and repeat answer the latest question', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  const myOpenDeals = () => {
    const me = demoUser(stack(), 'manager').id;
    return byAmount(stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false && o.OwnerId === me));
  };
  const listed = (deal: SObjectRecord) => listedDeal(deal, stack().org.store.all('Account'));
  const cases = () => stack().org.store.all('Case').map((c) => c.Id);

  it('repeats the greeting when "repeat that" follows it', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const hello = await talk.say('open sales assistant');
    const again = await talk.say('repeat that');
    expect(again.speech).to.equal(hello.speech);
    expect(again.speech).to.match(/^Hi Maria\./);
    expect(again.response.response.shouldEndSession).to.equal(false);
  });

  it('takes "no" to "want the next three?" as no more of the list, and keeps the session open', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const list = await talk.say('ask sales assistant for my top three deals');
    expect(list.speech).to.match(/Want the next 3\?$/);
    const no = await talk.say('no');
    expect(no.speech).to.equal(WHAT_ELSE);
    expect(no.response.response.shouldEndSession).to.equal(false);
    // The list question was answered: a later "yes" does not read more of it.
    expect((await talk.say('yes')).speech).to.match(NOTHING_PENDING);
  });

  it('asks what else on a "no" with nothing asked', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('open sales assistant');
    const no = await talk.say('no');
    expect(no.speech).to.equal(WHAT_ELSE);
    expect(no.response.response.shouldEndSession).to.equal(false);
  });

  it('ends politely on "no" to "what else can I do for you?" after a finished write', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to log a high priority case for smith and sons about a late delivery');
    const done = await talk.say('yes');
    expect(done.speech).to.match(/What else can I do for you\?$/);
    const no = await talk.say('no');
    expect(no.speech).to.equal('Okay. Goodbye.');
    expect(no.response.response.shouldEndSession).to.equal(true);
  });

  it('keeps the meaning of "yes" through "repeat that", and drops it after a turn that asks something else', async () => {
    const deals = myOpenDeals();
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant for my top three deals');
    await talk.say('repeat that');
    const yes = await talk.say('yes');
    expect(yes.speech).to.match(new RegExp(`^Here are the next 3: 4th, ${escapeRegExp(listed(deals[3]!))}: `));
    // Help asks "what would you like?": a "yes" to that is not "the next three".
    await talk.say('help');
    expect((await talk.say('yes')).speech).to.match(NOTHING_PENDING);
    // "Next" still goes on with the list the user is talking about.
    expect((await talk.say('next')).speech).to.match(new RegExp(`^Here are the next 3: 7th, ${escapeRegExp(listed(deals[6]!))}: `));
  });

  it('drops a confirmation the user walked away from: a later "yes" writes nothing, and help no longer speaks of it', async () => {
    const before = cases();
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const confirm = await talk.say('ask sales assistant to log a high priority case for smith and sons about a broken forklift');
    expect(confirm.speech).to.match(/^Create a high priority case for Smith & Sons about broken forklift\?$/);
    const wins = await talk.say('how did we do last quarter');
    expect(wins.speech).to.match(/^Your team won /);
    expect((await talk.say('yes')).speech).to.match(NOTHING_PENDING);
    expect(cases()).to.deep.equal(before);
    // Nor is the case still under way: help speaks of everything, not of finishing the case.
    expect((await talk.say('help')).speech).to.match(/^I read and update your Salesforce pipeline/);
  });

  it('takes a correction said with no write under way for nothing to change, not a new write', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant for my top five deals');
    const { speech, response } = await talk.say('no, make it three');
    expect(speech).to.equal('There’s nothing being scheduled or created right now to change. What would you like?');
    expect(response.sessionAttributes?.write).to.equal(undefined);
  });

  it('asks a write’s question again when "yes" is no answer to it, and keeps the write', async () => {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const which = await talk.say('ask sales assistant to create a case for acme about a broken printer');
    expect(which.speech).to.equal('Which account: Acme Logistics or Acme Robotics?');
    expect((await talk.say('yes')).speech).to.equal(which.speech);
    expect((await talk.say('acme robotics')).speech).to.equal('Create a medium priority case for Acme Robotics about broken printer?');
  });

  it('drops the write on "no" to its question, so the user is never stuck in it', async () => {
    const cases = stack().org.store.all('Case').length;
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say('ask sales assistant to create a case for acme about a broken printer');
    const no = await talk.say('no');
    expect(no.speech).to.equal('Okay, no case. What else can I do for you?');
    expect(no.response.sessionAttributes?.write).to.equal(undefined);
    // "Acme Robotics" now is no answer to a question: nothing is created.
    await talk.say('acme robotics');
    await talk.say('yes');
    expect(stack().org.store.all('Case')).to.have.length(cases);
  });

  it('drops a choice the user walked away from: help then speaks of the new list, not the write', async () => {
    const deals = myOpenDeals();
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    const which = await talk.say('ask sales assistant to create a case for acme about a broken printer');
    expect(which.speech).to.match(/^Which account: /);
    await talk.say('what are my top three deals');
    expect((await talk.say('help')).speech).to.match(/^You can say next, go back/);
    // Help asked no yes-or-no question; "next" and "the first one" answer within the list.
    expect((await talk.say('next')).speech).to.match(new RegExp(`^Here are the next 3: 4th, ${escapeRegExp(listed(deals[3]!))}: `));
    expect((await talk.say('tell me more about the first one')).speech).to.match(new RegExp(`^${escapeRegExp(String(deals[0]!.Name))}`));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
