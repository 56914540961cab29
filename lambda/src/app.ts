/** Wires configuration to the real dependencies: the DynamoDB state table and the identity resolver. */
import http from 'node:http';
import https from 'node:https';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import type { Config } from './config';
import { setLogLevel } from './log';
import { keepSalesforceConnectionsAlive } from './salesforce/agent';
import { createSkill } from './skill';
import { createIdentityResolver } from './state/identities';
import { type StateTable, createStateTable, ensureTable } from './state/table';

export interface App {
  skill: Skill;
  table: StateTable;
  dynamodb: DynamoDBClient;
  /** Resolves once the table exists (created on first use when DYNAMODB_ENDPOINT points at a local DynamoDB). */
  ready: Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Total time Salesforce may take for one request; see SkillDeps. */
  salesforceBudgetMs?: number;
  /** A PEM certificate to trust for Salesforce besides the public roots: a local org's self-signed HTTPS. */
  trustSalesforceCertificate?: string;
}

/**
 * Idle DynamoDB connections are closed a little before the minute after which DynamoDB was seen to drop them
 * (aws/aws-sdk-java#1365) [unconfirmed: AWS documents no figure], so a turn never reuses a socket the service closed.
 */
const DYNAMODB_IDLE_SOCKET_MS = 50_000;

export function createApp(config: Config, options: AppOptions = {}): App {
  setLogLevel(config.logLevel);
  keepSalesforceConnectionsAlive(options.trustSalesforceCertificate);
  // Our own keep-alive agents, given to the SDK's NodeHttpHandler through the client's requestHandler options
  // (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-reusing-connections.html; the options
  // object instead of a NodeHttpHandler instance: https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md#request-handler-requesthandler).
  // The SDK's own default agent keeps sockets too, but with no idle limit and 50 sockets; these state both.
  const agentOptions = { keepAlive: true, timeout: DYNAMODB_IDLE_SOCKET_MS, maxSockets: 50 };
  const dynamodb = new DynamoDBClient({
    region: config.awsRegion,
    requestHandler: { httpAgent: new http.Agent(agentOptions), httpsAgent: new https.Agent(agentOptions) },
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
