/**
 * The one skill object behind every entry point: the Lambda handler, the self-hosted HTTPS endpoint and
 * the local dialog simulator all call createSkill() with their own dependencies.
 */
import { DefaultApiClient, type Skill, SkillBuilders } from 'ask-sdk-core';
import { createHash } from 'node:crypto';
import { type SkillSettings, contextOf } from './context';
import { HANDLED_INTENTS, errorHandler, requestHandlers } from './conversations/index';
import { peopleEntitiesInterceptor } from './interceptors/peopleEntities';
import { type RequestContextDeps, requestContextInterceptor } from './interceptors/requestContext';
import { forgetOldQuestion } from './deals/conversation';
import { persistChangedList, snapshotList, takeLastQuestion } from './state/session';
import type { IdentityResolver } from './state/identities';
import { createPersistenceAdapter } from './state/persistenceAdapter';
import { dropAbandonedWrite, redirectCorrection } from './writes/draft';
import { amountForDealSpokenOf } from './conversations/update-deal/handler';
import type { StateTable } from './state/table';

export { HANDLED_INTENTS };

export interface SkillDeps {
  table: StateTable;
  identities: IdentityResolver;
  apiVersion: string;
  skillId?: string;
  now?: () => Date;
  /** Total time Salesforce may take for one request (default 6.5 s, inside Alexa's 8 s). */
  salesforceBudgetMs?: number;
  settings: SkillSettings;
}

/** What every request's context is built from: the skill's requests and the MCP server's tool calls alike. */
export function requestContextDeps(deps: SkillDeps): RequestContextDeps {
  return {
    identities: deps.identities,
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
    deps.table,
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
      snapshotList,
      takeLastQuestion,
      redirectCorrection,
      amountForDealSpokenOf,
      forgetOldQuestion,
      dropAbandonedWrite,
    )
    .addResponseInterceptors(persistChangedList, peopleEntitiesInterceptor)
    .addErrorHandlers(errorHandler)
    .withPersistenceAdapter(adapter)
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
