import { expect } from 'chai';
import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { IntentRequest, LaunchRequest, RequestEnvelope, Response, Slot, dialog, slu } from 'ask-sdk-model';
import { type RequestContext, attachContext } from '../../lambda/src/context';
import { translatorFor } from '../../lambda/src/i18n';
import { PEOPLE_SENT, peopleEntitiesInterceptor } from '../../lambda/src/interceptors/peopleEntities';
import { dynamicEntitiesDirective } from '../../lambda/src/people/dynamicEntities';
import { unknownPersonSpeech, whichPersonOutput } from '../../lambda/src/people/output';
import { type KnownPerson, MAX_PEOPLE, type UserRow, peopleSoql, toPeople } from '../../lambda/src/people/query';
import { resolvePerson } from '../../lambda/src/people/resolve';
import { LinkRequiredError } from '../../lambda/src/salesforce/errors';
import type { Identity } from '../../lambda/src/salesforce/identity';

const SKILL = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const DYNAMIC = `amzn1.er-authority.echo-sdk.dynamic.${SKILL}.Person`;
const STATIC = `amzn1.er-authority.echo-sdk.${SKILL}.Person`;

const MARIA = '005000000000001AAA';
const JAMES_C = '005000000000002AAA';
const JAMES_L = '005000000000003AAA';
const LENA = '005000000000004AAA';
const OLIVER = '005000000000005AAA';
const BOSS = '005000000000009AAA';

const person = (id: string, first: string, last: string): KnownPerson => ({ id, name: `${first} ${last}`, firstName: first, lastName: last });
const PEOPLE: KnownPerson[] = [
  person(MARIA, 'Maria', 'Alvarez'),
  person(JAMES_C, 'James', 'Carter'),
  person(JAMES_L, 'James', 'Lee'),
  person(LENA, 'Léna', 'Fischer'),
  person(OLIVER, 'Oliver', 'Hughes'),
];

/** A resolution as Alexa sends it: one authority, its status, its values. */
function authority(name: string, code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH', values: [name: string, id: string][] = []): slu.entityresolution.Resolution {
  return { authority: name, status: { code }, values: values.map(([n, id]) => ({ value: { name: n, id } })) };
}

function intentEnvelope(slot: Partial<Slot> | undefined, accessToken: string | undefined = 'token'): RequestEnvelope {
  const slots: Record<string, Slot> = slot ? { person: { name: 'person', confirmationStatus: 'NONE', ...slot } } : {};
  const request: IntentRequest = {
    type: 'IntentRequest', requestId: 'req-1', timestamp: '2026-11-27T12:00:00Z', locale: 'en-US', dialogState: 'STARTED',
    intent: { name: 'PipelineIntent', confirmationStatus: 'NONE', slots },
  };
  return envelope(request, accessToken);
}

