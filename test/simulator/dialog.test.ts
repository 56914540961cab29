import { expect } from 'chai';
import type { Intent, IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { DialogSimulator, Turn } from '../../local/simulator';
import { fixtureModel, lines, newSimulator } from './helpers';

async function conversation(sim: DialogSimulator, utterances: string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const u of utterances) turns.push(...(await sim.say(u)));
  return turns;
}

function intentRequests(sim: DialogSimulator, name: string): IntentRequest[] {
  return sim.invocations
    .map((i) => i.request.request)
    .filter((r): r is IntentRequest => r.type === 'IntentRequest' && r.intent.name === name);
}

describe('simulator dialogs', () => {
  let sim: DialogSimulator;
  afterEach(() => sim.close());

  describe('Dialog.Delegate', () => {
    it("elicits and confirms with the model's prompts, then sends COMPLETED with the confirmations", async () => {
      sim = newSimulator();
      const turns = await conversation(sim, ['open sales assistant', 'schedule a meeting', 'globex', 'yes', 'tuesday', 'at ten thirty pm', 'yes']);
      expect(lines(turns).slice(2)).to.deep.equal([
        'user: schedule a meeting',
        'alexa: ',
        'alexa: With which account?',
        'user: globex',
        'alexa: ',
        'alexa: globex, right?',
        'user: yes',
        'alexa: ',
        'alexa: On what day?',
        'user: tuesday',
        'alexa: ',
        'alexa: At what time?',
        'user: at ten thirty pm',
        'alexa: ',
        'alexa: Shall I schedule the meeting with globex on 2026-12-01 at 22:30?',
        'user: yes',
        'alexa: Meeting scheduled: account globex (GLOBEX), date 2026-12-01, time 22:30.',
        'system: session ended (shouldEndSession true)',
      ]);
      const requests = intentRequests(sim, 'ScheduleMeetingIntent');
      expect(requests.map((r) => r.dialogState)).to.deep.equal(['STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED']);
      const last = requests.at(-1)!.intent;
      expect(last.confirmationStatus).to.equal('CONFIRMED');
      expect(last.slots!.account!.confirmationStatus).to.equal('CONFIRMED');
      expect(last.slots!.date!.value).to.equal('2026-12-01');
      expect(last.slots!.time!.value).to.equal('22:30');
      expect(last.slots!.duration).to.deep.equal({ name: 'duration', confirmationStatus: 'NONE' });
    });

    it('asks for a denied slot again, and sends COMPLETED with DENIED when the user rejects the intent', async () => {
      sim = newSimulator();
      const turns = await conversation(sim, ['ask sales assistant to schedule a meeting with acme on friday at noon', 'no', 'globex industries', 'yes', 'no']);
      expect(lines(turns).filter((l) => l.startsWith('alexa: ') && l !== 'alexa: ')).to.deep.equal([
        'alexa: acme, right?',
        'alexa: With which account?',
        'alexa: globex industries, right?',
        'alexa: Shall I schedule the meeting with globex industries on 2026-11-27 at 12:00?',
        'alexa: Okay, no meeting.',
      ]);
      const requests = intentRequests(sim, 'ScheduleMeetingIntent');
      expect(requests[1]!.intent.slots!.account!.confirmationStatus).to.equal('DENIED');
      const last = requests.at(-1)!;
      expect(last.dialogState).to.equal('COMPLETED');
      expect(last.intent.confirmationStatus).to.equal('DENIED');
      expect(last.intent.slots!.account!.value).to.equal('globex industries');
    });

    it('lets the user leave the dialog: "help" while a slot is elicited goes to HelpIntent', async () => {
      sim = newSimulator();
      const turns = await conversation(sim, ['open sales assistant', 'schedule a meeting', 'help', 'tuesday']);
      expect(lines(turns).slice(-5)).to.deep.equal([
        'alexa: With which account?',
        'user: help',
        'alexa: AMAZON.HelpIntent. Turn 3.',
        'user: tuesday',
        'alexa: AMAZON.FallbackIntent. Turn 4.',
      ]);
    });

    it('starts over when, asked to confirm, the user makes the request again instead of answering', async () => {
      sim = newSimulator();
      await conversation(sim, ['ask sales assistant to schedule a meeting with acme on friday at noon', 'yes']);
      const turns = await sim.say('schedule a meeting with globex');
      expect(lines(turns).slice(-1)).to.deep.equal(['alexa: globex, right?']);
      const requests = intentRequests(sim, 'ScheduleMeetingIntent');
      expect(requests.map((r) => r.dialogState)).to.deep.equal(['STARTED', 'IN_PROGRESS', 'STARTED']);
      expect(requests.at(-1)!.intent.confirmationStatus).to.equal('NONE');
    });

    it('completes at once when the updated intent needs nothing more', async () => {
      const done: Intent = {
        name: 'ScheduleMeetingIntent',
        confirmationStatus: 'CONFIRMED',
        slots: {
          account: { name: 'account', value: 'acme', confirmationStatus: 'CONFIRMED' },
          date: { name: 'date', value: '2026-12-01', confirmationStatus: 'NONE' },
          time: { name: 'time', value: '10:00', confirmationStatus: 'NONE' },
        },
      };
      sim = newSimulator({
        skill: {
          invoke: async (env: RequestEnvelope): Promise<ResponseEnvelope> => {
            const state = (env.request as IntentRequest).dialogState;
            if (state === 'STARTED') return { version: '1.0', response: { directives: [{ type: 'Dialog.Delegate', updatedIntent: done }] } };
            return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: `Done, ${state}.` }, shouldEndSession: true } };
          },
        },
      });
      const turns = await sim.say('ask sales assistant to schedule a meeting');
      expect(lines(turns)).to.deep.equal(['user: ask sales assistant to schedule a meeting', 'alexa: ', 'alexa: Done, COMPLETED.', 'system: session ended (shouldEndSession true)']);
      const requests = intentRequests(sim, 'ScheduleMeetingIntent');
      expect(requests.map((r) => r.dialogState)).to.deep.equal(['STARTED', 'COMPLETED']);
      expect(requests[1]!.intent.slots!.duration).to.deep.equal({ name: 'duration', confirmationStatus: 'NONE' });
    });

    it('treats a Delegate for a COMPLETED dialog as an invalid response instead of looping', async () => {
      sim = newSimulator({
        skill: {
          invoke: async (env: RequestEnvelope): Promise<ResponseEnvelope> =>
            env.request.type === 'SessionEndedRequest'
              ? { version: '1.0', response: {} }
              : { version: '1.0', response: { directives: [{ type: 'Dialog.Delegate', updatedIntent: { name: 'CheckPipelineIntent', confirmationStatus: 'NONE' } }] } },
        },
      });
      const turns = await sim.say('ask sales assistant to check the pipeline');
      expect(lines(turns)).to.include('system: error: Dialog.Delegate for a dialog that is already COMPLETED');
      expect(sim.invocations.map((i) => i.request.request.type)).to.deep.equal(['IntentRequest', 'IntentRequest', 'SessionEndedRequest']);
    });
  });

  it('auto-delegates (delegationStrategy ALWAYS): the skill hears only the COMPLETED intent', async () => {
    sim = newSimulator();
    const turns = await conversation(sim, ['ask sales assistant to create a case', 'the printer is on fire', 'yes']);
    expect(lines(turns)).to.deep.equal([
      'user: ask sales assistant to create a case',
      'alexa: What is the case about?',
      'user: the printer is on fire',
      'alexa: A case about the printer is on fire. Is that right?',
      'user: yes',
      'alexa: CreateCaseIntent COMPLETED: subject the printer is on fire. Turn 1.',
    ]);
    expect(sim.invocations).to.have.length(1);
    const only = sim.invocations[0]!.request;
    expect(only.session!.new).to.equal(true);
    expect((only.request as IntentRequest).intent.slots!.subject).to.include({ value: 'the printer is on fire', confirmationStatus: 'CONFIRMED' });
  });

  it('applies a skill-wide ALWAYS to intents that do not set their own strategy', async () => {
    const model = structuredClone(fixtureModel);
    const dialog = model.interactionModel.dialog!;
    dialog.delegationStrategy = 'ALWAYS';
    dialog.intents.find((i) => i.name === 'CreateCaseIntent')!.delegationStrategy = 'SKILL_RESPONSE';
    sim = newSimulator({ model });
    await conversation(sim, ['ask sales assistant to schedule a meeting with acme on friday at noon', 'yes', 'yes']);
    expect(intentRequests(sim, 'ScheduleMeetingIntent').map((r) => r.dialogState)).to.deep.equal(['COMPLETED']);
    await conversation(sim, ['ask sales assistant to create a case']);
    expect(intentRequests(sim, 'CreateCaseIntent').map((r) => r.dialogState)).to.deep.equal(['STARTED']);
  });

  it('follows Dialog.ElicitSlot, ConfirmSlot and ConfirmIntent from the skill, with IN_PROGRESS answers', async () => {
    sim = newSimulator();
    const turns = await conversation(sim, ['open sales assistant', 'register an opportunity', 'fifty thousand dollars', 'no', 'it is worth sixty thousand', 'yes', 'yes']);
    expect(lines(turns).slice(2)).to.deep.equal([
      'user: register an opportunity',
      'alexa: How much is it worth?',
      'user: fifty thousand dollars',
      'alexa: 50000 dollars, right?',
      'user: no',
      'alexa: How much is it worth?',
      'user: it is worth sixty thousand',
      'alexa: 60000 dollars, right?',
      'user: yes',
      'alexa: Register an opportunity worth 60000?',
      'user: yes',
      'alexa: Registration confirmed.',
      'system: session ended (shouldEndSession true)',
    ]);
    const requests = intentRequests(sim, 'RegisterOpportunityIntent');
    expect(requests.map((r) => r.dialogState)).to.deep.equal(['STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS']);
    expect(requests.map((r) => r.intent.slots!.amount!.confirmationStatus)).to.deep.equal(['NONE', 'NONE', 'DENIED', 'NONE', 'CONFIRMED', 'CONFIRMED']);
    expect(requests.map((r) => r.intent.confirmationStatus)).to.deep.equal(['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'CONFIRMED']);
  });

  it("reprompts an elicitation with the skill's reprompt on silence", async () => {
    sim = newSimulator();
    const turns = await conversation(sim, ['open sales assistant', 'register an opportunity', '']);
    expect(lines(turns).slice(-2)).to.deep.equal(['user: ', 'alexa: How much?']);
  });
});
