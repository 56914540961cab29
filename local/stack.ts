/**
 * Everything the skill needs, running locally: the Salesforce org emulator with its demo data, the embedded
 * DynamoDB, and the skill app configured against both exactly as it would be against real services.
 * `npm start`, the integration tests and the benchmark all start the same stack.
 */
import { type App, createApp } from '../lambda/src/app';
import { type Config, type ENV_VARS, readConfig } from '../lambda/src/config';
import { type LocalDynamo, startDynalite } from './dynamodb';
import { type LinkedTokens, type OAuthClient, linkAccount } from './link';
import { type OrgEmulator, type OrgEmulatorOptions, startOrg } from './org';

export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface LocalStackOptions {
  orgPort?: number;
  dynamoPort?: number;
  latencyMs?: number;
  logLevel?: Config['logLevel'];
  /** The skill's clock. */
  now?: () => Date;
  /** One clock for the skill and the org (its demo data's dates, SOQL's date literals): a run that gives the same answers any day. */
  clock?: () => Date;
  salesforceBudgetMs?: number;
  /** Environment the skill would read, over the local defaults (e.g. SCHEDULE_MEETING_FLOW). */
  env?: Partial<Record<(typeof ENV_VARS)[number], string>>;
  /** Custom fields the local org has beyond the demo schema (an org with a loss-reason picklist). */
  orgCustomFields?: OrgEmulatorOptions['customFields'];
  /** false: the local org has no Einstein (no OpportunityInsight). */
  orgEinstein?: boolean;
  /** false: the local org has no Collaborative Forecasts (no forecast types, quotas or items). */
  orgForecasting?: boolean;
  /** The org's instance over HTTPS (its self-signed certificate trusted by this skill only), as a real org's is. */
  https?: boolean;
}

export interface LocalStack {
  org: OrgEmulator;
  dynamo: LocalDynamo;
  app: App;
  config: Config;
  oauthClient: OAuthClient;
  /** Links a demo user through the org's OAuth pages, as the Alexa app would. */
  link(username: string): Promise<LinkedTokens>;
  close(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  // The Lambda runs on Node 22; the SDK's notice about older local Node versions is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const [org, dynamo] = await Promise.all([
    startOrg({ port: options.orgPort ?? 0, latencyMs: options.latencyMs, ...(options.orgCustomFields ? { customFields: options.orgCustomFields } : {}),
      ...(options.orgEinstein === false ? { einstein: false } : {}), ...(options.orgForecasting === false ? { forecasting: false } : {}),
      ...(options.https ? { https: true } : {}), ...(options.clock ? { clock: options.clock } : {}) }),
    startDynalite(options.dynamoPort ?? 0),
  ]);
  const config = readConfig({
    SALESFORCE_LOGIN_URL: org.url,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    DYNAMODB_TABLE: 'sales-assistant-local',
    AWS_REGION: 'us-east-1',
    SKILL_ID: LOCAL_SKILL_ID,
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  });
  const app = createApp(config, { now: options.now ?? options.clock, salesforceBudgetMs: options.salesforceBudgetMs, trustSalesforceCertificate: org.certificate });
  await app.ready;
  const oauthClient = { loginUrl: org.url, clientId: org.demo.clientId, clientSecret: org.demo.clientSecret };
  const user = (username: string) => {
    const found = org.demo.users.find((u) => u.username === username);
    if (!found) throw new Error(`no demo user ${username}`);
    return found;
  };
  return {
    org,
    dynamo,
    app,
    config,
    oauthClient,
    link: (username) => linkAccount(oauthClient, username, user(username).password),
    async close() {
      app.dynamodb.destroy();
      await Promise.all([org.close(), dynamo.close()]);
    },
  };
}
