/**
 * An MCP host, as far as the tests need one: the SDK's own Client over StreamableHTTPClientTransport, signing its
 * user in through the local org's OAuth pages the way a desktop host opens a browser (authorization code, PKCE).
 */
import { createHash } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { signIn } from '../../local/link';
import type { LocalStack } from '../../local/stack';

/** A host's OAuth state for one user: the demo app's client, the tokens it got, what it saw on the way. */
export class TestOAuthProvider implements OAuthClientProvider {
  saved?: OAuthTokens;
  verifier?: string;
  /** Every authorize URL the SDK sent the user to. */
  readonly authorizeUrls: URL[] = [];
  /** The code the last sign-in returned. */
  code?: string;
  readonly redirectUrl = 'http://127.0.0.1:33418/callback';

  constructor(private readonly stack: LocalStack, private readonly username: string, private readonly password: string) {}

  get clientMetadata(): OAuthClientMetadata {
    return { redirect_uris: [this.redirectUrl], client_name: 'test host', grant_types: ['authorization_code', 'refresh_token'], token_endpoint_auth_method: 'client_secret_basic' };
  }
  clientInformation(): OAuthClientInformationMixed {
    return { client_id: this.stack.org.demo.clientId, client_secret: this.stack.org.demo.clientSecret };
  }
  tokens(): OAuthTokens | undefined {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens): void {
    this.saved = tokens;
  }
  async redirectToAuthorization(url: URL): Promise<void> {
    this.authorizeUrls.push(url);
    const callback = await signIn(url, this.username, this.password);
    this.code = callback.searchParams.get('code') ?? undefined;
  }
  saveCodeVerifier(verifier: string): void {
    this.verifier = verifier;
  }
  codeVerifier(): string {
    if (!this.verifier) throw new Error('no code verifier saved');
    return this.verifier;
  }
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/**
 * Connects as `username`: the first attempt is refused (401), the SDK discovers the authorization server and sends
 * the user to sign in; the code is exchanged (with the PKCE verifier) and the client connects again.
 */
export async function connectAs(stack: LocalStack, mcpUrl: URL, username: string): Promise<{ client: Client; provider: TestOAuthProvider; firstRefusal: unknown }> {
  const user = stack.org.demo.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  const provider = new TestOAuthProvider(stack, username, user.password);
  const first = new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider });
  let firstRefusal: unknown;
  try {
    await new Client({ name: 'test host', version: '1.0.0' }).connect(first);
  } catch (err) {
    firstRefusal = err;
  }
  if (!(firstRefusal instanceof UnauthorizedError) || !provider.code) throw new Error(`expected a sign-in, got ${String(firstRefusal)}`);
  await first.finishAuth(provider.code);
  const client = new Client({ name: 'test host', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider }));
  return { client, provider, firstRefusal };
}
