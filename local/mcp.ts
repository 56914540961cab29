/**
 * `npm run mcp`: the MCP server (lambda/src/mcp) on this machine, against the local org and the embedded DynamoDB —
 * the same stack `npm start` runs. An MCP host signs its user in through the MCP server's authorization server, which
 * sends them on to the local org's OAuth pages (authorization code with PKCE, the demo app's client id and secret); a
 * service (Alexa+'s first tier) gets a service token with the demo service client's id and secret (client
 * credentials). No token is printed: each gets its own.
 *
 *   npm run mcp                       http://127.0.0.1:3001/mcp
 *   MCP_PORT=4000 ORG_PORT=4001 npm run mcp
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServiceClient, sha256Hex } from '../lambda/src/mcp/auth/serviceToken';
import { MCP_PATH, createMcpApp } from '../lambda/src/mcp/server';
import { type LocalStack, startLocalStack } from './stack';

/**
 * The demo service client (MCP_CLIENT_ID, its secret, MCP_TOKEN_KEY), fixed so docs and tests can name them; the
 * server is given the secret's hash only, as a deployment is.
 */
export const DEMO_SERVICE_CLIENT = {
  clientId: 'sales-assistant-alexa-plus-demo',
  clientSecret: 'demo-service-secret-7f3a9c2e5b814d6a',
  tokenKey: 'demo-token-key-not-for-production-0123456789abcdef',
};

export const demoServiceClient: ServiceClient = {
  clientId: DEMO_SERVICE_CLIENT.clientId,
  secretSha256: sha256Hex(DEMO_SERVICE_CLIENT.clientSecret),
  tokenKey: DEMO_SERVICE_CLIENT.tokenKey,
};

export interface LocalMcp {
  /** The MCP endpoint, e.g. http://127.0.0.1:3001/mcp. */
  url: URL;
  close(): Promise<void>;
}

/** Serves the MCP server over HTTP on `port` (0: any free one) with the stack's app, org and table. */
export async function startLocalMcp(stack: LocalStack, port = 0): Promise<LocalMcp> {
  // The public URL is known once the port is bound; the app is attached then (as the org emulator does).
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const publicUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  server.on('request', createMcpApp({ contextDeps: stack.app.contextDeps, loginUrl: stack.org.url, publicUrl, serviceClient: demoServiceClient }));
  return {
    url: new URL(MCP_PATH, publicUrl),
    close: () => new Promise((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    }),
  };
}

async function main(): Promise<void> {
  const stack = await startLocalStack({ orgPort: Number(process.env.ORG_PORT ?? 0), logLevel: 'info' });
  const mcp = await startLocalMcp(stack, Number(process.env.MCP_PORT ?? 3001));
  const manager = stack.org.demo.users.find((u) => u.role === 'manager')!;
  console.log(`Sales Assistant MCP server, running locally
  MCP endpoint     ${mcp.url}   (Streamable HTTP, stateless)
  Authorization    ${mcp.url.origin}/.well-known/oauth-authorization-server   (passes users on to the org)
  Salesforce org   ${stack.org.url}   (Summit Peak Supplies demo data)
  User sign-in     authorization code + PKCE, client id ${stack.org.demo.clientId}
                   secret ${stack.org.demo.clientSecret}
                   redirect URIs: any http://localhost:<port>/… or http://127.0.0.1:<port>/…
  Service client   client credentials (initialize and tools/list only), MCP_CLIENT_ID ${DEMO_SERVICE_CLIENT.clientId}
                   secret ${DEMO_SERVICE_CLIENT.clientSecret}   (MCP_CLIENT_SECRET_SHA256 ${demoServiceClient.secretSha256})
                   MCP_TOKEN_KEY ${DEMO_SERVICE_CLIENT.tokenKey}
  Sign in as       any demo user, password ${manager.password} (e.g. ${manager.username}, ${stack.org.demo.users.filter((u) => u.role === 'rep').map((u) => u.username)[0]})
`);
  const stop = () => {
    void mcp.close().then(() => stack.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
