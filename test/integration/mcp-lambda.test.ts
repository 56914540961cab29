/**
 * The MCP server's Lambda entry as a function URL invokes it: API Gateway payload 2.0 events in, responses out,
 * against the local org and DynamoDB. The address clients see is the function URL's own (the request's Host).
 */
import { expect } from 'chai';
import { sha256Hex } from '../../lambda/src/mcp/auth/serviceToken';
import { mcpLambdaHandler } from '../../lambda/src/mcp/lambda';
import { demoUser, useLocalStack } from '../support/conversation';

const HOST = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws';

/** A function URL event (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads). */
function functionUrlEvent(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: unknown) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: HOST, 'x-forwarded-proto': 'https', 'x-forwarded-port': '443', ...headers },
    requestContext: {
      accountId: 'anonymous', apiId: HOST.split('.')[0], domainName: HOST, domainPrefix: HOST.split('.')[0],
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'test' },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', routeKey: '$default', stage: '$default', time: '27/Nov/2026:15:00:00 +0000', timeEpoch: 1795791600000,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body), isBase64Encoded: false }),
  };
}

type LambdaResult = { statusCode: number; headers: Record<string, string>; body: string };

describe('MCP server on Lambda (function URL)', () => {
  const stack = useLocalStack();
  const handler = () => mcpLambdaHandler(stack().app, stack().config);
  const invoke = async (event: object) => (await handler()(event, {})) as LambdaResult;
  const rpc = (method: string, params: object = {}) => ({ jsonrpc: '2.0', id: 1, method, params });
  const json = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' };

  it('answers 401 naming the metadata at the function URL, which names the authorization server there', async () => {
    const refused = await invoke(functionUrlEvent('POST', '/mcp', json, rpc('tools/list')));
    expect(refused.statusCode).to.equal(401);
    expect(refused.headers['www-authenticate']).to.contain(`resource_metadata="https://${HOST}/.well-known/oauth-protected-resource/mcp"`);
    const metadata = await invoke(functionUrlEvent('GET', '/.well-known/oauth-protected-resource/mcp'));
    expect(metadata.statusCode).to.equal(200);
    expect(JSON.parse(metadata.body)).to.include({ resource: `https://${HOST}/mcp` });
    expect(JSON.parse(metadata.body).authorization_servers).to.deep.equal([`https://${HOST}`]);
    const server = JSON.parse((await invoke(functionUrlEvent('GET', '/.well-known/oauth-authorization-server'))).body) as Record<string, unknown>;
    expect(server).to.include({ issuer: `https://${HOST}`, token_endpoint: `https://${HOST}/oauth/token` });
    // No service client configured: no client credentials grant offered.
    expect(server.grant_types_supported).to.deep.equal(['authorization_code', 'refresh_token']);
  });

  it('with MCP_CLIENT_ID, MCP_CLIENT_SECRET_SHA256 and MCP_TOKEN_KEY set, gives that client a service token that lists the tools', async () => {
    const env = { MCP_CLIENT_ID: 'alexa-plus', MCP_CLIENT_SECRET_SHA256: sha256Hex('s3cret-of-the-service'), MCP_TOKEN_KEY: 'k'.repeat(32) };
    const configured = mcpLambdaHandler(stack().app, stack().config, env);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const issued = (await configured(functionUrlEvent('POST', '/oauth/token', form, 'grant_type=client_credentials&client_id=alexa-plus&client_secret=s3cret-of-the-service'), {})) as LambdaResult;
    expect(issued.statusCode).to.equal(200);
    const { access_token: token } = JSON.parse(issued.body) as { access_token: string };
    const listed = (await configured(functionUrlEvent('POST', '/mcp', { ...json, authorization: `Bearer ${token}` }, rpc('tools/list')), {})) as LambdaResult;
    expect(listed.statusCode).to.equal(200);
    expect((JSON.parse(listed.body) as { result: { tools: unknown[] } }).result.tools.length).to.be.greaterThan(0);
    const wrong = (await configured(functionUrlEvent('POST', '/oauth/token', form, 'grant_type=client_credentials&client_id=alexa-plus&client_secret=guess'), {})) as LambdaResult;
    expect(wrong.statusCode).to.equal(401);
    expect(() => mcpLambdaHandler(stack().app, stack().config, { ...env, MCP_TOKEN_KEY: 'short' })).to.throw(/MCP_TOKEN_KEY/);
  });

  it('runs a tool as the user whose Salesforce token it carries', async () => {
    const { accessToken } = await stack().link(demoUser(stack(), 'rep').username);
    const repId = stack().org.store.all('User').find((u) => u.Username === demoUser(stack(), 'rep').username)!.Id;
    const answer = await invoke(functionUrlEvent('POST', '/mcp', { ...json, authorization: `Bearer ${accessToken}` }, rpc('tools/call', { name: 'top_opportunities', arguments: { scope: 'MINE', count: 10 } })));
    expect(answer.statusCode).to.equal(200);
    const { result } = JSON.parse(answer.body) as { result: { structuredContent: { deals: { ownerId: string }[] } } };
    const own = stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false && o.OwnerId === repId);
    expect(result.structuredContent.deals).to.have.length(Math.min(10, own.length));
    expect(result.structuredContent.deals.every((d) => d.ownerId === repId)).to.equal(true);
  });

  it('has no stream and no session to open or end', async () => {
    expect((await invoke(functionUrlEvent('GET', '/mcp', { accept: 'text/event-stream' }))).statusCode).to.equal(405);
  });
});