function envelope(request: IntentRequest | LaunchRequest, accessToken: string | undefined, attributes: Record<string, unknown> = {}): RequestEnvelope {
  const user = { userId: 'amzn1.ask.account.X', ...(accessToken ? { accessToken } : {}) };
  return {
    version: '1.0',
    session: { new: Object.keys(attributes).length === 0, sessionId: 'sess-1', application: { applicationId: SKILL }, user, attributes },
    context: { System: { application: { applicationId: SKILL }, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request,
  };
}

function handlerInput(env: RequestEnvelope): HandlerInput {
  return { requestEnvelope: env, context: {}, attributesManager: AttributesManagerFactory.init({ requestEnvelope: env }), responseBuilder: ResponseFactory.init() };
}

/** A context whose identity carries `people`, counting identity look-ups; no Salesforce behind it. */
function contextFor(env: RequestEnvelope, identity: () => Promise<Identity>, budgetLeftMs = 6000) {
  const calls = { identity: 0 };
  const ctx: RequestContext = {
    t: translatorFor('en-US'), locale: 'en-US', now: new Date('2026-11-27T12:00:00Z'),
    deadline: () => Date.now() + budgetLeftMs,
    identity: () => { calls.identity++; return identity(); },
    salesforce: () => Promise.reject(new Error('no Salesforce in a unit test')),
    features: () => Promise.reject(new Error('no Salesforce in a unit test')),
    picklistLabel: () => Promise.reject(new Error('no Salesforce in a unit test')),
    settings: { scheduleMeetingFlow: 'Schedule_Sales_Meeting' },
    table: { get: async () => undefined, put: async () => {}, putIf: async () => true, delete: async () => {} },
    forgetToken: async () => {},
  };
  attachContext(env, ctx);
  return { ctx, calls };
}

const identity = (people: KnownPerson[] | undefined = PEOPLE): Identity => ({
  userId: MARIA, orgId: '00D000000000001AAA', instanceUrl: 'https://example.my.salesforce.com', firstName: 'Maria',
  timeZone: 'America/New_York', locale: 'en_US', currency: 'USD', fiscalYearStartMonth: 1, hasReports: true, managerId: BOSS, ...(people ? { people } : {}),
});

async function resolve(slot: Partial<Slot> | undefined, people?: KnownPerson[]) {
  const env = intentEnvelope(slot);
  const { ctx, calls } = contextFor(env, async () => identity(people));
  return { match: await resolvePerson(handlerInput(env), ctx, 'person'), calls };
}

describe('people', () => {
  describe('the people query', () => {
    it('asks for the user, their reports two levels down, their manager and peers, active only, in one query', () => {
      expect(peopleSoql(MARIA, BOSS)).to.equal(
        'SELECT Id, FirstName, LastName, Name, ManagerId FROM User WHERE IsActive = true AND ' +
          `(Id = '${MARIA}' OR ManagerId = '${MARIA}' OR Manager.ManagerId = '${MARIA}' OR Id = '${BOSS}' OR ManagerId = '${BOSS}') ORDER BY Name LIMIT 200`,
      );
    });

    it('leaves the manager and peers out for a user without a manager', () => {
      const soql = peopleSoql(MARIA, null);
      expect(soql).to.contain(`(Id = '${MARIA}' OR ManagerId = '${MARIA}' OR Manager.ManagerId = '${MARIA}')`);
      expect(soql).to.not.contain('OR Id =');
    });

    it('refuses an id that is not a Salesforce id', () => {
      expect(() => peopleSoql("005' OR Name != '", null)).to.throw(/not a Salesforce id/);
    });

    it('keeps the closest people when there are more than the cap: self, manager, reports, peers, then the next level', () => {
      const row = (Id: string, name: string, ManagerId: string | null): UserRow => ({ Id, FirstName: name, LastName: 'X', Name: `${name} X`, ManagerId });
      const id = (n: number) => `005${String(n).padStart(12, '0')}AAA`;
      const secondLevel = Array.from({ length: 150 }, (_, i) => row(id(100 + i), `A${String(i).padStart(3, '0')}`, JAMES_C));
      const rows = [...secondLevel, row(JAMES_C, 'Zed', MARIA), row(id(7), 'Peer', BOSS), row(MARIA, 'Maria', BOSS), row(BOSS, 'Boss', null)];
      const people = toPeople(rows, MARIA, BOSS);
      expect(people).to.have.length(MAX_PEOPLE);
      expect(people.slice(0, 4).map((p) => p.id)).to.deep.equal([MARIA, BOSS, JAMES_C, id(7)]);
      expect(people[4]!.name).to.equal('A000 X');
    });

    it('takes the last name as the first name for a user without one', () => {
      expect(toPeople([{ Id: LENA, FirstName: null, LastName: 'Fischer', Name: 'Fischer', ManagerId: null }], LENA, null)[0])
        .to.deep.equal({ id: LENA, name: 'Fischer', firstName: 'Fischer', lastName: 'Fischer' });
    });
  });

  describe('the dynamic entities', () => {
    it('replaces the Person values: id the User Id, value the full name, first and last name as synonyms', () => {
      const directive = dynamicEntitiesDirective([PEOPLE[1]!, person(LENA, 'Lena', 'Lena')]);
      expect(directive).to.deep.equal({
        type: 'Dialog.UpdateDynamicEntities',
        updateBehavior: 'REPLACE',
        types: [{
          name: 'Person',
          values: [
            { id: JAMES_C, name: { value: 'James Carter', synonyms: ['James', 'Carter'] } },
            { id: LENA, name: { value: 'Lena Lena', synonyms: ['Lena'] } },
          ],
        }],
      });
    });
  });

  describe('resolvePerson', () => {
    it('is none when the slot is empty or absent', async () => {
      expect((await resolve({ value: undefined })).match).to.deep.equal({ kind: 'none' });
      expect((await resolve(undefined)).match).to.deep.equal({ kind: 'none' });
    });

    it('takes the one dynamic match without looking anyone up', async () => {
      const { match, calls } = await resolve({
        value: 'lena',
        resolutions: { resolutionsPerAuthority: [authority(STATIC, 'ER_SUCCESS_NO_MATCH'), authority(DYNAMIC, 'ER_SUCCESS_MATCH', [['Léna Fischer', LENA]])] },
      });
      expect(match).to.deep.equal({ kind: 'one', person: { id: LENA, name: 'Léna Fischer', firstName: 'Léna' } });
      expect(calls.identity).to.equal(0);
    });

    it('leaves out a dynamic value that is no Salesforce user (an id not 15 or 18 letters and digits), and a person matched twice', async () => {
      const { match } = await resolve({
        value: 'lena',
        resolutions: {
          resolutionsPerAuthority: [authority(DYNAMIC, 'ER_SUCCESS_MATCH', [['Lena Fischer', LENA], ['Lena’s team', 'TEAM_OF_LENA'], ['Léna Fischer', LENA]]), authority(STATIC, 'ER_SUCCESS_NO_MATCH')],
        },
      });
      expect(match).to.deep.include({ kind: 'one' });
      expect(match.kind === 'one' && match.person.id).to.equal(LENA);
    });

    it('asks which one when the dynamic authority matched several people', async () => {
      const { match } = await resolve({
        value: 'james',
        resolutions: { resolutionsPerAuthority: [authority(DYNAMIC, 'ER_SUCCESS_MATCH', [['James Carter', JAMES_C], ['James Lee', JAMES_L]]), authority(STATIC, 'ER_SUCCESS_NO_MATCH')] },
      });
      expect(match).to.deep.equal({
        kind: 'several', heard: 'james',
        people: [{ id: JAMES_C, name: 'James Carter', firstName: 'James' }, { id: JAMES_L, name: 'James Lee', firstName: 'James' }],
      });
    });

    it('is me when the static type matched its ME value', async () => {
      const { match, calls } = await resolve({
        value: 'my',
        resolutions: { resolutionsPerAuthority: [authority(STATIC, 'ER_SUCCESS_MATCH', [['me', 'ME']]), authority(DYNAMIC, 'ER_SUCCESS_NO_MATCH')] },
      });
      expect(match).to.deep.equal({ kind: 'me' });
      expect(calls.identity).to.equal(0);
    });

    it('matches the heard words against the people when the dynamic entities did not resolve: possessive, accents', async () => {
      const noMatch = { resolutionsPerAuthority: [authority(STATIC, 'ER_SUCCESS_NO_MATCH')] };
      expect((await resolve({ value: "lena's", resolutions: noMatch })).match).to.deep.equal({ kind: 'one', person: { id: LENA, name: 'Léna Fischer', firstName: 'Léna' } });
      expect((await resolve({ value: 'Oliver Hughes' })).match).to.deep.equal({ kind: 'one', person: { id: OLIVER, name: 'Oliver Hughes', firstName: 'Oliver' } });
      expect((await resolve({ value: 'carter' })).match).to.deep.equal({ kind: 'one', person: { id: JAMES_C, name: 'James Carter', firstName: 'James' } });
      expect((await resolve({ value: 'james l' })).match).to.deep.equal({ kind: 'one', person: { id: JAMES_L, name: 'James Lee', firstName: 'James' } });
    });

    it('finds several by a shared first name in the list too', async () => {
      const { match } = await resolve({ value: "james's" });
      expect(match).to.deep.equal({
        kind: 'several', heard: "james's",
        people: [{ id: JAMES_C, name: 'James Carter', firstName: 'James' }, { id: JAMES_L, name: 'James Lee', firstName: 'James' }],
      });
    });

    it('says back a name nobody has rather than taking a similar one', async () => {
      expect((await resolve({ value: 'olivia' })).match).to.deep.equal({ kind: 'unknown', heard: 'olivia' });
      expect((await resolve({ value: 'priya' })).match).to.deep.equal({ kind: 'unknown', heard: 'priya' });
      // An account's name that shares letters with a first name ("acme" in "james") is nobody.
      expect((await resolve({ value: 'acme' })).match).to.deep.equal({ kind: 'unknown', heard: 'acme' });
    });
  });

  describe('what is said', () => {
    it('asks "which James" by eliciting the same slot of the same intent', () => {
      const env = intentEnvelope({ value: 'james' });
      const { ctx } = contextFor(env, async () => identity());
      const output = whichPersonOutput(handlerInput(env), ctx, 'person', {
        heard: 'james', people: [{ id: JAMES_C, name: 'James Carter', firstName: 'James' }, { id: JAMES_L, name: "James O'Lee", firstName: 'James' }],
      });
      expect(output.speech).to.equal('Which James: James Carter or James O&apos;Lee?');
      expect(output.reprompt).to.equal(output.speech);
      expect(output.dialog).to.deep.include({ type: 'ElicitSlot', slot: 'person' });
      const intent = output.dialog!.intent;
      expect(intent.name).to.equal('PipelineIntent');
      expect(intent.slots!.person).to.deep.equal({ name: 'person', confirmationStatus: 'NONE' });
    });

    it('says back the words of a name it could not find, escaped once', () => {
      expect(unknownPersonSpeech({ t: translatorFor('en-US') }, "o'brien's")).to.equal('I couldn’t find anyone called o&apos;brien you can see in Salesforce.');
    });
  });

  describe('the people entities interceptor', () => {
    const launch: LaunchRequest = { type: 'LaunchRequest', requestId: 'req-0', timestamp: '2026-11-27T12:00:00Z', locale: 'en-US' };
    const open = (): Response => ({ outputSpeech: { type: 'SSML', ssml: '<speak>Hi?</speak>' }, reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi?</speak>' } } });

    async function run(env: RequestEnvelope, response: Response | undefined, id: () => Promise<Identity>, budgetLeftMs?: number) {
      const { calls } = contextFor(env, id, budgetLeftMs);
      const input = handlerInput(env);
      await peopleEntitiesInterceptor.process(input, response);
      return { calls, attributes: input.attributesManager.getSessionAttributes() };
    }

    const entities = (r: Response) => (r.directives ?? []).filter((d): d is dialog.DynamicEntitiesDirective => d.type === 'Dialog.UpdateDynamicEntities');

    it('adds the directive to the first answer of a linked session and remembers it', async () => {
      const response = open();
      const { attributes } = await run(envelope(launch, 'token'), response, async () => identity());
      expect(entities(response)).to.deep.equal([dynamicEntitiesDirective(PEOPLE)]);
      expect(attributes[PEOPLE_SENT]).to.equal(true);
    });

    it('does not send it again later in the session', async () => {
      const response = open();
      const { calls } = await run(envelope(launch, 'token', { [PEOPLE_SENT]: true }), response, async () => identity());
      expect(response.directives).to.equal(undefined);
      expect(calls.identity).to.equal(0);
    });

    it('leaves an unlinked user alone without asking who they are', async () => {
      const response = open();
      const { calls, attributes } = await run(envelope(launch, undefined), response, () => Promise.reject(new LinkRequiredError('missing')));
      expect(response.directives).to.equal(undefined);
      expect(calls.identity).to.equal(0);
      expect(attributes[PEOPLE_SENT]).to.equal(undefined);
    });

    it('adds nothing to an answer that ends the session', async () => {
      const response: Response = { outputSpeech: { type: 'SSML', ssml: '<speak>Bye.</speak>' }, shouldEndSession: true };
      await run(envelope(launch, 'token'), response, async () => identity());
      expect(response.directives).to.equal(undefined);
    });

    it('skips silently, to try again next turn, when the identity fails or time is short', async () => {
      const failed = open();
      const a = await run(envelope(launch, 'token'), failed, () => Promise.reject(new LinkRequiredError('expired')));
      expect(failed.directives).to.equal(undefined);
      expect(a.attributes[PEOPLE_SENT]).to.equal(undefined);
      const late = open();
      const b = await run(envelope(launch, 'token'), late, async () => identity(), 500);
      expect(late.directives).to.equal(undefined);
      expect(b.calls.identity).to.equal(0);
    });
  });
});
