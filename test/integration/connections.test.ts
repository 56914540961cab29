import { expect } from 'chai';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { SALESFORCE_IDLE_SOCKET_MS } from '../../lambda/src/salesforce/agent';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';

/** Longer than the 5 s after which Node's default agent closes an idle socket: a realistic pause between turns. */
const PAUSE_MS = 5_500;

describe('connections between turns', () => {
  const stack = useLocalStack({ https: true });

  it('keeps the TLS connection to Salesforce and the DynamoDB connection open across a pause between turns', async function () {
    this.timeout(20_000);
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    stack().org.resetCounters();
    await talk.say('ask sales assistant for my top three deals');
    expect(stack().org.connections().tls, 'the first turn reached the instance over TLS').to.be.at.least(1);

    stack().org.resetCounters();
    const dynamoConnections = stack().dynamo.connections();
    await sleep(PAUSE_MS);
    await talk.say('next');
    expect(stack().org.counters().dataApiCalls, 'the next page came from Salesforce').to.equal(1);
    expect(stack().org.connections(), 'no new connection to Salesforce').to.deep.equal({ accepted: 0, tls: 0 });
    expect(stack().dynamo.connections() - dynamoConnections, 'no new connection to DynamoDB').to.equal(0);
  });

  it('opens a new connection after a pause longer than a pooled one may idle: a frozen Lambda runs no timers to close it', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'manager').username);
    const talk = talkTo(stack(), { accessToken });
    await talk.say('ask sales assistant for my top three deals');
    stack().org.resetCounters();
    const now = Date.now;
    Date.now = () => now() + SALESFORCE_IDLE_SOCKET_MS + 1_000;
    try {
      await talk.say('next');
    } finally {
      Date.now = now;
    }
    expect(stack().org.counters().dataApiCalls).to.equal(1);
    expect(stack().org.connections().tls, 'the pooled socket was closed, not written to').to.equal(1);
  });

  it('trusts the local org only through the agent the skill installed, not by turning verification off', async () => {
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).to.not.equal('0');
    expect(https.globalAgent.options.rejectUnauthorized).to.not.equal(false);
    // A client without the org's certificate is refused.
    const refused = await new Promise<string>((resolve) => {
      https.get(`${stack().org.instanceUrl}/services/data`, { agent: new https.Agent() }, () => resolve('accepted')).on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(refused).to.match(/SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/);
  });
});
