/**
 * The MCP server: the skill's conversations as tools for Alexa+ (an MCP add-on) and any other MCP host, over
 * Streamable HTTP. Stateless: every POST gets its own server and transport (no session id, JSON answers, no SSE
 * stream), so any instance — a Lambda, a container, `npm run mcp` — can answer any request.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createMcpExpressApp } from '@modelcontextprotocol/sdk/server/express.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { type Express, type Request, type Response } from 'express';
import type { RequestContextDeps } from '../interceptors/requestContext';
import { log } from '../log';
import { authorizationServer } from './auth/authorizationServer';
import { resourceServer } from './auth/resourceServer';
import type { ServiceClient } from './auth/serviceToken';
import { registerAddFollowUp } from './tools/addFollowUp';
import { registerAddNote } from './tools/addNote';
import { registerBriefing } from './tools/briefing';
import { registerCampaignReport } from './tools/campaignReport';
import { registerCreateCase } from './tools/createCase';
import { registerCreateOpportunity } from './tools/createOpportunity';
import { registerDealDetails } from './tools/dealDetails';
import { registerEinstein } from './tools/einstein';
import { registerForecast } from './tools/forecast';
import { registerLogCall } from './tools/logCall';
import { registerMyDay } from './tools/myDay';
import { registerPipeline } from './tools/pipeline';
import { registerQuota } from './tools/quota';
import { registerScheduleMeeting } from './tools/scheduleMeeting';
import { registerTopOpportunities } from './tools/topOpportunities';
import { registerUpdateOpportunity } from './tools/updateOpportunity';
import { registerWinsLosses } from './tools/winsLosses';

export const MCP_PATH = '/mcp';

export function createMcpServer(deps: RequestContextDeps): McpServer {
  const server = new McpServer(
    { name: 'sales-assistant', title: 'Sales Assistant', version: '0.1.0' },
    { instructions: 'Answers about the user\'s Salesforce pipeline, read and written as that user. Each result has `said`, a short answer to read out.' },
  );
  registerTopOpportunities(server, deps);
  registerWinsLosses(server, deps);
  registerPipeline(server, deps);
  registerDealDetails(server, deps);
  registerQuota(server, deps);
  registerForecast(server, deps);
  registerMyDay(server, deps);
  registerCampaignReport(server, deps);
  registerEinstein(server, deps);
  registerBriefing(server, deps);
  registerLogCall(server, deps);
  registerScheduleMeeting(server, deps);
  registerCreateCase(server, deps);
  registerUpdateOpportunity(server, deps);
  registerCreateOpportunity(server, deps);
  registerAddFollowUp(server, deps);
  registerAddNote(server, deps);
  return server;
}

export interface McpAppOptions {
  contextDeps: RequestContextDeps;
  /** The Salesforce login host: users sign in there, through our authorization server, and their tokens are its. */
  loginUrl: string;
  /** The one client that may use the client credentials grant (Alexa+'s service tier); none: users only. */
  serviceClient?: ServiceClient;
  /**
   * Where clients reach this server, e.g. https://mcp.example.com: the resource its metadata names. Unset behind a
   * Lambda function URL, whose address the function cannot be told before it exists: the https origin each request
   * was sent to (its Host), which AWS routes by.
   */
  publicUrl?: URL;
}

export function createMcpApp(options: McpAppOptions): Express {
  const guardsFor = (origin: string) => {
    const resource = new URL(MCP_PATH, origin);
    const { contextDeps, loginUrl, serviceClient } = options;
    const shared = { issuer: origin, resource, ...(serviceClient ? { serviceClient } : {}) };
    return {
      authorization: authorizationServer({ ...shared, loginUrl, now: contextDeps.now }),
      bearer: resourceServer({ ...shared, contextDeps }),
    };
  };
  const fixed = options.publicUrl && guardsFor(options.publicUrl.origin);
  const guards = (req: Request) => fixed ?? guardsFor(`https://${req.headers.host}`);
  // On this machine the SDK's app refuses Host headers other than localhost's (DNS rebinding); behind a function URL
  // the Host is the name AWS routed by, and the plain app with the JSON body parser is what the SDK's would be.
  const app = options.publicUrl ? createMcpExpressApp({ host: options.publicUrl.hostname }) : express().use(express.json());
  app.use((req, res, next) => guards(req).authorization(req, res, next));
  app.post(MCP_PATH, (req, res, next) => guards(req).bearer(req, res, next), async (req, res) => {
    const server = createMcpServer(options.contextDeps);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (err) {
      log.error('MCP request failed', { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
      if (!res.headersSent) res.status(500).json({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal server error' }, id: null });
    }
  });
  // Stateless: no stream to open and no session to end.
  const notAllowed = (_req: Request, res: Response) =>
    res.status(405).set('Allow', 'POST').json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' }, id: null });
  app.get(MCP_PATH, notAllowed);
  app.delete(MCP_PATH, notAllowed);
  return app;
}
