import { expect } from 'chai';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import { createApp } from '../../lambda/src/app';
import { readConfig } from '../../lambda/src/config';
import { setLogLevel } from '../../lambda/src/log';
import { serve, startServer, timestampVerifier } from '../../lambda/src/server';

/** A LaunchRequest from an unlinked user: it needs neither Salesforce nor DynamoDB. */
function launchEnvelope(timestamp = new Date().toISOString()) {
  const application = { applicationId: 'amzn1.ask.skill.test' };
  const user = { userId: 'amzn1.ask.account.test' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.1', application, user, attributes: {} },
    context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.1', timestamp, locale: 'en-US' },
  };
}

/** The lines logged to stderr (warnings and errors) while `run` runs, at LOG_LEVEL warn. */
async function warningsOf<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console.error;
  console.error = (line: unknown) => lines.push(String(line));
  setLogLevel('warn');
  try {
    return { result: await run(), lines };
  } finally {
    console.error = original;
    setLogLevel('error');
  }
}

describe('self-hosted endpoint', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.close()));

  async function started(options: Partial<Parameters<typeof startServer>[1]> & { skill?: Skill } = {}) {
    const skill = options.skill ?? createApp(readConfig({ LOG_LEVEL: 'error' })).skill;
    const server = await startServer(skill, { port: 0, verify: false, ...options });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('refuses a request without Alexa’s signature, saying no more than that', async () => {
    const res = await post(await started({ verify: true }), JSON.stringify(launchEnvelope()));
    expect(res.status).to.equal(400);
    expect(await res.text()).to.equal('Bad request');
  });

  it('answers when verification is turned off for local use', async () => {
    const res = await post(await started(), JSON.stringify(launchEnvelope()));
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string }; card: { type: string } } };
    expect(body.response.outputSpeech.ssml).to.contain('link your Salesforce account');
    expect(body.response.card.type).to.equal('LinkAccount');
  });

  it('accepts a request timestamp up to 150 seconds either side of now, and refuses one further off, both ways', async () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    // A signature check that accepts, so the answer depends on the timestamp alone.
    const url = await started({ verify: true, now: () => now, signature: { verify: async () => undefined } });
    const at = (offsetMs: number) => post(url, JSON.stringify(launchEnvelope(new Date(now + offsetMs).toISOString())));
    expect((await at(-150_000)).status).to.equal(200);
    expect((await at(150_000)).status).to.equal(200);
    expect((await at(-151_000)).status).to.equal(400);
    expect((await at(151_000)).status).to.equal(400);
    expect((await at(3_600_000)).status).to.equal(400);
  });

  it('refuses a request without a readable timestamp', async () => {
    const verifier = timestampVerifier(() => Date.now());
    const { request: _request, ...noRequest } = launchEnvelope();
    for (const body of [JSON.stringify(noRequest), JSON.stringify(launchEnvelope('yesterday'))]) {
      let refused = false;
      await verifier.verify(body).catch(() => (refused = true));
      expect(refused, body).to.equal(true);
    }
  });

  it('answers a body over the limit with a plain 413, no stack trace', async () => {
    const url = await started();
    const { result: res, lines } = await warningsOf(() => post(url, JSON.stringify({ ...launchEnvelope(), padding: 'x'.repeat(200_000) })));
    expect(res.status).to.equal(413);
    expect(res.headers.get('content-type')).to.match(/^text\/plain/);
    expect(await res.text()).to.equal('Payload too large');
    expect(lines.join('\n')).to.not.match(/\n\s+at /);
  });

  it('answers a failing skill with a plain 500 that does not echo the internal message', async () => {
    const failing = { invoke: async () => { throw new Error('DynamoDB table arn:aws:dynamodb:secret exploded'); } } as unknown as Skill;
    const url = await started({ skill: failing });
    const { result: res, lines } = await warningsOf(() => post(url, JSON.stringify(launchEnvelope())));
    expect(res.status).to.equal(500);
    expect(await res.text()).to.equal('Internal error');
    expect(lines.join('\n'), 'the detail is logged for the operator').to.contain('exploded');
  });

  it('answers a body that is not JSON with a plain 400', async () => {
    const res = await post(await started(), '{not json');
    expect(res.status).to.equal(400);
    expect(await res.text()).to.equal('Bad request');
  });

  describe('npm run serve', () => {
    const env = { LOG_LEVEL: 'warn', PORT: '0' };
    async function served(more: Record<string, string>) {
      const { result: server, lines } = await warningsOf(() => serve({ ...env, ...more }, []));
      servers.push(server);
      return { address: server.address() as AddressInfo, lines };
    }

    it('warns at start when SKILL_ID is unset, and not when it is set', async () => {
      const unset = await served({});
      expect(unset.lines.some((l) => l.includes('SKILL_ID is not set'))).to.equal(true);
      const set = await served({ SKILL_ID: 'amzn1.ask.skill.test' });
      expect(set.lines.some((l) => l.includes('SKILL_ID'))).to.equal(false);
    });

    it('listens on loopback unless HOST says otherwise', async () => {
      expect((await served({ SKILL_ID: 'amzn1.ask.skill.test' })).address.address).to.equal('127.0.0.1');
      expect((await served({ SKILL_ID: 'amzn1.ask.skill.test', HOST: '0.0.0.0' })).address.address).to.equal('0.0.0.0');
    });
  });
});
