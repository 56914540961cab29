/** Runtime configuration, read once from the environment. Every variable is documented in the README. */

export interface Config {
  /** Identity host for userinfo: login.salesforce.com, test.salesforce.com or a My Domain. */
  salesforceLoginUrl: string;
  /** Pinned REST API version; jsforce would otherwise default to an old one. */
  salesforceApiVersion: string;
  dynamodbTable: string;
  /** Set only for a local DynamoDB (dynalite); the table is then created when missing. */
  dynamodbEndpoint?: string;
  awsRegion: string;
  /** When set, requests for any other skill are rejected. */
  skillId?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** API name of the autolaunched Flow that schedules a meeting; without it in the org the REST API is used. */
  scheduleMeetingFlow: string;
  /** A saved Salesforce report (00O…) that answers "what are the latest wins and losses" instead of SOQL. */
  winsLossesReportId?: string;
  /**
   * Where MCP clients reach the MCP server (mcp/), e.g. https://mcp.example.com: the resource its OAuth metadata names.
   * Unset behind a Lambda function URL: the address each request came to.
   */
  mcpPublicUrl?: string;
}

/** The variables the Lambda reads; the CloudFormation template must pass each one it needs. */
export const ENV_VARS = [
  'SALESFORCE_LOGIN_URL',
  'SALESFORCE_API_VERSION',
  'DYNAMODB_TABLE',
  'DYNAMODB_ENDPOINT',
  'AWS_REGION',
  'SKILL_ID',
  'LOG_LEVEL',
  'SCHEDULE_MEETING_FLOW',
  'WINS_LOSSES_REPORT_ID',
  'MCP_PUBLIC_URL',
  // The MCP server's service tier (mcp/auth/serviceToken.ts): all three, or none.
  'MCP_CLIENT_ID',
  'MCP_CLIENT_SECRET_SHA256',
  'MCP_TOKEN_KEY',
] as const;

type Env = Partial<Record<(typeof ENV_VARS)[number], string>>;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export function readConfig(env: Env = process.env as Env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as Config['logLevel'])) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const apiVersion = env.SALESFORCE_API_VERSION ?? '66.0';
  if (!/^\d{2,3}\.0$/.test(apiVersion)) throw new Error(`SALESFORCE_API_VERSION must look like 66.0, not ${apiVersion}`);
  const reportId = env.WINS_LOSSES_REPORT_ID?.trim() || undefined;
  if (reportId && !/^00O[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(reportId)) throw new Error(`WINS_LOSSES_REPORT_ID must be a report id (00O…), not ${reportId}`);
  const mcpPublicUrl = env.MCP_PUBLIC_URL?.trim() || undefined;
  if (mcpPublicUrl && (!URL.canParse(mcpPublicUrl) || new URL(mcpPublicUrl).protocol !== 'https:')) throw new Error(`MCP_PUBLIC_URL must be an https URL, not ${mcpPublicUrl}`);
  return {
    salesforceLoginUrl: (env.SALESFORCE_LOGIN_URL ?? 'https://login.salesforce.com').replace(/\/+$/, ''),
    salesforceApiVersion: apiVersion,
    dynamodbTable: env.DYNAMODB_TABLE ?? 'sales-assistant',
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    awsRegion: env.AWS_REGION ?? 'us-east-1',
    skillId: env.SKILL_ID || undefined,
    logLevel: logLevel as Config['logLevel'],
    scheduleMeetingFlow: env.SCHEDULE_MEETING_FLOW || 'Schedule_Sales_Meeting',
    winsLossesReportId: reportId,
    ...(mcpPublicUrl ? { mcpPublicUrl: new URL(mcpPublicUrl).origin } : {}),
  };
}
