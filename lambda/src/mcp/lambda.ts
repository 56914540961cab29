/**
 * The MCP server as a Lambda behind a function URL (infrastructure/cfn-deployer/skill-stack.yaml): the Express app of
 * server.ts through serverless-http, which turns the function URL's event (API Gateway payload 2.0) into a request
 * and the response back. Stateless, so any instance answers any request; the state table and the identity cache are
 * the skill's (createApp).
 */
import serverless from 'serverless-http';
import { type App, createApp } from '../app';
import { type Config, readConfig } from '../config';
import { readServiceClient } from './auth/serviceToken';
import { createMcpApp } from './server';

export function mcpLambdaHandler(app: App, config: Config, env: NodeJS.ProcessEnv = process.env): serverless.Handler {
  const serviceClient = readServiceClient(env);
  return serverless(createMcpApp({
    contextDeps: app.contextDeps,
    loginUrl: config.salesforceLoginUrl,
    ...(serviceClient ? { serviceClient } : {}),
    ...(config.mcpPublicUrl ? { publicUrl: new URL(config.mcpPublicUrl) } : {}),
  }), {
    // The SDK's transport reads a request's headers from rawHeaders (through @hono/node-server), which serverless-http's
    // request leaves empty: they are filled from the headers it did set.
    request: (request: { headers: Record<string, string | string[]>; rawHeaders: string[] }) => {
      request.rawHeaders = Object.entries(request.headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
    },
  });
}

const config = readConfig();
export const handler = mcpLambdaHandler(createApp(config), config);
