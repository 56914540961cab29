/** Wires configuration to the real dependencies: the DynamoDB state table and the identity resolver. */
import http from 'node:http';
import https from 'node:https';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Skill } from 'ask-sdk-core';
import type { Config } from './config';
import { setLogLevel } from './log';
import type { RequestContextDeps } from './interceptors/requestContext';
import { keepSalesforceConnectionsAlive } from './salesforce/agent';
import { createDescribeCache } from './salesforce/describeCache';
import { type SkillDeps, createSkill, requestContextDeps } from './skill';
import { createIdentityResolver } from './state/identities';
import { STATE_CALL_MS, type StateStore, createStateTable, ensureTable } from './state/table';

export interface App {
  skill: Skill;
  /** What the skill builds each request's context from; the MCP server (mcp/) builds its tool calls' from the same. */
  contextDeps: RequestContextDeps;
  table: StateStore;
  dynamodb: DynamoDBClient;
  /** Resolves once the table exists (created on first use when DYNAMODB_ENDPOINT points at a local DynamoDB). */
  ready: Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Total time all I/O of one request may take; see SkillDeps. */
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
    // Bounded, so a hanging table cannot hold sockets (50 per client by default) until nothing else gets one:
    // each attempt is cut off (throwOnRequestTimeout turns the SDK's warning into an error) and the SDK's
    // default of three attempts is spelled out; the turn's deadline bounds them together (StateStore.forTurn).
    // https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
    maxAttempts: 3,
    requestHandler: {
      connectionTimeout: STATE_CALL_MS / 2, requestTimeout: STATE_CALL_MS / 2, throwOnRequestTimeout: true,
      httpAgent: new http.Agent(agentOptions), httpsAgent: new https.Agent(agentOptions),
    },
    ...(config.dynamodbEndpoint
      ? { endpoint: config.dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const table = createStateTable(dynamodb, config.dynamodbTable, options.now);
  const identities = createIdentityResolver({
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
    describes: createDescribeCache({ now: options.now }),
  };
  const skill = createSkill(skillDeps);
  const ready = config.dynamodbEndpoint ? ensureTable(dynamodb, config.dynamodbTable) : Promise.resolve();
  return { skill, contextDeps: requestContextDeps(skillDeps), table, dynamodb, ready };
}
