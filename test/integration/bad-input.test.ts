/**
 * Input a well-behaved user never gives: characters XML cannot carry in Salesforce data, slot values of 10 kB,
 * a clock time that does not exist, requests that are not a person talking, an
 * envelope without `context`. Every answer must still be one Alexa accepts (lists too long for Alexa: unit/ssml.test.ts).
 */
import { expect } from 'chai';
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SaxesParser } from 'saxes';
import { setLogLevel } from '../../lambda/src/log';
import { LOCAL_SKILL_ID } from '../../local/stack';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { todayIn } from '../support/orgFacts';

/** Problems a conforming XML parser finds in `ssml` as Alexa receives it (the response went through JSON). */
function xmlProblems(ssml: string): string[] {
  const received = JSON.parse(JSON.stringify(ssml)) as string;
  const problems: string[] = [];
  // saxes checks XML's Char production but lets a lone high surrogate through; UTF-8, which Alexa reads, cannot carry one.
  if (Buffer.from(received, 'utf8').toString('utf8') !== received) problems.push('a lone surrogate');
  const parser = new SaxesParser();
  parser.on('error', (e) => problems.push(e.message));
  parser.write(received).close();
  return problems;
}

/** Captures the log lines (JSON, see log.ts) written while `run` runs. */
async function logsOf<T>(run: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const original = { log: console.log, error: console.error };
  const capture = (...args: unknown[]) => {
    try {
      lines.push(JSON.parse(String(args[0])) as Record<string, unknown>);
    } catch {
      lines.push({ message: String(args[0]) });
    }
  };
  console.log = capture;
  console.error = capture;
  setLogLevel('debug');
  try {
    return { result: await run(), lines };
  } finally {
    setLogLevel('error'); // the suite's stack logs errors only
    Object.assign(console, original);
  }
}

const BELL = '\u0007';
const NOT_A_CHARACTER = '\uFFFF';
const LONE_SURROGATE = '\uD83D';

