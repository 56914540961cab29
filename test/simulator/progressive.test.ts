import { expect } from 'chai';
import { AlexaApiServer } from '../../local/simulator/alexa-api';
import { lines, newSimulator } from './helpers';

describe('simulator Alexa API stand-in', () => {
  it("speaks the skill's progressive response before its answer, and serves the device time zone", async () => {
    const sim = newSimulator();
    try {
      const turns = await sim.say('ask sales assistant to check the pipeline');
      expect(lines(turns)).to.deep.equal([
        'user: ask sales assistant to check the pipeline',
        'alexa: One moment, checking Salesforce.',
        'alexa: Your pipeline is healthy. Time zone America/New_York.',
      ]);
      expect(turns[2]!.response).to.not.equal(undefined);
    } finally {
      await sim.close();
    }
  });

  describe('AlexaApiServer', () => {
    const api = new AlexaApiServer({ deviceId: 'device-1', timeZone: 'Europe/Paris' });
    let endpoint: string;
    before(async () => {
      endpoint = await api.start();
    });
    after(() => api.stop());

    const speak = (requestId: string, token: string, speech: string): Promise<Response> =>
      fetch(`${endpoint}/v1/directives`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ header: { requestId }, directive: { type: 'VoicePlayer.Speak', speech } }),
      });

    it('accepts VoicePlayer.Speak for an open request with its token, and hands the speech over once', async () => {
      api.openRequest('req-1', 'token-1');
      expect((await speak('req-1', 'token-1', '<speak>One moment.</speak>')).status).to.equal(204);
      expect((await speak('req-1', 'token-1', '<speak>Still &amp; working.</speak>')).status).to.equal(204);
      expect(api.closeRequest('req-1')).to.deep.equal(['One moment.', 'Still & working.']);
      expect(api.closeRequest('req-1')).to.deep.equal([]);
    });

    it('refuses another request’s token, a request already answered, and invalid SSML', async () => {
      api.openRequest('req-2', 'token-2');
      expect((await speak('req-2', 'token-other', '<speak>Hi.</speak>')).status).to.equal(401);
      expect((await speak('req-2', 'token-2', '<speak>Tom & Jerry</speak>')).status).to.equal(400);
      api.closeRequest('req-2');
      expect((await speak('req-2', 'token-2', '<speak>Too late.</speak>')).status).to.equal(401);
    });

    it('answers the time zone setting only for the device, and only while a request is open', async () => {
      const get = (device: string, token: string): Promise<Response> =>
        fetch(`${endpoint}/v2/devices/${device}/settings/System.timeZone`, { headers: { authorization: `Bearer ${token}` } });
      api.openRequest('req-3', 'token-3');
      const ok = await get('device-1', 'token-3');
      expect(ok.status).to.equal(200);
      expect(await ok.json()).to.equal('Europe/Paris');
      expect((await get('device-2', 'token-3')).status).to.equal(404);
      api.closeRequest('req-3');
      expect((await get('device-1', 'token-3')).status).to.equal(403);
    });
  });
});
