import { expect } from 'chai';
import type { dialog, Directive, IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { DYNAMIC_ENTITIES_TTL_MS, dynamicAuthority, indexDynamicEntities, resolve, staticAuthority } from '../../local/simulator';
import { checkResponse } from '../../local/simulator/validate';
import { buildEchoSkill, SKILL_ID } from './fixtures/echo-skill';
import { fixtureModel, lines, newSimulator, NOW, nluState, spoken } from './helpers';

const PERSON_DYNAMIC = dynamicAuthority(SKILL_ID, 'Person');
const PERSON_STATIC = staticAuthority(SKILL_ID, 'Person');

const TEAM: dialog.DynamicEntitiesDirective = {
  type: 'Dialog.UpdateDynamicEntities',
  updateBehavior: 'REPLACE',
  types: [
    {
      name: 'Person',
      values: [
        { id: 'P1', name: { value: 'James Carter', synonyms: ['james', 'jim carter'] } },
        { id: 'P2', name: { value: 'James Lee', synonyms: ['james'] } },
        { id: 'P3', name: { value: 'Lena Ortiz', synonyms: ['lena'] } },
      ],
    },
    { name: 'DealName', values: [{ id: 'D1', name: { value: 'Acme Expansion', synonyms: ['the expansion'] } }] },
  ],
};
const OTHER_TEAM: dialog.DynamicEntitiesDirective = {
  type: 'Dialog.UpdateDynamicEntities',
  updateBehavior: 'REPLACE',
  types: [{ name: 'Person', values: [{ id: 'P9', name: { value: 'Omar Haddad', synonyms: ['omar'] } }] }],
};
const CLEAR: dialog.DynamicEntitiesDirective = { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' };

function withDirectives(directives: Record<string, Directive[]>, extra: Parameters<typeof newSimulator>[0] = {}) {
  return newSimulator({ skill: buildEchoSkill({ directives }), ...extra });
}

function lastSlot(requests: readonly { request: RequestEnvelope }[], name: string): Slot {
  const request = requests.at(-1)!.request.request as IntentRequest;
  return request.intent.slots![name]!;
}

describe('simulator dynamic entities (Dialog.UpdateDynamicEntities)', () => {
  it('remembers the types a launch response REPLACEs, and says so in the transcript', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      expect(sim.dynamicEntities).to.deep.equal([]);
      const turns = await sim.say('open sales assistant');
      expect(lines(turns)).to.include('system: dynamic entities: Person (3 values), DealName (1 value)');
      expect(sim.dynamicEntities).to.deep.equal(TEAM.types);
    } finally {
      await sim.close();
    }
  });

  it('resolves a dynamic name under the dynamic authority first, the static one after with its own status', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      const turns = await sim.say('show the deals of james carter');
      expect(spoken(turns)).to.deep.equal(['PersonDealsIntent: person james carter (dynamic P1, static no match). Turn 2.']);
      const slot = lastSlot(sim.invocations, 'person');
      expect(slot.value).to.equal('james carter');
      expect(slot.resolutions).to.deep.equal({
        resolutionsPerAuthority: [
          { authority: PERSON_DYNAMIC, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'James Carter', id: 'P1' } }] },
          { authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } },
        ],
      });
      expect(PERSON_DYNAMIC).to.equal(`amzn1.er-authority.echo-sdk.dynamic.${SKILL_ID}.Person`);
      expect(PERSON_STATIC).to.equal(`amzn1.er-authority.echo-sdk.${SKILL_ID}.Person`);
      expect(slot.slotValue).to.deep.equal({ type: 'Simple', value: 'james carter', resolutions: slot.resolutions });
    } finally {
      await sim.close();
    }
  });

  it('matches a dynamic synonym and lists every entry it names ("james" is two people)', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      await sim.say('how is james doing');
      const [dynamic, stat] = lastSlot(sim.invocations, 'person').resolutions!.resolutionsPerAuthority!;
      expect(dynamic).to.deep.equal({
        authority: PERSON_DYNAMIC,
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: 'James Carter', id: 'P1' } }, { value: { name: 'James Lee', id: 'P2' } }],
      });
      expect(stat).to.deep.equal({ authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } });
    } finally {
      await sim.close();
    }
  });

  it('still resolves static values, with the dynamic authority saying no match', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      await sim.say('how is pat doing');
      expect(lastSlot(sim.invocations, 'person').resolutions!.resolutionsPerAuthority).to.deep.equal([
        { authority: PERSON_DYNAMIC, status: { code: 'ER_SUCCESS_NO_MATCH' } },
        { authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'Pat Morgan', id: 'STATIC-PAT' } }] },
      ]);
      await sim.say('how is bob doing');
      const slot = lastSlot(sim.invocations, 'person');
      expect(slot.value).to.equal('bob');
      expect(slot.resolutions!.resolutionsPerAuthority).to.deep.equal([
        { authority: PERSON_DYNAMIC, status: { code: 'ER_SUCCESS_NO_MATCH' } },
        { authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ]);
    } finally {
      await sim.close();
    }
  });

  it('hears a dynamic name as a slot value where unknown words would not be (extra words around the request)', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      expect(spoken(await sim.say('so how is bob doing'))[0]).to.match(/^AMAZON\.FallbackIntent/);
      expect(spoken(await sim.say('so how is lena doing'))).to.deep.equal(['PersonDealsIntent: person lena (dynamic P3, static no match). Turn 3.']);
    } finally {
      await sim.close();
    }
  });

  it('without dynamic entities, a custom slot of unknown words has the words as heard and the static authority only, ER_SUCCESS_NO_MATCH', async () => {
    const sim = newSimulator();
    try {
      await sim.say('open sales assistant');
      await sim.say('how is james doing');
      const slot = lastSlot(sim.invocations, 'person');
      expect(slot.value).to.equal('james');
      expect(slot.resolutions).to.deep.equal({ resolutionsPerAuthority: [{ authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } }] });
      await sim.say('how is pat doing');
      expect(lastSlot(sim.invocations, 'person').resolutions).to.deep.equal({
        resolutionsPerAuthority: [{ authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'Pat Morgan', id: 'STATIC-PAT' } }] }],
      });
    } finally {
      await sim.close();
    }
  });

  it('REPLACE drops every dynamic type it does not name; CLEAR drops them all', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM], 'AMAZON.NextIntent': [OTHER_TEAM], 'AMAZON.HelpIntent': [CLEAR] });
    try {
      await sim.say('open sales assistant');
      await sim.say('what is the status of the expansion');
      expect(lastSlot(sim.invocations, 'deal').resolutions!.resolutionsPerAuthority![0]).to.deep.include({ status: { code: 'ER_SUCCESS_MATCH' } });

      expect(lines(await sim.say('what else'))).to.include('system: dynamic entities: Person (1 value)');
      expect(sim.dynamicEntities).to.deep.equal(OTHER_TEAM.types);
      await sim.say('how is james doing');
      expect(lastSlot(sim.invocations, 'person').resolutions!.resolutionsPerAuthority![0]).to.deep.equal({ authority: PERSON_DYNAMIC, status: { code: 'ER_SUCCESS_NO_MATCH' } });
      await sim.say('how is omar doing');
      expect(lastSlot(sim.invocations, 'person').resolutions!.resolutionsPerAuthority![0]!.values).to.deep.equal([{ value: { name: 'Omar Haddad', id: 'P9' } }]);
      await sim.say('what is the status of the expansion');
      expect(lastSlot(sim.invocations, 'deal').resolutions!.resolutionsPerAuthority).to.have.length(1);

      expect(lines(await sim.say('help'))).to.include('system: dynamic entities cleared');
      expect(sim.dynamicEntities).to.deep.equal([]);
      await sim.say('how is omar doing');
      expect(lastSlot(sim.invocations, 'person').resolutions).to.deep.equal({ resolutionsPerAuthority: [{ authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } }] });
    } finally {
      await sim.close();
    }
  });

  it('ends dynamic entities with the session', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      await sim.say('stop');
      expect(sim.sessionOpen).to.equal(false);
      expect(sim.dynamicEntities).to.deep.equal([]);
      await sim.say('ask sales assistant how is james doing');
      const request = sim.invocations.at(-1)!.request;
      expect(request.session!.new).to.equal(true);
      expect(lastSlot(sim.invocations, 'person').resolutions).to.deep.equal({ resolutionsPerAuthority: [{ authority: PERSON_STATIC, status: { code: 'ER_SUCCESS_NO_MATCH' } }] });
    } finally {
      await sim.close();
    }
  });

  it('ends dynamic entities when the user exits too, and a new launch pushes them again', async () => {
    const sim = withDirectives({ LaunchRequest: [TEAM] });
    try {
      await sim.say('open sales assistant');
      await sim.say('exit');
      expect(sim.dynamicEntities).to.deep.equal([]);
      await sim.say('open sales assistant');
      expect(sim.dynamicEntities).to.deep.equal(TEAM.types);
    } finally {
      await sim.close();
    }
  });

  it('forgets dynamic entities 30 minutes after the update', async () => {
    let clock = NOW;
    const sim = withDirectives({ LaunchRequest: [TEAM] }, { now: () => clock });
    try {
      await sim.say('open sales assistant');
      clock = new Date(NOW.getTime() + DYNAMIC_ENTITIES_TTL_MS - 1000);
      expect(sim.dynamicEntities).to.have.length(2);
      clock = new Date(NOW.getTime() + DYNAMIC_ENTITIES_TTL_MS);
      expect(sim.dynamicEntities).to.deep.equal([]);
      await sim.say('how is james doing');
      expect(lastSlot(sim.invocations, 'person').resolutions!.resolutionsPerAuthority).to.have.length(1);
    } finally {
      await sim.close();
    }
  });

  it('rejects an invalid directive like any invalid response, and keeps no dynamic entities', async () => {
    const broken = { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'REPLACE', types: [{ name: 'Person', values: [{ id: 'P1', name: {} }] }] };
    const sim = withDirectives({ LaunchRequest: [broken as unknown as Directive] });
    try {
      const turns = await sim.say('open sales assistant');
      expect(lines(turns)).to.include('system: error: Dialog.UpdateDynamicEntities types[0].values[0]: name.value must be a non-empty string');
      expect(spoken(turns)).to.include("There was a problem with the requested skill's response");
      expect(sim.sessionOpen).to.equal(false);
      expect(sim.dynamicEntities).to.deep.equal([]);
    } finally {
      await sim.close();
    }
  });

  describe('validation', () => {
    const customTypes = new Set(['Person', 'DealName', 'AccountName']);
    const check = (directive: unknown, shouldEndSession?: boolean) =>
      checkResponse(
        { version: '1.0', response: { directives: [directive as Directive], shouldEndSession, reprompt: { outputSpeech: { type: 'PlainText', text: 'And?' } } } },
        { requestType: 'LaunchRequest', screen: false, customTypes },
      ).map((p) => `${p.severity}: ${p.message}`);
    const person = (values: unknown[]) => ({ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'REPLACE', types: [{ name: 'Person', values }] });

    it('accepts REPLACE and CLEAR, in answer to a launch as to an intent', () => {
      expect(check(TEAM)).to.deep.equal([]);
      expect(check(CLEAR)).to.deep.equal([]);
    });

    it('needs updateBehavior REPLACE or CLEAR', () => {
      expect(check({ type: 'Dialog.UpdateDynamicEntities', types: TEAM.types })).to.deep.equal(['error: Dialog.UpdateDynamicEntities: updateBehavior must be REPLACE or CLEAR, not undefined']);
      expect(check({ ...TEAM, updateBehavior: 'ADD' })).to.deep.equal(['error: Dialog.UpdateDynamicEntities: updateBehavior must be REPLACE or CLEAR, not "ADD"']);
    });

    it('needs a types array for REPLACE, of custom types of the model, each with a values array', () => {
      expect(check({ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'REPLACE' })).to.deep.equal(['error: Dialog.UpdateDynamicEntities: REPLACE needs a non-empty types array']);
      expect(check({ ...TEAM, types: [] })).to.deep.equal(['error: Dialog.UpdateDynamicEntities: REPLACE needs a non-empty types array']);
      expect(check({ ...TEAM, types: [{ name: 'Colleague', values: [] }] })).to.deep.equal([
        'error: Dialog.UpdateDynamicEntities types[0]: Colleague is not a custom slot type of the interaction model',
      ]);
      expect(check({ ...TEAM, types: [{ name: 'Person' }] })).to.deep.equal(['error: Dialog.UpdateDynamicEntities types[0]: values must be an array']);
    });

    it('needs name.value on every value, an id (a warning without), synonyms as strings', () => {
      expect(check(person([{ id: 'P1', name: { value: '' } }]))).to.deep.equal(['error: Dialog.UpdateDynamicEntities types[0].values[0]: name.value must be a non-empty string']);
      expect(check(person([{ name: { value: 'James' } }]))).to.deep.equal(['warning: Dialog.UpdateDynamicEntities types[0].values[0]: no id, so the skill cannot tell which value matched']);
      expect(check(person([{ id: 7, name: { value: 'James' } }]))).to.deep.equal(['error: Dialog.UpdateDynamicEntities types[0].values[0]: id must be a non-empty string']);
      expect(check(person([{ id: 'P1', name: { value: 'James', synonyms: 'jim' } }]))).to.deep.equal(['error: Dialog.UpdateDynamicEntities types[0].values[0]: name.synonyms must be an array of strings']);
    });

    it('caps the directive at 100 values, counting every type', () => {
      const values = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: { value: `${prefix} ${i}` } }));
      expect(check(person(values(100, 'P')))).to.deep.equal([]);
      expect(check({ ...TEAM, types: [{ name: 'Person', values: values(60, 'P') }, { name: 'DealName', values: values(41, 'D') }] })).to.deep.equal([
        "error: Dialog.UpdateDynamicEntities: 101 values, over Alexa's 100",
      ]);
    });

    it('warns that entities pushed with shouldEndSession true end at once', () => {
      expect(check(TEAM, true)).to.deep.equal(['warning: Dialog.UpdateDynamicEntities with shouldEndSession true: dynamic entities end with the session']);
    });
  });

  describe('the NLU on its own', () => {
    it('takes the dynamic entities as NluState.dynamicEntities', () => {
      const dynamicEntities = indexDynamicEntities(TEAM.types!);
      const result = resolve('how is jim carter doing', fixtureModel, nluState(true, { dynamicEntities }));
      expect(result.kind).to.equal('intent');
      if (result.kind !== 'intent') return;
      expect(result.intent.slots!.person!.resolutions!.resolutionsPerAuthority![0]!.values).to.deep.equal([{ value: { name: 'James Carter', id: 'P1' } }]);
    });
  });
});
