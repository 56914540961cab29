/**
 * The one skill object behind every entry point: the Lambda handler, the self-hosted HTTPS endpoint and
 * the local dialog simulator all call createSkill() with their own dependencies.
 */
import { DefaultApiClient, type HandlerInput, type RequestInterceptor, type ResponseInterceptor, type Skill, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createHash } from 'node:crypto';
import { type SkillSettings, contextOf } from './context';
import { HANDLED_INTENTS, errorHandler, requestHandlers } from './conversations/index';
import { isSilentRequest } from './conversations/basics/silent';
import { peopleEntitiesInterceptor } from './interceptors/peopleEntities';
import { type RequestContextDeps, requestContextInterceptor } from './interceptors/requestContext';
import { forgetOldQuestion } from './deals/conversation';
import { persistChangedList, snapshotList, takeLastQuestion } from './state/session';
import { type DescribeCache, createDescribeCache } from './salesforce/describeCache';
import type { IdentityResolver } from './state/identities';
import { createPersistenceAdapter } from './state/persistenceAdapter';
import { dropAbandonedWrite, redirectCorrection } from './writes/draft';
import { amountForDealSpokenOf } from './conversations/update-deal/handler';
import { persistReview, snapshotReview } from './conversations/review/state';
import type { StateStore } from './state/table';

export { HANDLED_INTENTS };

export interface SkillDeps {
  table: StateStore;
  identities: IdentityResolver;
  /** Where what describe says about each user's org is kept (default: this process's memory, for an hour). */
  describes?: DescribeCache;
  apiVersion: string;
  skillId?: string;
  now?: () => Date;
  /** Total time all I/O of one request (Salesforce and DynamoDB) may take (default 6.5 s, inside Alexa's 8 s). */
  salesforceBudgetMs?: number;
  settings: SkillSettings;
}

/** What every request's context is built from: the skill's requests and the MCP server's tool calls alike. */
export function requestContextDeps(deps: SkillDeps): RequestContextDeps {
  return {
    identities: deps.identities,
    describes: deps.describes ?? createDescribeCache({ now: deps.now }),
    table: deps.table,
    settings: deps.settings,
    apiVersion: deps.apiVersion,
    now: deps.now ?? (() => new Date()),
    budgetMs: deps.salesforceBudgetMs ?? 6500,
  };
}

/** Conversation state lasts a month without use; what is in it goes stale much sooner (see conversation.ts). */
const STATE_TTL_SECONDS = 30 * 24 * 3600;

export function createSkill(deps: SkillDeps): Skill {
  const adapter = createPersistenceAdapter(
    (envelope) => contextOf(envelope).table,
    async (envelope) => {
      const { orgId, userId } = await contextOf(envelope).identity();
      const alexaUser = createHash('sha256').update(envelope.context.System.user.userId).digest('base64url');
      return `user#${orgId}#${userId}#${alexaUser}`;
    },
    STATE_TTL_SECONDS,
  );
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers)
    .addRequestInterceptors(
      requestContextInterceptor(requestContextDeps(deps)),
      ...[snapshotList, snapshotReview, takeLastQuestion, redirectCorrection, amountForDealSpokenOf, forgetOldQuestion, dropAbandonedWrite].map(onlySpoken),
    )
    .addResponseInterceptors(...[persistChangedList, persistReview, peopleEntitiesInterceptor].map(onlySpokenResponse))
    .addErrorHandlers(errorHandler)
    .withPersistenceAdapter(adapter)
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  const invoke = skill.invoke.bind(skill);
  skill.invoke = (envelope, context) => invoke(withBoundedSlots(withContext(envelope)), context);
  return skill;
}

/**
 * The conversation's interceptors read and write the session, which requests that are not a person talking
 * (silent.ts: skill events, AudioPlayer, CanFulfillIntentRequest, screen events other than a touched deal) may
 * not have: they are skipped for those.
 */
const spoken = (input: HandlerInput) => !isSilentRequest(input.requestEnvelope);

function onlySpoken(interceptor: RequestInterceptor): RequestInterceptor {
  return { process: (input) => (spoken(input) ? interceptor.process(input) : undefined) };
}

function onlySpokenResponse(interceptor: ResponseInterceptor): ResponseInterceptor {
  return { process: (input, response) => (spoken(input) ? interceptor.process(input, response) : undefined) };
}

/**
 * Alexa sends `context` with every request, but an envelope without it (a hand-made test request, an old tool)
 * would make ask-sdk-core throw before any handler runs. The session carries the application and user too.
 */
function withContext(envelope: RequestEnvelope): RequestEnvelope {
  if (envelope.context?.System) return envelope;
  const { session } = envelope;
  const System = {
    application: session?.application ?? { applicationId: '' },
    user: session?.user ?? { userId: '' },
    apiEndpoint: '',
  };
  return { ...envelope, context: { ...envelope.context, System } as RequestEnvelope['context'] };
}

/**
 * No one says 1,000 characters in one turn: a longer slot value is not speech, and carried whole it would go back in
 * the dialog directive and the session, past the total size Alexa takes for a response (24 kilobytes as quoted in
 * github.com/alexa/alexa-skills-kit-sdk-for-nodejs/issues/67; [unconfirmed: today's documented limit]).
 */
export const MAX_SLOT_CHARS = 1000;

function withBoundedSlots(envelope: RequestEnvelope): RequestEnvelope {
  const { request } = envelope;
  if (request.type !== 'IntentRequest' || !request.intent.slots) return envelope;
  const long = Object.values(request.intent.slots).some((slot) => (slot.value?.length ?? 0) > MAX_SLOT_CHARS);
  if (!long) return envelope;
  const slots = Object.fromEntries(
    Object.entries(request.intent.slots).map(([name, slot]) => [name, slot.value ? { ...slot, value: [...slot.value].slice(0, MAX_SLOT_CHARS).join('') } : slot]),
  );
  return { ...envelope, request: { ...request, intent: { ...request.intent, slots } } };
}
