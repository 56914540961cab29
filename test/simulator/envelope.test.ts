import { expect } from 'chai';
import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { SKILL_ID } from './fixtures/echo-skill';
import { newSimulator } from './helpers';

async function firstRequests(utterances: string[], options: Parameters<typeof newSimulator>[0] = {}): Promise<RequestEnvelope[]> {
  const sim = newSimulator(options);
  try {
    for (const u of utterances) await sim.say(u);
    return sim.invocations.map((i) => i.request);
  } finally {
    await sim.close();
  }
}

describe('simulator request envelopes', () => {
  it('builds a LaunchRequest envelope like Alexa for a voice-only Echo with a linked account', async () => {
    const [env] = await firstRequests(['open sales assistant']);
    const { session, context, request } = env!;
    expect(env!.version).to.equal('1.0');
    expect(session!.new).to.equal(true);
    expect(session!.sessionId).to.match(/^amzn1\.echo-api\.session\.[0-9a-f-]{36}$/);
    expect(session!.application).to.deep.equal({ applicationId: SKILL_ID });
    expect(session!.attributes).to.deep.equal({});
    expect(session!.user).to.deep.equal({ userId: 'amzn1.ask.account.SIMULATED-USER', accessToken: 'linked-token' });
    expect(context.System.application).to.deep.equal({ applicationId: SKILL_ID });
    expect(context.System.user).to.deep.equal(session!.user);
    expect(context.System.device).to.deep.equal({ deviceId: 'amzn1.ask.device.SIMULATED-DEVICE', supportedInterfaces: {} });
    expect(context.System.apiEndpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(context.System.apiAccessToken).to.be.a('string').and.not.equal('');
    expect(context).to.not.have.property('Viewports');
    expect(context).to.not.have.property('Viewport');
    expect(request).to.deep.equal({ type: 'LaunchRequest', requestId: request.requestId, timestamp: '2026-11-26T15:00:00Z', locale: 'en-US' });
    expect(request.requestId).to.match(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/);
  });

  it('leaves the access token out for a user who has not linked an account, and honours the device options', async () => {
    const [env] = await firstRequests(['open sales assistant'], {
      accessToken: undefined,
      userId: 'amzn1.ask.account.ALICE',
      deviceId: 'amzn1.ask.device.MEETING-ROOM',
      locale: 'en-GB',
    });
    expect(env!.session!.user).to.deep.equal({ userId: 'amzn1.ask.account.ALICE' });
    expect(env!.context.System.user).to.deep.equal({ userId: 'amzn1.ask.account.ALICE' });
    expect(env!.context.System.device!.deviceId).to.equal('amzn1.ask.device.MEETING-ROOM');
    expect(env!.request.locale).to.equal('en-GB');
  });

  it('describes a screen only when one is simulated', async () => {
    const [env] = await firstRequests(['open sales assistant'], { screen: true });
    expect(env!.context.System.device!.supportedInterfaces).to.have.property('Alexa.Presentation.APL');
    expect(env!.context.Viewports).to.have.length(1);
    expect(env!.context.Viewports![0]).to.include({ type: 'APL', shape: 'RECTANGLE' });
    expect(env!.context.Viewport).to.include({ pixelWidth: 1280, pixelHeight: 800 });
  });

  it('sends every declared slot, and dialogState only for intents that have a dialog model', async () => {
    const [find, , meeting] = await firstRequests(['ask sales assistant to find the account globex', 'stop', 'ask sales assistant to schedule a meeting with acme']);
    const findRequest = find!.request as IntentRequest;
    expect(findRequest).to.not.have.property('dialogState');
    expect(findRequest.intent).to.deep.include({ name: 'FindAccountIntent', confirmationStatus: 'NONE' });
    expect(Object.keys(findRequest.intent.slots!)).to.deep.equal(['account', 'contact']);
    expect(findRequest.intent.slots!.contact).to.deep.equal({ name: 'contact', confirmationStatus: 'NONE' });
    expect((meeting!.request as IntentRequest).dialogState).to.equal('STARTED');
    expect(Object.keys((meeting!.request as IntentRequest).intent.slots!)).to.deep.equal(['account', 'date', 'time', 'duration']);
  });
});
