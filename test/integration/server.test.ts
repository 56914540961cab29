import { expect } from 'chai';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../lambda/src/app';
import { readConfig } from '../../lambda/src/config';
import { startServer } from '../../lambda/src/server';

/** A LaunchRequest from an unlinked user: it needs neither Salesforce nor DynamoDB. */
function launchEnvelope() {
  const application = { applicationId: 'amzn1.ask.skill.test' };
  const user = { userId: 'amzn1.ask.account.test' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application, user, attributes: {} },
    context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.1', timestamp: new Date().toISOString(), locale: 'en-US' },
  };
}

describe('self-hosted endpoint', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.close()));

  async function post(verify: boolean) {
    const { skill } = createApp(readConfig({ LOG_LEVEL: 'error' }));
    const server = await startServer(skill, { port: 0, verify });
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    return fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(launchEnvelope()) });
  }

  it('refuses a request without Alexa’s signature', async () => {
    const res = await post(true);
    expect(res.status).to.equal(400);
  });

  it('answers when verification is turned off for local use', async () => {
    const res = await post(false);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string }; card: { type: string } } };
    expect(body.response.outputSpeech.ssml).to.contain('link your Salesforce account');
    expect(body.response.card.type).to.equal('LinkAccount');
  });
});
