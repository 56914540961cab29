/**
 * DynamoDB failing under the real chain (simulator → skill → jsforce → local org, and dynalite made to hang or
 * throttle): reads still answer from Salesforce, the paging state from the session, the identity from userinfo;
 * a write says plainly that nothing was saved, without blaming Salesforce, and writes nothing. Each turn makes
 * one DynamoDB call at most once the table failed (counted at dynalite), and leaves no request hanging.
 */
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startServer } from '../../lambda/src/server';
import type { SObjectRecord } from '../../local/org/types';
import { listedDeal } from '../support/orgFacts';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';

/** The SDK's attempts for one call (app.ts maxAttempts): what a turn may send once the table fails. */
const MAX_ATTEMPTS = 3;

describe('when DynamoDB hangs or throttles', () => {
  const stack = useLocalStack();
  afterEach(() => stack().dynamo.setMode('healthy'));

  const accounts = () => stack().org.store.all('Account');
  /** Open deals biggest first, by the store (the skill's own order: amount, then close date, then id). */
  const openDeals = (owner?: string): SObjectRecord[] =>
    stack()
      .org.store.all('Opportunity')
      .filter((o) => o.IsClosed === false && (owner === undefined || o.OwnerId === owner))
      .sort((a, b) => Number(b.Amount ?? -1) - Number(a.Amount ?? -1) || String(a.CloseDate).localeCompare(String(b.CloseDate)) || String(a.Id).localeCompare(String(b.Id)));

  /** Waits for dynalite to see the client close every request it gave up on (events, not a time limit). */
  async function noRequestLeftOpen(): Promise<void> {
    while (stack().dynamo.requests().open > 0) await new Promise((r) => setImmediate(r));
  }

  it('answers a new token from userinfo and Salesforce, sends one call’s attempts at most, and leaves nothing open', async () => {
    const rep = demoUser(stack(), 'rep');
    const { accessToken } = await stack().link(rep.username); // a new token: its identity is in no cache yet
    stack().dynamo.setMode('hanging');
    stack().dynamo.resetRequests();
    const { speech } = await talkTo(stack(), { accessToken }).say('ask sales assistant for my top three opportunities');
    expect(speech).to.match(/^Your top 3 open deals, in dollars: /);
    for (const deal of openDeals(rep.id).slice(0, 3)) expect(speech).to.contain(listedDeal(deal, accounts()));
    expect(stack().dynamo.requests().received).to.be.within(1, MAX_ATTEMPTS);
    await noRequestLeftOpen();
  });

  it('pages on from the session when the table hangs after the first page', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    await talk.say("ask sales assistant for everyone's top three deals");
    stack().dynamo.setMode('hanging');
    stack().dynamo.resetRequests();
    const { speech } = await talk.say('next');
    const next = openDeals().slice(3, 6);
    expect(speech).to.match(/^Here are the next 3/);
    for (const deal of next) expect(speech).to.contain(listedDeal(deal, accounts()));
    expect(stack().dynamo.requests().received, 'only the save of the new page was tried').to.be.within(1, MAX_ATTEMPTS);
    await noRequestLeftOpen();
  });

  it('answers a read when the table throttles and Salesforce is slow', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    stack().dynamo.setMode('throttled');
    stack().org.setLatency(300);
    stack().dynamo.resetRequests();
    try {
      const { speech } = await talkTo(stack(), { accessToken }).say("ask sales assistant for everyone's top three deals");
      expect(speech).to.match(/^Everyone’s top 3 open deals, in dollars: /);
      for (const deal of openDeals().slice(0, 3)) expect(speech).to.contain(listedDeal(deal, accounts()));
      expect(stack().dynamo.requests().received, 'bounded retries of one call, then the turn stops asking').to.be.within(1, MAX_ATTEMPTS);
    } finally {
      stack().org.setLatency(0);
    }
  });

  it('briefs over the last day when the time of the last briefing cannot be read', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    expect((await talkTo(stack(), { accessToken }).say('ask sales assistant to brief me')).speech).to.match(/^(In the last day|Since your last briefing)/);
    stack().dynamo.setMode('hanging');
    const { speech } = await talkTo(stack(), { accessToken }).say('ask sales assistant to brief me');
    expect(speech).to.match(/^In the last day, /);
  });

  it('says plainly that nothing was saved when a write cannot claim its idempotency record, and writes once the table is back', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const cases = () => stack().org.store.all('Case').length;
    const before = cases();
    const talk = talkTo(stack(), { accessToken });
    await talk.say('ask sales assistant to create a case for copper canyon mining about missing parts');
    stack().dynamo.setMode('hanging');
    const { speech } = await talk.say('yes');
    expect(speech).to.equal('Sorry, my own storage isn’t answering right now, so I didn’t save anything. Please try again in a minute. What else can I do for you?');
    expect(cases()).to.equal(before);

    stack().dynamo.setMode('healthy');
    const again = talkTo(stack(), { accessToken });
    await again.say('ask sales assistant to create a case for copper canyon mining about missing parts');
    expect((await again.say('yes')).speech).to.match(/^Done\./);
    expect(cases()).to.equal(before + 1);
  });

  it('keeps `npm run serve` answering through 60 requests hung on DynamoDB, and after it is back', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    await talk.say("ask sales assistant for everyone's top three deals"); // the identity is now in memory
    const template = talk.simulator.invocations.at(-1)!.request as RequestEnvelope;
    const server = await startServer(stack().app.skill, { port: 0, verify: false });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // Each a new session with a new list: each tries to save it.
    const post = async (n: number): Promise<ResponseEnvelope> => {
      const envelope = structuredClone(template);
      envelope.session!.sessionId = `amzn1.echo-api.session.wedge-${n}`;
      envelope.request.requestId = `amzn1.echo-api.request.wedge-${n}`;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      expect(res.status).to.equal(200);
      return (await res.json()) as ResponseEnvelope;
    };
    const said = (r: ResponseEnvelope) => (r.response.outputSpeech as { ssml: string }).ssml;
    try {
      stack().dynamo.setMode('hanging');
      const hung = await Promise.all(Array.from({ length: 60 }, (_, n) => post(n)));
      for (const answer of hung) expect(said(answer)).to.contain('Everyone’s top 3 open deals');
      await noRequestLeftOpen();

      stack().dynamo.setMode('healthy');
      stack().dynamo.resetRequests();
      const after = await post(60);
      expect(said(after)).to.contain('Everyone’s top 3 open deals');
      expect(stack().dynamo.requests().received, 'the list of the new session reached the table').to.equal(1);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
