import { expect } from 'chai';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { profileKey, tokenKey } from '../../lambda/src/state/identities';
import { countDynamoCalls } from '../../local/dynamoCalls';
import { LOCAL_SKILL_ID } from '../../local/stack';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';

const TOP = "ask sales assistant for everyone's top three deals";

describe('account linking, identity cache and the warm path', () => {
  const stack = useLocalStack();

  it('asks an unlinked user to link, with a LinkAccount card, and ends the session', async () => {
    const { speech, response } = await talkTo(stack()).say(TOP);
    expect(speech).to.match(/^To use Sales Assistant, link your Salesforce account in the Alexa app/);
    expect(response.response.card?.type).to.equal('LinkAccount');
    expect(response.response.shouldEndSession).to.equal(true);
  });

  it('lets an unlinked user hear help and stop without linking', async () => {
    const talk = talkTo(stack());
    expect((await talk.say('ask sales assistant for help')).speech).to.match(/^I read and update your Salesforce pipeline/);
  });

  it('looks a token up once, then answers warm requests with one Salesforce call and no DynamoDB read', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const dynamo = countDynamoCalls(stack().app.dynamodb);
    stack().org.resetCounters();
    await talkTo(stack(), { accessToken }).say(TOP);
    const cold = stack().org.counters();
    expect(cold.oauthCalls, 'userinfo on the login host').to.equal(1);
    expect(cold.dataApiCalls, 'the user\'s profile (currency, team, people, deals) in one composite request, then the list').to.equal(2);
    expect(Object.keys(cold.byPath).filter((p) => p.endsWith('/composite'))).to.have.length(1);

    stack().org.resetCounters();
    dynamo.reset();
    const talk = talkTo(stack(), { accessToken });
    await talk.say(TOP);
    expect(stack().org.counters()).to.include({ oauthCalls: 0, dataApiCalls: 1 });
    expect(dynamo.reads(), 'identity from memory; a new list needs no read').to.equal(0);
    expect(dynamo.writes(), 'the new list is saved for a later session').to.equal(1);

    dynamo.reset();
    await talk.say('repeat that');
    await talk.say('help');
    expect(stack().org.counters().dataApiCalls, 'repeat and help need no Salesforce').to.equal(1);
    expect(dynamo.writes(), 'nothing changed, nothing written').to.equal(0);
  });

  it('keeps the identity in DynamoDB under a hash of the token, never the token, for other Lambda containers', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    await talkTo(stack(), { accessToken }).say(TOP);
    const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
    expect(Items.map((i) => i.pk!.S)).to.include(tokenKey(accessToken));
    expect(JSON.stringify(Items)).to.not.contain(accessToken);

    // A second app on the same table is a cold container: no identity call, one DynamoDB read.
    const { createApp } = await import('../../lambda/src/app');
    const other = createApp(stack().config);
    const dynamo = countDynamoCalls(other.dynamodb);
    stack().org.resetCounters();
    const answer = await talkTo(stack(), { accessToken, skill: other.skill }).say(TOP);
    expect(answer.speech).to.match(/^Everyone’s top 3 open deals/);
    expect(stack().org.counters()).to.include({ oauthCalls: 0, dataApiCalls: 1 });
    expect(dynamo.byCommand().GetItemCommand).to.equal(1);
    other.dynamodb.destroy();
  });

  it('looks up a refreshed token with userinfo alone: what belongs to the user is cached by org and user', async () => {
    const rep = demoUser(stack(), 'rep');
    await talkTo(stack(), { accessToken: (await stack().link(rep.username)).accessToken }).say(TOP);
    // The hourly refresh: a new token for the same user, in a cold container (a second app on the same table).
    const { createApp } = await import('../../lambda/src/app');
    const other = createApp(stack().config);
    const { accessToken } = await stack().link(rep.username);
    const dynamo = countDynamoCalls(other.dynamodb);
    stack().org.resetCounters();
    const answer = await talkTo(stack(), { accessToken, skill: other.skill }).say(TOP);
    expect(answer.speech).to.match(/^Everyone’s top 3 open deals/);
    const counters = stack().org.counters();
    expect(counters, 'userinfo, then the list: two round trips').to.include({ oauthCalls: 1, dataApiCalls: 1 });
    expect(Object.keys(counters.byPath).some((p) => p.endsWith('/composite')), 'no profile lookup').to.equal(false);
    expect(dynamo.byCommand().GetItemCommand, 'the new token (absent), then the profile by org and user').to.equal(2);
    const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
    expect(Items.map((i) => i.pk!.S)).to.include(profileKey(stack().org.demo.orgId, rep.id));
    other.dynamodb.destroy();
  });

  it('asks to link again when Salesforce rejects a cached token, and forgets it', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    await talk.say(TOP);
    stack().org.expireAccessToken(accessToken);
    const { speech, response } = await talkTo(stack(), { accessToken }).say(TOP);
    expect(speech).to.match(/^Your Salesforce link has expired or was revoked/);
    expect(response.response.card?.type).to.equal('LinkAccount');
    expect(response.response.shouldEndSession).to.equal(true);
    const { Items = [] } = await stack().app.dynamodb.send(new ScanCommand({ TableName: stack().config.dynamodbTable }));
    expect(Items.map((i) => i.pk!.S)).to.not.include(tokenKey(accessToken));
  });

  it('asks to link again when the token is already dead at the first lookup (userinfo 403)', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'rep').username);
    stack().org.expireAccessToken(accessToken);
    const { speech } = await talkTo(stack(), { accessToken }).say('open sales assistant');
    expect(speech).to.match(/^Your Salesforce link has expired or was revoked/);
  });

  it('does not ask to link again when userinfo refuses for the org\'s API allowance (403 REQUEST_LIMIT_EXCEEDED)', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'rep').username);
    stack().org.injectFault({ status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.', path: /\/userinfo$/ });
    const { speech, response } = await talkTo(stack(), { accessToken }).say(TOP);
    expect(speech).to.match(/^Your Salesforce org has used up its API requests for today/);
    expect(response.response.card?.type).to.not.equal('LinkAccount');
    // The link was never broken: once the allowance is back, the same token answers.
    expect((await talkTo(stack(), { accessToken }).say(TOP)).speech).to.match(/^Everyone’s top 3 open deals/);
  });

  it('refuses requests meant for another skill', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    await talk.say('open sales assistant');
    const envelope = structuredClone(talk.simulator.invocations.at(-1)!.request);
    envelope.context.System.application.applicationId = 'amzn1.ask.skill.someone-else';
    envelope.session!.application.applicationId = 'amzn1.ask.skill.someone-else';
    expect(LOCAL_SKILL_ID).to.not.equal('amzn1.ask.skill.someone-else');
    let refused: unknown;
    await stack().app.skill.invoke(envelope).catch((e: unknown) => (refused = e));
    expect(String(refused)).to.match(/skill/i);
  });
});

