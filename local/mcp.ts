/**
 * `npm run mcp`: the MCP server (lambda/src/mcp) on this machine, against the local org and the embedded DynamoDB —
 * the same stack `npm start` runs. An MCP host signs in through the local org's OAuth pages (authorization code with
 * PKCE, the demo app's client id and secret). No token is printed: the host gets its own by signing in.
 *
 *   npm run mcp                       http://127.0.0.1:3001/mcp
 *   MCP_PORT=4000 ORG_PORT=4001 npm run mcp
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MCP_PATH, createMcpApp } from '../lambda/src/mcp/server';
import { type LocalStack, startLocalStack } from './stack';

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
  server.on('request', createMcpApp({ contextDeps: stack.app.contextDeps, loginUrl: stack.org.url, publicUrl }));
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
  Salesforce org   ${stack.org.url}   (the authorization server; Summit Peak Supplies demo data)
  OAuth client     id ${stack.org.demo.clientId}
                   secret ${stack.org.demo.clientSecret}
                   redirect URIs: any http://localhost:<port>/… or http://127.0.0.1:<port>/…
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
