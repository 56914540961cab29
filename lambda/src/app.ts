/** Wires configuration to the real dependencies: the DynamoDB state table and the identity resolver. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import type { Config } from './config';
import { setLogLevel } from './log';
import type { RequestContextDeps } from './interceptors/requestContext';
import { createFeatureCache } from './salesforce/features';
import { type SkillDeps, createSkill, requestContextDeps } from './skill';
import { createIdentityResolver } from './state/identities';
import { type StateTable, createStateTable, ensureTable } from './state/table';

export interface App {
  skill: Skill;
  /** What the skill builds each request's context from; the MCP server (mcp/) builds its tool calls' from the same. */
  contextDeps: RequestContextDeps;
  table: StateTable;
  dynamodb: DynamoDBClient;
  /** Resolves once the table exists (created on first use when DYNAMODB_ENDPOINT points at a local DynamoDB). */
  ready: Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Total time Salesforce may take for one request; see SkillDeps. */
  salesforceBudgetMs?: number;
}

export function createApp(config: Config, options: AppOptions = {}): App {
  setLogLevel(config.logLevel);
  const dynamodb = new DynamoDBClient({
    region: config.awsRegion,
    ...(config.dynamodbEndpoint
      ? { endpoint: config.dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const table = createStateTable(dynamodb, config.dynamodbTable, options.now);
  const identities = createIdentityResolver({
    table,
    lookup: { loginUrl: config.salesforceLoginUrl, apiVersion: config.salesforceApiVersion },
    now: options.now,
  });
  const skillDeps: SkillDeps = {
    table,
    identities,
    apiVersion: config.salesforceApiVersion,
    skillId: config.skillId,
    now: options.now,
    salesforceBudgetMs: options.salesforceBudgetMs,
    settings: { scheduleMeetingFlow: config.scheduleMeetingFlow, winsLossesReportId: config.winsLossesReportId },
    // One cache for the skill's requests and the MCP server's (createSkill would otherwise make its own).
    features: createFeatureCache({ now: options.now }),
  };
  const skill = createSkill(skillDeps);
  const ready = config.dynamodbEndpoint ? ensureTable(dynamodb, config.dynamodbTable) : Promise.resolve();
  return { skill, contextDeps: requestContextDeps(skillDeps), table, dynamodb, ready };
}