describe('bad input: every answer stays one Alexa accepts', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const store = () => stack().org.store;
  const biggest = () => Math.max(...store().all('Opportunity').map((o) => Number(o.Amount ?? 0)));
  const closing = () => todayIn('America/New_York', new Date(Date.now() + 86_400_000 * 20));

  describe('characters XML does not allow, from Salesforce', () => {
    it('drops them from a name read in the top opportunities and in the details, and the SSML parses', async () => {
      const account = store().insert('Account', { Name: `Bell${BELL} Labs${NOT_A_CHARACTER}`, OwnerId: demoUser(stack(), 'manager').id });
      store().insert('Opportunity', {
        Name: `Ring${BELL}tone ${LONE_SURROGATE}Upgrade\u0001`, AccountId: account.Id, Amount: biggest() + 5000, StageName: 'Prospecting',
        CloseDate: closing(), OwnerId: demoUser(stack(), 'rep').id,
      });
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const list = await talk.say("ask sales assistant for everyone's top three deals");
      expect(xmlProblems(list.ssml)).to.deep.equal([]);
      expect(list.speech).to.contain('in dollars: Bell Labs, Ringtone Upgrade: ');
      const details = await talk.say('tell me more about the first one');
      expect(xmlProblems(details.ssml)).to.deep.equal([]);
      expect(details.speech).to.match(/^Ringtone Upgrade/);
      const card = details.response.response.card as { title: string };
      expect(card.title).to.contain('Ringtone Upgrade').and.not.match(/[\u0000-\u0008\uFFFF\uD800-\uDFFF]/);
    });
  });

  /** The envelope of a one-shot request as the simulator built it, its slot values replaced. */
  async function withSlots(line: string, slots: Record<string, string>): Promise<RequestEnvelope> {
    const talk = talkTo(stack(), { accessToken: tokens().manager });
    await talk.say(line);
    const envelope = structuredClone(talk.simulator.invocations[0]!.request) as RequestEnvelope;
    const intent = (envelope.request as IntentRequest).intent;
    for (const [name, value] of Object.entries(slots)) intent.slots![name] = { name, value, confirmationStatus: 'NONE' };
    return { ...envelope, request: { ...envelope.request, requestId: `amzn1.echo-api.request.${Math.random()}` } } as RequestEnvelope;
  }

  const speechOf = (response: ResponseEnvelope) => (response.response.outputSpeech as { ssml: string }).ssml;

  describe('a 10 kB slot value', () => {
    it('is said back only in part when a case is confirmed', async () => {
      const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
      expect(words.length).to.be.greaterThan(10_000);
      const envelope = await withSlots('ask sales assistant to create a case for smith and sons about a broken printer', { subject: words });
      const ssml = speechOf(await stack().app.skill.invoke(envelope));
      expect(xmlProblems(ssml)).to.deep.equal([]);
      expect(ssml).to.contain('word0 word1 word2');
      expect(ssml).to.not.contain('word30 ');
      expect(ssml.length).to.be.below(400);
    });

    it('keeps the whole response, dialog directive and session included, within the size Alexa takes', async () => {
      const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
      const envelope = await withSlots('ask sales assistant to create a case for smith and sons about a broken printer', { subject: words });
      const response = await stack().app.skill.invoke(envelope);
      expect(response.response.directives?.[0]?.type).to.equal('Dialog.ConfirmIntent');
      expect(JSON.stringify(response).length).to.be.below(24 * 1024);
    });
  });

  describe('a clock time that does not exist', () => {
    it('asks for the time again after "25:99" instead of booking the next morning', async () => {
      const before = store().all('Event').length;
      const envelope = await withSlots('ask sales assistant to schedule a sales meeting tomorrow at ten', { time: '25:99' });
      const { response } = await stack().app.skill.invoke(envelope);
      expect(speechOf({ response } as ResponseEnvelope)).to.equal('<speak>At what time exactly?</speak>');
      expect(response.directives?.[0]).to.deep.include({ type: 'Dialog.ElicitSlot', slotToElicit: 'time' });
      expect(store().all('Event').length).to.equal(before);
    });
  });

  describe('an amount the user gave', () => {
    it('is confirmed and read back to the dollar: 1,249, not 1,200', async () => {
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const ask = await talk.say('ask sales assistant to add a new opportunity for initech worth 1249 dollars closing next month');
      expect(ask.speech).to.match(/, worth 1,249 dollars, closing /);
      const done = await talk.say('yes');
      expect(done.speech).to.match(/, worth 1,249 dollars, closing /);
    });

    it('is confirmed to the dollar when a deal’s amount changes, from and to', async () => {
      const deal = store().insert('Opportunity', {
        Name: 'Odd Figures Renewal', Amount: 12_345, StageName: 'Prospecting', CloseDate: closing(), OwnerId: demoUser(stack(), 'manager').id,
      });
      const talk = talkTo(stack(), { accessToken: tokens().manager });
      const ask = await talk.say('ask sales assistant to change the amount of odd figures renewal to 1249 dollars');
      expect(ask.speech).to.contain('12,345 dollars').and.contain('1,249 dollars');
      const done = await talk.say('yes');
      expect(store().get('Opportunity', deal.Id)!.Amount).to.equal(1249);
      expect(done.speech).to.contain('1,249 dollars');
    });
  });

  describe('requests that are not a person talking', () => {
    function envelopeOf(request: Record<string, unknown>, accessToken?: string): RequestEnvelope {
      const application = { applicationId: LOCAL_SKILL_ID };
      const user = { userId: 'amzn1.ask.account.bad-input', ...(accessToken ? { accessToken } : {}) };
      return {
        version: '1.0',
        context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
        request: { requestId: `amzn1.echo-api.request.${Math.random()}`, timestamp: new Date().toISOString(), locale: 'en-US', ...request },
      } as unknown as RequestEnvelope;
    }

    const SILENT = [
      { type: 'System.ExceptionEncountered', error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'r' } },
      { type: 'AudioPlayer.PlaybackStarted', token: 't', offsetInMilliseconds: 0 },
      { type: 'AudioPlayer.PlaybackFailed', token: 't', error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'x' } },
      { type: 'PlaybackController.PlayCommandIssued' },
      { type: 'Alexa.Presentation.APL.UserEvent', token: 'doc', arguments: ['pressed'] },
      { type: 'Connections.Response', name: 'Buy', status: { code: '200', message: 'OK' }, token: 'x', payload: {} },
      { type: 'AlexaSkillEvent.SkillEnabled', eventCreationTime: new Date().toISOString(), body: {} },
      { type: 'AlexaSkillEvent.SkillAccountLinked', eventCreationTime: new Date().toISOString(), body: { accessToken: 'x' } },
    ];

    for (const request of SILENT) {
      for (const linked of [false, true]) {
        it(`answers ${request.type} without speech, card or reprompt (${linked ? 'linked' : 'unlinked'})`, async () => {
          const { result, lines } = await logsOf(() => stack().app.skill.invoke(envelopeOf(request, linked ? tokens().manager : undefined)));
          expect(result.response).to.deep.equal({});
          expect(lines.filter((l) => l.level === 'error')).to.deep.equal([]);
        });
      }
    }

    it('answers CanFulfillIntentRequest with NO and nothing else', async () => {
      const { response } = await stack().app.skill.invoke(
        envelopeOf({ type: 'CanFulfillIntentRequest', intent: { name: 'TopOpportunitiesIntent', confirmationStatus: 'NONE', slots: {} } }, tokens().manager),
      );
      expect(response).to.deep.equal({ canFulfillIntent: { canFulfill: 'NO' } });
    });

    it('answers an intent it does not know like words it could not place, logging a warning without a stack', async () => {
      const envelope = {
        ...envelopeOf({ type: 'IntentRequest', dialogState: 'STARTED', intent: { name: 'FutureIntent', confirmationStatus: 'NONE', slots: {} } }, tokens().manager),
        session: { new: true, sessionId: 'amzn1.echo-api.session.unknown', application: { applicationId: LOCAL_SKILL_ID }, user: { userId: 'u', accessToken: tokens().manager }, attributes: {} },
      } as RequestEnvelope;
      const fallback = await talkTo(stack(), { accessToken: tokens().manager }).say('ask sales assistant to fly me to the moon please');
      const { result, lines } = await logsOf(() => stack().app.skill.invoke(envelope));
      expect(speechOf(result)).to.equal(fallback.ssml);
      expect(lines.filter((l) => l.level === 'error')).to.deep.equal([]);
      expect(lines.find((l) => l.message === 'unknown intent')).to.deep.include({ level: 'warn', intent: 'FutureIntent' });
      expect(JSON.stringify(lines)).to.not.contain('stack');
    });

    it('answers an envelope without `context` from its session', async () => {
      const manager = stack().org.store.get('User', demoUser(stack(), 'manager').id)!;
      const envelope = {
        version: '1.0',
        session: { new: true, sessionId: 'amzn1.echo-api.session.nocontext', application: { applicationId: LOCAL_SKILL_ID }, user: { userId: 'u', accessToken: tokens().manager }, attributes: {} },
        request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.nocontext', timestamp: new Date().toISOString(), locale: 'en-US' },
      } as unknown as RequestEnvelope;
      const ssml = speechOf(await stack().app.skill.invoke(envelope));
      expect(ssml).to.match(new RegExp(`^<speak>Hi ${manager.FirstName}\\.`));
    });
  });
});
