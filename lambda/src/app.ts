/** Wires configuration to the real dependencies: the DynamoDB state table and the identity resolver. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import type { Config } from './config';
import { setLogLevel } from './log';
import { createSkill } from './skill';
import { createIdentityResolver } from './state/identities';
import { STATE_CALL_MS, type StateStore, createStateTable, ensureTable } from './state/table';

export interface App {
  skill: Skill;
  table: StateStore;
  dynamodb: DynamoDBClient;
  /** Resolves once the table exists (created on first use when DYNAMODB_ENDPOINT points at a local DynamoDB). */
  ready: Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Total time all I/O of one request may take; see SkillDeps. */
  salesforceBudgetMs?: number;
}

export function createApp(config: Config, options: AppOptions = {}): App {
  setLogLevel(config.logLevel);
  const dynamodb = new DynamoDBClient({
    region: config.awsRegion,
    // Bounded, so a hanging table cannot hold sockets (50 per client by default) until nothing else gets one:
    // each attempt is cut off (throwOnRequestTimeout turns the SDK's warning into an error) and the SDK's
    // default of three attempts is spelled out; the turn's deadline bounds them together (StateStore.forTurn).
    // https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
    maxAttempts: 3,
    requestHandler: { connectionTimeout: STATE_CALL_MS / 2, requestTimeout: STATE_CALL_MS / 2, throwOnRequestTimeout: true, httpsAgent: { maxSockets: 50 }, httpAgent: { maxSockets: 50 } },
    ...(config.dynamodbEndpoint
      ? { endpoint: config.dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const table = createStateTable(dynamodb, config.dynamodbTable, options.now);
  const identities = createIdentityResolver({
    lookup: { loginUrl: config.salesforceLoginUrl, apiVersion: config.salesforceApiVersion },
    now: options.now,
  });
  const skill = createSkill({
    table,
    identities,
    apiVersion: config.salesforceApiVersion,
    skillId: config.skillId,
    now: options.now,
    salesforceBudgetMs: options.salesforceBudgetMs,
    settings: { scheduleMeetingFlow: config.scheduleMeetingFlow, winsLossesReportId: config.winsLossesReportId },
  });
  const ready = config.dynamodbEndpoint ? ensureTable(dynamodb, config.dynamodbTable) : Promise.resolve();
  return { skill, table, dynamodb, ready };
}
