import { expect } from 'chai';
import type { IntentRequest, RequestEnvelope, Response, ResponseEnvelope, SessionEndedRequest } from 'ask-sdk-model';
import { sessionOutcome } from '../../local/simulator/session';
import { lines, newSimulator, spoken } from './helpers';

const answer = (response: Response): ResponseEnvelope => ({ version: '1.0', response });

function endedRequests(requests: RequestEnvelope[]): SessionEndedRequest[] {
  return requests.map((r) => r.request).filter((r): r is SessionEndedRequest => r.type === 'SessionEndedRequest');
}

describe('simulator sessions', () => {
  it('keeps one session across turns, with new=true only first, and hands back the session attributes', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      const second = await sim.say('find the account acme');
      expect(spoken(second)).to.deep.equal(['FindAccountIntent: account acme (ACME). Turn 2.']);
      const [launch, find] = sim.invocations.map((i) => i.request);
      expect(launch!.session!.new).to.equal(true);
      expect(launch!.session!.attributes).to.deep.equal({});
      expect(find!.session!.new).to.equal(false);
      expect(find!.session!.sessionId).to.equal(launch!.session!.sessionId);
      expect(find!.session!.attributes).to.deep.equal({ turns: 1 });
      expect(sim.sessionOpen).to.equal(true);
    } finally {
      await sim.close();
    }
  });

  it('ends the session on shouldEndSession true; the user must invoke the skill again, in a new session', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      const stop = await sim.say('stop');
      expect(lines(stop)).to.deep.equal([
        'user: stop',
        'alexa: Goodbye.',
        'alexa: [card] Sales Assistant: Come back soon.',
        'system: session ended (shouldEndSession true)',
      ]);
      expect(sim.sessionOpen).to.equal(false);
      expect(lines(await sim.say('help'))[1]).to.match(/^system: not for the skill/);
      await sim.say('open sales assistant');
      const [first, , again] = sim.invocations.map((i) => i.request);
      expect(again!.session!.new).to.equal(true);
      expect(again!.session!.sessionId).to.not.equal(first!.session!.sessionId);
      expect(again!.session!.attributes).to.deep.equal({});
      expect(endedRequests(sim.invocations.map((i) => i.request))).to.deep.equal([]);
    } finally {
      await sim.close();
    }
  });

  it('ends the session when shouldEndSession is absent on a voice-only device', async () => {
    const sim = newSimulator();
    try {
      const turns = await sim.say('ask sales assistant to say hello');
      expect(lines(turns).slice(1)).to.deep.equal(['alexa: Hello!', 'system: session ended (no shouldEndSession, on a voice-only device)']);
      expect(sim.sessionOpen).to.equal(false);
    } finally {
      await sim.close();
    }
  });

  it('decides what follows a response like Alexa: listen, stay idle on a screen, or end', () => {
    const apl = { type: 'Alexa.Presentation.APL.RenderDocument' as const, document: {} };
    expect(sessionOutcome({ shouldEndSession: false }, false)).to.equal('listen');
    expect(sessionOutcome({ shouldEndSession: null as unknown as boolean }, false)).to.equal('listen');
    expect(sessionOutcome({ shouldEndSession: true }, true)).to.equal('end');
    expect(sessionOutcome({}, false)).to.equal('end');
    expect(sessionOutcome({ directives: [apl] }, false)).to.equal('end');
    expect(sessionOutcome({ directives: [apl] }, true)).to.equal('idle');
    expect(sessionOutcome({ directives: [{ type: 'Dialog.Delegate' }] }, false)).to.equal('listen');
  });

  it('reprompts after one silence and ends with EXCEEDED_MAX_REPROMPTS after the second', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      expect(lines(await sim.say(''))).to.deep.equal(['user: ', 'alexa: What would you like?']);
      expect(lines(await sim.say(''))).to.deep.equal(['user: ', 'system: session ended (EXCEEDED_MAX_REPROMPTS)']);
      const ended = endedRequests(sim.invocations.map((i) => i.request));
      expect(ended.map((r) => r.reason)).to.deep.equal(['EXCEEDED_MAX_REPROMPTS']);
      expect(sim.invocations.at(-1)!.request.session!.attributes).to.deep.equal({ turns: 1 });
      expect(sim.sessionOpen).to.equal(false);
    } finally {
      await sim.close();
    }
  });

  it('ends at the first silence when the open session has no reprompt', async () => {
    const sim = newSimulator({
      skill: {
        invoke: async (env) =>
          answer(env.request.type === 'SessionEndedRequest' ? {} : { outputSpeech: { type: 'PlainText', text: 'Hi.' }, shouldEndSession: false }),
      },
    });
    try {
      const opened = await sim.say('open sales assistant');
      expect(lines(opened)).to.include('system: warning: the session stays open without a reprompt: silence ends it at once');
      expect(lines(await sim.say(''))).to.deep.equal(['user: ', 'system: session ended (EXCEEDED_MAX_REPROMPTS)']);
    } finally {
      await sim.close();
    }
  });

  it('sends SessionEndedRequest USER_INITIATED when the user says "exit", and speaks nothing', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      expect(lines(await sim.say('exit'))).to.deep.equal(['user: exit', 'system: session ended (USER_INITIATED)']);
      const last = sim.invocations.at(-1)!.request;
      expect(last.request).to.include({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
      expect(last.session!.new).to.equal(false);
    } finally {
      await sim.close();
    }
  });

  it('says there was a problem and sends SessionEndedRequest ERROR for invalid SSML', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      const turns = await sim.say('break something');
      expect(lines(turns)).to.deep.equal([
        'user: break something',
        'system: error: outputSpeech: invalid SSML: unescaped "&" at 11: "& Jerry</spe"',
        "alexa: There was a problem with the requested skill's response",
        'system: session ended (ERROR)',
      ]);
      const ended = endedRequests(sim.invocations.map((i) => i.request));
      expect(ended).to.have.length(1);
      expect(ended[0]!.reason).to.equal('ERROR');
      expect(ended[0]!.error).to.deep.equal({ type: 'INVALID_RESPONSE', message: 'outputSpeech: invalid SSML: unescaped "&" at 11: "& Jerry</spe"' });
    } finally {
      await sim.close();
    }
  });

  const oneShot = 'ask sales assistant to find the account acme';
  const invalid: [string, string, Response | 'throw' | 'not an envelope', RegExp][] = [
    ['speech over 8000 characters', oneShot, { outputSpeech: { type: 'PlainText', text: 'a'.repeat(8001) } }, /8001 characters, over Alexa's 8000/],
    ['unsupported SSML tags', oneShot, { outputSpeech: { type: 'SSML', ssml: '<speak><blink>hi</blink></speak>' } }, /unsupported tag <blink>/],
    ['unbalanced SSML', oneShot, { outputSpeech: { type: 'SSML', ssml: '<speak><p>hi</speak>' } }, /<\/speak> closes <p>/],
    ['SSML without <speak>', oneShot, { reprompt: { outputSpeech: { type: 'SSML', ssml: 'hi' } } }, /reprompt: invalid SSML: SSML must start with <speak>/],
    ['an APL directive to a voice-only device', oneShot, { directives: [{ type: 'Alexa.Presentation.APL.RenderDocument', document: {} }] }, /device without a screen/],
    ['a Dialog directive that also ends the session', oneShot, { directives: [{ type: 'Dialog.Delegate' }], shouldEndSession: true }, /with shouldEndSession true/],
    ['a Dialog directive in answer to a LaunchRequest', 'open sales assistant', { directives: [{ type: 'Dialog.Delegate' }] }, /in answer to a LaunchRequest/],
    ['an exception', oneShot, 'throw', /the skill threw: boom/],
    ['something that is not a response envelope', oneShot, 'not an envelope', /did not return a response envelope/],
  ];
  for (const [what, utterance, response, message] of invalid) {
    it(`treats ${what} as an invalid response`, async () => {
      const sim = newSimulator({
        skill: {
          invoke: async (env) => {
            if (env.request.type === 'SessionEndedRequest') return answer({});
            if (response === 'throw') throw new Error('boom');
            return response === 'not an envelope' ? ({} as ResponseEnvelope) : answer(response);
          },
        },
      });
      try {
        const turns = await sim.say(utterance);
        expect(lines(turns).filter((l) => l.startsWith('system: error'))).to.have.length(1);
        expect(lines(turns).find((l) => l.startsWith('system: error'))).to.match(message);
        expect(spoken(turns)).to.deep.equal(["There was a problem with the requested skill's response"]);
        const ended = endedRequests(sim.invocations.map((i) => i.request));
        expect(ended.map((r) => r.reason)).to.deep.equal(['ERROR']);
        expect(ended[0]!.error!.message).to.match(message);
        expect(sim.sessionOpen).to.equal(false);
      } finally {
        await sim.close();
      }
    });
  }

  it('warns when the skill answers a SessionEndedRequest with speech, which Alexa never plays', async () => {
    const sim = newSimulator({
      skill: { invoke: async () => answer({ outputSpeech: { type: 'PlainText', text: 'Bye!' }, reprompt: { outputSpeech: { type: 'PlainText', text: '?' } }, shouldEndSession: false }) },
    });
    try {
      await sim.say('open sales assistant');
      const turns = await sim.say('exit');
      expect(lines(turns)).to.deep.equal([
        'user: exit',
        'system: warning: Alexa does not speak a response to a SessionEndedRequest',
        'system: session ended (USER_INITIATED)',
      ]);
    } finally {
      await sim.close();
    }
  });

  it('records every request and response for --save-skill-io', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      await sim.say('help');
      expect(sim.invocations.map((i) => i.request.request.type)).to.deep.equal(['LaunchRequest', 'IntentRequest']);
      expect((sim.invocations[1]!.request.request as IntentRequest).intent.name).to.equal('AMAZON.HelpIntent');
      expect(sim.invocations[1]!.response!.response.outputSpeech).to.deep.equal({ type: 'SSML', ssml: '<speak>AMAZON.HelpIntent. Turn 2.</speak>' });
    } finally {
      await sim.close();
    }
  });
});
