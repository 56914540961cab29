import { expect } from 'chai';
import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { countDynamoCalls } from '../../local/dynamoCalls';
import type { SObjectRecord } from '../../local/org/types';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';
import { byAmount, dollars, listedDeal, todayIn } from '../support/orgFacts';

const EVERYONE_TOP_THREE = "ask sales assistant for everyone's top three deals";

describe('opportunity details, next, go back and repeat after a list', () => {
  const stack = useLocalStack();
  let accessToken: string;

  before(async () => {
    accessToken = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
  });
  afterEach(() => stack().org.clearFaults());

  const openDeals = () => byAmount(stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false));
  const user = (id: unknown) => stack().org.store.get('User', String(id))!;
  const listed = (deal: SObjectRecord) => escapeRegExp(listedDeal(deal, stack().org.store.all('Account')));

  /** What the details of a deal must say, from the store. */
  function expectDetails(speech: string, deal: SObjectRecord) {
    expect(speech).to.match(new RegExp(`^${escapeRegExp(String(deal.Name))}`));
    expect(speech).to.contain(`${dollars(Number(deal.Amount))}, ${deal.StageName}, ${deal.Probability} percent likely, `);
    expect(speech).to.contain(deal.NextStep ? `Next step: ${deal.NextStep}.` : 'No next step is set.');
    const owner = user(deal.OwnerId);
    expect(speech).to.contain(owner.Id === demoUser(stack(), 'manager').id ? 'It’s yours.' : `It’s owned by ${owner.FirstName} ${owner.LastName}.`);
    const last = deal.LastActivityDate as string | null;
    if (!last) expect(speech).to.contain('No activity is logged yet.');
    else expect(speech).to.match(last > todayIn('America/New_York') ? /There’s an activity planned / : /The last activity was /);
  }

  it('tells more about the second one: stage, amount, probability, next step, owner, last activity', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    const { speech, response } = await talk.say('tell me more about the second one');
    expectDetails(speech, openDeals()[1]!);
    expect(speech).to.match(/Want the next 3, or details on another one\?$/);
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('says when a deal has an activity logged and when it has none', async () => {
    const deals = openDeals();
    const withActivity = deals.findIndex((o) => o.LastActivityDate);
    const without = deals.findIndex((o) => !o.LastActivityDate);
    expect(withActivity, 'a deal with activity among the open ones').to.be.greaterThan(-1);
    expect(without, 'a deal without activity among the open ones').to.be.greaterThan(-1);
    const talk = talkTo(stack(), { accessToken });
    await talk.say("ask sales assistant for everyone's top ten deals");
    for (const index of [withActivity, without]) {
      while (index >= (talk.simulator.invocations.at(-1)!.response!.sessionAttributes!.list as { itemIds: string[] }).itemIds.length) await talk.say('next');
      const { speech } = await talk.say(`number ${index + 1}`);
      expectDetails(speech, deals[index]!);
    }
  });

  it('counts positions as spoken across pages: "the fourth one" after "next", "number one" still the first', async () => {
    const deals = openDeals();
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    expect((await talk.say('next')).speech).to.match(/^Here are the next 3: 4th, /);
    expectDetails((await talk.say('tell me more about the fourth one')).speech, deals[3]!);
    expectDetails((await talk.say('number one')).speech, deals[0]!);
  });

  it('goes on with the list after details, and "repeat" says the details again', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    const details = await talk.say('tell me more about the third one');
    expect((await talk.say('repeat that')).speech).to.equal(details.speech);
    const next = await talk.say('yes');
    expect(next.speech).to.match(new RegExp(`^Here are the next 3: 4th, ${listed(openDeals()[3]!)}: `));
  });

  it('goes back a page, and says so at the start of the list', async () => {
    const deals = openDeals();
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    await talk.say('next');
    await talk.say('next');
    const back = await talk.say('go back');
    expect(back.speech).to.match(new RegExp(`^Going back, here are numbers 4 to 6: 4th, ${listed(deals[3]!)}: `));
    expect(back.speech).to.match(/Want the next 3\?$/);
    expect((await talk.say('go back')).speech).to.match(/^Going back, here are numbers 1 to 3: 1st, /);
    const start = await talk.say('go back');
    expect(start.speech).to.equal('That’s the start of the list. You can say repeat to hear it again, or next for more. What would you like?');
    // The positions heard stay valid after going back: the seventh is the one read before.
    expectDetails((await talk.say('number seven')).speech, deals[6]!);
  });

  it('names the positions that exist when asked for one not read yet', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    const { speech, response } = await talk.say('tell me more about the ninth one');
    expect(speech).to.equal('There’s no 9th one: I’ve read numbers 1 to 3 so far. Which one would you like?');
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('without a list, says so and suggests the top opportunities; "go back" and "next" too', async () => {
    const talk = talkTo(stack(), { accessToken, userId: 'amzn1.ask.account.NO-LIST-YET' });
    const { speech } = await talk.say('ask sales assistant to tell me more about the second one');
    expect(speech).to.match(/^There’s no list to pick from yet\. Ask for your top opportunities first/);
    expect((await talk.say('go back')).speech).to.match(/^There’s no list to continue yet/);
  });

  it('asks which one when the position is missing', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    await talk.say('tell me more about the first one');
    const envelope = structuredClone(talk.simulator.invocations.at(-1)!.request) as RequestEnvelope;
    (envelope.request as IntentRequest).intent.slots = { position: { name: 'position', confirmationStatus: 'NONE' }, number: { name: 'number', value: '?', confirmationStatus: 'NONE' } };
    const response = await stack().app.skill.invoke(envelope);
    const ssml = (response.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).to.contain('Which one would you like to hear more about?');
    expect(response.response.shouldEndSession).to.equal(false);
  });

  it('picks up the list in a new session from DynamoDB, remembers the deal read, then goes on with "next"', async () => {
    const userId = 'amzn1.ask.account.DETAILS-NEW-SESSION';
    await talkTo(stack(), { accessToken, userId }).say(EVERYONE_TOP_THREE);
    const dynamo = countDynamoCalls(stack().app.dynamodb);
    const later = talkTo(stack(), { accessToken, userId });
    const details = await later.say('ask sales assistant to tell me more about the second one');
    expectDetails(details.speech, openDeals()[1]!);
    expect(dynamo.writes(), 'the list did not change; the deal spoken of did').to.equal(1);
    expect((await later.say('next')).speech).to.match(/^Here are the next 3: 4th, /);
    expect(dynamo.writes(), 'the next page moved the list on').to.equal(2);
  });

  it('reads details with one Salesforce call on the warm path', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    stack().org.resetCounters();
    await talk.say('tell me more about the first one');
    expect(stack().org.counters().dataApiCalls).to.equal(1);
  });

  it('says so when a deal is gone, and when Salesforce fails', async () => {
    const talk = talkTo(stack(), { accessToken });
    await talk.say(EVERYONE_TOP_THREE);
    stack().org.injectFault({ status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Service unavailable', path: /\/query$/ });
    const failed = await talk.say('tell me more about the first one');
    expect(failed.speech).to.match(/^Salesforce isn’t answering right now/);

    const again = talkTo(stack(), { accessToken });
    await again.say(EVERYONE_TOP_THREE);
    const third = openDeals()[2]!;
    stack().org.store.delete('Opportunity', third.Id);
    const gone = await again.say('tell me more about the third one');
    expect(gone.speech).to.match(/^I can’t find that one in Salesforce any more/);
    expect(gone.response.response.shouldEndSession).to.equal(false);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
