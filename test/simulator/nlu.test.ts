import { expect } from 'chai';
import type { Intent, Slot } from 'ask-sdk-model';
import { resolve, type Resolution } from '../../local/simulator';
import { SKILL_ID } from './fixtures/echo-skill';
import { fixtureModel, nluState, realModel } from './helpers';

function intentOf(resolution: Resolution): Intent {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${JSON.stringify(resolution)}`);
  return resolution.intent;
}

function slot(intent: Intent, name: string): Slot {
  const found = intent.slots?.[name];
  if (!found) throw new Error(`${intent.name} has no slot ${name}`);
  return found;
}

/** The id entity resolution matched, or the status code when it matched nothing. */
function resolvedId(s: Slot): string | undefined {
  const authority = s.resolutions?.resolutionsPerAuthority?.[0];
  return authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values[0]!.value.id : authority?.status.code;
}

describe('simulator NLU', () => {
  describe('against the generated en-US model', () => {
    const outside = nluState(false);
    const inside = nluState(true);

    it('"ask sales assistant for my top three opportunities" → TopOpportunitiesIntent, count 3, scope MINE', () => {
      const intent = intentOf(resolve('ask sales assistant for my top three opportunities', realModel, outside));
      expect(intent.name).to.equal('TopOpportunitiesIntent');
      expect(slot(intent, 'count').value).to.equal('3');
      expect(slot(intent, 'scope').value).to.equal('my');
      expect(resolvedId(slot(intent, 'scope'))).to.equal('MINE');
      expect(slot(intent, 'period')).to.deep.equal({ name: 'period', confirmationStatus: 'NONE' });
      expect(intent.confirmationStatus).to.equal('NONE');
    });

    it('resolves scope and period synonyms to their ids: "top three deals for the team closing this quarter"', () => {
      const intent = intentOf(resolve('top three deals for the team closing this quarter', realModel, inside));
      expect(intent.name).to.equal('TopOpportunitiesIntent');
      expect(slot(intent, 'count').value).to.equal('3');
      expect(slot(intent, 'scope').value).to.equal('the team');
      expect(resolvedId(slot(intent, 'scope'))).to.equal('TEAM');
      expect(slot(intent, 'scope').resolutions!.resolutionsPerAuthority![0]!.values[0]!.value.name).to.equal("my team's");
      expect(slot(intent, 'scope').resolutions!.resolutionsPerAuthority![0]!.authority)
        .to.equal(`amzn1.er-authority.echo-sdk.${SKILL_ID}.OwnerScope`);
      expect(resolvedId(slot(intent, 'period'))).to.equal('THIS_QUARTER');
    });

    it('"biggest opportunities closing this month" → period THIS_MONTH', () => {
      const intent = intentOf(resolve('biggest opportunities closing this month', realModel, inside));
      expect(intent.name).to.equal('TopOpportunitiesIntent');
      expect(resolvedId(slot(intent, 'period'))).to.equal('THIS_MONTH');
      expect(slot(intent, 'count').value).to.equal(undefined);
    });

    it('is case- and punctuation-insensitive, ignores "Alexa," and "please", passes digits through', () => {
      const intent = intentOf(resolve("Alexa, ask Sales Assistant: What're my TOP 12 deals, please?", realModel, outside));
      expect(intent.name).to.equal('TopOpportunitiesIntent');
      expect(slot(intent, 'count').value).to.equal('12');
      expect(resolvedId(slot(intent, 'scope'))).to.equal('MINE');
    });

    it('reads spoken numbers as digits: "a hundred and five"', () => {
      const intent = intentOf(resolve("what are everyone's top a hundred and five deals", realModel, inside));
      expect(slot(intent, 'count').value).to.equal('105');
      expect(resolvedId(slot(intent, 'scope'))).to.equal('ALL');
    });

    it('prefers the reading that leaves no words to unresolved slot values', () => {
      // "{scope} top deals" could take "what's my" as an unknown scope; skipping the carrier word explains more.
      const intent = intentOf(resolve("what's my top deals", realModel, inside));
      expect(slot(intent, 'scope').value).to.equal('my');
      expect(resolvedId(slot(intent, 'scope'))).to.equal('MINE');
    });

    it('reports ER_SUCCESS_NO_MATCH, without values, for a custom value that matches nothing', () => {
      const intent = intentOf(resolve("what's in the marketing department", realModel, inside));
      const category = slot(intent, 'category');
      expect(category.value).to.equal('the marketing department');
      expect(category.resolutions!.resolutionsPerAuthority![0]).to.deep.equal({
        authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.ForecastCategory`,
        status: { code: 'ER_SUCCESS_NO_MATCH' },
      });
    });

    for (const text of ['open sales assistant', 'launch sales assistant', 'start sales assistant', 'begin sales assistant', 'talk to sales assistant', 'Alexa, open Sales Assistant', 'ask sales assistant']) {
      it(`"${text}" → LaunchRequest`, () => expect(resolve(text, realModel, outside)).to.deep.equal({ kind: 'launch' }));
    }

    for (const text of [
      'tell sales assistant to give me my top deals',
      'ask sales assistant about my top deals',
      'open sales assistant and get my top deals',
      'my top deals using sales assistant',
      'get my top deals from sales assistant',
    ]) {
      it(`"${text}" carries the request`, () => {
        const intent = intentOf(resolve(text, realModel, outside));
        expect(intent.name).to.equal('TopOpportunitiesIntent');
        expect(resolvedId(slot(intent, 'scope'))).to.equal('MINE');
      });
    }

    it('sends gibberish to AMAZON.FallbackIntent, in a session and in a one-shot', () => {
      expect(intentOf(resolve('blorp fizzle wug', realModel, inside)).name).to.equal('AMAZON.FallbackIntent');
      expect(intentOf(resolve('ask sales assistant blorp fizzle wug', realModel, outside)).name).to.equal('AMAZON.FallbackIntent');
    });

    it('leaves utterances without the invocation name to Alexa when no session is open', () => {
      expect(resolve('my top deals', realModel, outside)).to.deep.equal({ kind: 'not-for-skill' });
    });

    const builtIns: [string, string][] = [
      ['help', 'AMAZON.HelpIntent'], ['what can I say', 'AMAZON.HelpIntent'], ['what can you do', 'AMAZON.HelpIntent'],
      ['stop', 'AMAZON.StopIntent'], ['off', 'AMAZON.StopIntent'], ['cancel', 'AMAZON.CancelIntent'], ['never mind', 'AMAZON.CancelIntent'],
      ['forget it', 'AMAZON.CancelIntent'], ['yes', 'AMAZON.YesIntent'], ['yeah', 'AMAZON.YesIntent'], ['yes please', 'AMAZON.YesIntent'],
      ['sure', 'AMAZON.YesIntent'], ['no', 'AMAZON.NoIntent'], ['no thanks', 'AMAZON.NoIntent'], ['nope', 'AMAZON.NoIntent'],
      ['next', 'AMAZON.NextIntent'], ['the next five', 'AMAZON.NextIntent'], ['more', 'AMAZON.NextIntent'], ['keep going', 'AMAZON.NextIntent'],
      ['repeat', 'AMAZON.RepeatIntent'], ['say that again', 'AMAZON.RepeatIntent'], ['go home', 'AMAZON.NavigateHomeIntent'],
    ];
    for (const [text, name] of builtIns) {
      it(`"${text}" → ${name}`, () => expect(intentOf(resolve(text, realModel, inside)).name).to.equal(name));
    }

    it('gives built-in phrases only to built-in intents the model declares', () => {
      // AMAZON.PreviousIntent is in the en-US model; StartOverIntent is not.
      expect(intentOf(resolve('go back', realModel, inside)).name).to.equal('AMAZON.PreviousIntent');
      expect(intentOf(resolve('start over', realModel, inside)).name).to.equal('AMAZON.FallbackIntent');
    });

    it('"exit" ends an open session; in a one-shot it is a stop', () => {
      expect(resolve('exit', realModel, inside)).to.deep.equal({ kind: 'end-session' });
      expect(resolve('quit', realModel, inside)).to.deep.equal({ kind: 'end-session' });
      expect(intentOf(resolve('tell sales assistant to quit', realModel, outside)).name).to.equal('AMAZON.StopIntent');
    });
  });

  describe('against the fixture model', () => {
    const inside = nluState(true);

    it('fills AMAZON.DATE, AMAZON.TIME and AMAZON.DURATION in Alexa formats; custom slots keep the words said', () => {
      const intent = intentOf(resolve('schedule a meeting with acme corp on tuesday at 10:30 pm for an hour and a half', fixtureModel, inside));
      expect(intent.name).to.equal('ScheduleMeetingIntent');
      expect(slot(intent, 'account').value).to.equal('acme corp');
      expect(resolvedId(slot(intent, 'account'))).to.equal('ACME');
      expect(slot(intent, 'date').value).to.equal('2026-12-01');
      expect(slot(intent, 'time').value).to.equal('22:30');
      expect(slot(intent, 'duration').value).to.equal('PT1H30M');
      expect(slot(intent, 'date').slotValue).to.deep.equal({ type: 'Simple', value: '2026-12-01' });
    });

    it('reads relative dates: "schedule a meeting next week" → 2026-W49', () => {
      expect(slot(intentOf(resolve('schedule a meeting next week', fixtureModel, inside)), 'date').value).to.equal('2026-W49');
      expect(slot(intentOf(resolve('schedule a meeting this weekend', fixtureModel, inside)), 'date').value).to.equal('2026-W48-WE');
    });

    it('takes AMAZON.SearchQuery and AMAZON.FirstName as free text', () => {
      expect(slot(intentOf(resolve('create a case about the printer is on fire', fixtureModel, inside)), 'subject').value)
        .to.equal('the printer is on fire');
      const contact = slot(intentOf(resolve('who is Bob', fixtureModel, inside)), 'contact');
      expect(contact.value).to.equal('bob');
      expect(contact.resolutions).to.equal(undefined);
    });

    it('does not let a free-text slot alone claim an utterance', () => {
      // "find the account {account}" needs its carrier words; a bare unknown name is not that intent.
      expect(intentOf(resolve('zyxxy', fixtureModel, inside)).name).to.equal('AMAZON.FallbackIntent');
    });

    it('adds the samples a model gives a built-in intent', () => {
      expect(intentOf(resolve('what else', fixtureModel, inside)).name).to.equal('AMAZON.NextIntent');
    });

    describe('answers to what Alexa asked', () => {
      const meeting = intentOf(resolve('schedule a meeting with globex', fixtureModel, inside));

      it('fills the elicited slot from the slot samples ("at ten am") or the bare value ("tuesday")', () => {
        const reply = resolve('at ten am', fixtureModel, nluState(true, { expecting: { kind: 'elicit', intent: meeting, slot: 'time' } }));
        expect(reply).to.include({ kind: 'intent', answered: true });
        const time = intentOf(reply);
        expect(time.name).to.equal('ScheduleMeetingIntent');
        expect(slot(time, 'time').value).to.equal('10:00');
        expect(slot(time, 'account').value).to.equal('globex');
        const date = intentOf(resolve('tuesday', fixtureModel, nluState(true, { expecting: { kind: 'elicit', intent: meeting, slot: 'date' } })));
        expect(slot(date, 'date').value).to.equal('2026-12-01');
      });

      it('fills other slots from the intent samples while eliciting', () => {
        const expecting = { kind: 'elicit' as const, intent: meeting, slot: 'date' };
        const answer = intentOf(resolve('schedule a meeting with acme on friday at noon for thirty minutes', fixtureModel, nluState(true, { expecting })));
        expect(resolvedId(slot(answer, 'account'))).to.equal('ACME');
        expect(slot(answer, 'date').value).to.equal('2026-11-27');
        expect(slot(answer, 'time').value).to.equal('12:00');
        expect(slot(answer, 'duration').value).to.equal('PT30M');
      });

      it('lets "help" or "stop" interrupt an elicitation', () => {
        const expecting = { kind: 'elicit' as const, intent: meeting, slot: 'time' };
        const help = resolve('help', fixtureModel, nluState(true, { expecting }));
        expect(help).to.include({ kind: 'intent', answered: false });
        expect(intentOf(help).name).to.equal('AMAZON.HelpIntent');
      });

      it('turns yes/no into confirmationStatus for a slot or the intent', () => {
        const confirmSlot = { kind: 'confirm-slot' as const, intent: meeting, slot: 'account' };
        expect(slot(intentOf(resolve('yeah', fixtureModel, nluState(true, { expecting: confirmSlot }))), 'account').confirmationStatus).to.equal('CONFIRMED');
        expect(slot(intentOf(resolve('nope', fixtureModel, nluState(true, { expecting: confirmSlot }))), 'account').confirmationStatus).to.equal('DENIED');
        const confirmIntent = { kind: 'confirm-intent' as const, intent: meeting };
        const confirmed = intentOf(resolve('yes', fixtureModel, nluState(true, { expecting: confirmIntent })));
        expect(confirmed.name).to.equal('ScheduleMeetingIntent');
        expect(confirmed.confirmationStatus).to.equal('CONFIRMED');
        expect(intentOf(resolve('no thanks', fixtureModel, nluState(true, { expecting: confirmIntent }))).confirmationStatus).to.equal('DENIED');
      });
    });
  });
});