describe('when Salesforce fails or is slow', () => {
  const stack = useLocalStack();
  let accessToken: string;
  before(async () => {
    accessToken = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
    await talkTo(stack(), { accessToken }).say(TOP); // warm: identity cached, so faults hit the list query
  });
  afterEach(() => stack().org.clearFaults());

  const cases = [
    { status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Service unavailable', says: /^Salesforce isn’t answering right now/ },
    { status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.', says: /^Your Salesforce org has used up its API requests for today/ },
    // Salesforce's own failure: "isn't answering", not "something went wrong" — and never its ErrorId.
    { status: 500, errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-987654321)', says: /^Salesforce isn’t answering right now\. Please try again in a minute\.$/ },
    // Too many requests, from whatever stands in front of the org, without a Salesforce error body: try later.
    { status: 429, errorCode: 'ERROR_HTTP_429', message: 'Too Many Requests', body: 'Too Many Requests', contentType: 'text/plain', says: /^Salesforce isn’t answering right now\. Please try again in a minute\.$/ },
  ];
  for (const c of cases) {
    it(`says so briefly on ${c.errorCode} (${c.status}) and ends the turn cleanly`, async () => {
      stack().org.injectFault({ status: c.status, errorCode: c.errorCode, message: c.message, path: /\/query$/, ...('body' in c ? { body: c.body, contentType: c.contentType } : {}) });
      const { speech, response } = await talkTo(stack(), { accessToken }).say(TOP);
      expect(speech).to.match(c.says);
      expect(response.response.shouldEndSession).to.equal(true);
    });
  }

  it('says so briefly when the user may not see a field the list reads (field-level security: INVALID_FIELD), and ends the turn', async () => {
    stack().org.restrictField(demoUser(stack(), 'manager').username, 'Opportunity.Amount', 'none');
    try {
      const { speech, response } = await talkTo(stack(), { accessToken }).say(TOP);
      expect(speech).to.match(/^Sorry, something went wrong while I was checking Salesforce/);
      expect(response.response.shouldEndSession).to.equal(true);
    } finally {
      stack().org.clearFieldRestrictions();
    }
  });

  it('says "one moment" through the progressive response API when Salesforce takes more than 1.5 s, then answers', async () => {
    stack().org.setLatency(1700);
    try {
      const { turns } = await talkTo(stack(), { accessToken }).say(TOP);
      const said = turns.filter((t) => t.speaker === 'alexa').map((t) => t.text);
      expect(said[0]).to.equal('One moment, checking Salesforce.');
      expect(said[1]).to.match(/^Everyone’s top 3 open deals/);
    } finally {
      stack().org.setLatency(0);
    }
  });

  it('stays quiet when Salesforce answers quickly', async () => {
    const { turns } = await talkTo(stack(), { accessToken }).say(TOP);
    expect(turns.filter((t) => t.speaker === 'alexa').map((t) => t.text)[0]).to.match(/^Everyone’s top 3/);
  });

  it('gives up on a slow org before Alexa does, and says so', async () => {
    const { startLocalStack: start } = await import('../../local/stack');
    const slow = await start({ salesforceBudgetMs: 300, logLevel: 'error' });
    try {
      const token = (await slow.link(demoUser(slow, 'manager').username)).accessToken;
      await talkTo(slow, { accessToken: token }).say(TOP);
      slow.org.setLatency(1500);
      const { speech } = await talkTo(slow, { accessToken: token }).say(TOP);
      expect(speech).to.match(/^Salesforce isn’t answering right now/);
    } finally {
      await slow.close();
    }
  });

  it('makes no call once the turn’s budget is spent: a slow userinfo leaves no time for the rest of a new token’s lookup', async () => {
    const { startLocalStack: start } = await import('../../local/stack');
    // Userinfo answers after 400 ms, inside its shortest wait (500 ms) but past the 300 ms budget.
    const slow = await start({ salesforceBudgetMs: 300, logLevel: 'error', latencyMs: 400 });
    try {
      const token = (await slow.link(demoUser(slow, 'manager').username)).accessToken;
      slow.org.resetCounters();
      const { speech } = await talkTo(slow, { accessToken: token }).say(TOP);
      expect(speech).to.match(/^Salesforce isn’t answering right now/);
      expect(slow.org.counters()).to.include({ oauthCalls: 1, dataApiCalls: 0 });
    } finally {
      await slow.close();
    }
  });
});
