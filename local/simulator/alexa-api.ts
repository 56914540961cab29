/**
 * A local stand-in for the Alexa API endpoint that request envelopes name in `context.System.apiEndpoint`:
 * - POST /v1/directives, the Progressive Response (Directive) API
 *   (https://developer.amazon.com/docs/custom-skills/send-the-user-a-progressive-response.html):
 *   a VoicePlayer.Speak for a request still being worked on, authorised by that request's apiAccessToken;
 * - GET /v2/devices/{deviceId}/settings/System.timeZone, the device settings API, so a skill can ask
 *   for the device's time zone as it would live.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ssmlProblem } from './ssml';
import { stripSsml } from './speech';

interface OpenRequest {
  token: string;
  speeches: string[];
}

export class AlexaApiServer {
  private server?: Server;
  private endpoint?: string;
  private readonly open = new Map<string, OpenRequest>();

  constructor(private readonly device: { deviceId: string; timeZone: string }) {}

  /** Starts listening on a free local port (once) and returns the endpoint URL. */
  async start(): Promise<string> {
    if (this.endpoint) return this.endpoint;
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.endpoint;
  }

  /** From now until `closeRequest`, the skill may send progressive responses for this request. */
  openRequest(requestId: string, token: string): void {
    this.open.set(requestId, { token, speeches: [] });
  }

  /** Stops accepting directives for the request; returns what the skill said meanwhile, as plain text. */
  closeRequest(requestId: string): string[] {
    const request = this.open.get(requestId);
    this.open.delete(requestId);
    return request?.speeches ?? [];
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.endpoint = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/v1/directives') {
      const body = await readJson(req);
      const request = this.open.get(body?.header?.requestId);
      if (!request || request.token !== token) return reply(res, 401, { message: 'Not Authorized.' });
      const directive = body?.directive;
      const problem = directive?.type !== 'VoicePlayer.Speak' || typeof directive.speech !== 'string'
        ? 'only VoicePlayer.Speak with a speech string is supported'
        : ssmlProblem(directive.speech);
      if (problem) return reply(res, 400, { message: `Directive not valid: ${problem}` });
      request.speeches.push(stripSsml(directive.speech));
      return reply(res, 204);
    }
    const settings = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(url.pathname);
    if (req.method === 'GET' && settings) {
      if (![...this.open.values()].some((r) => r.token === token)) return reply(res, 403, { message: 'Access denied.' });
      if (decodeURIComponent(settings[1]!) !== this.device.deviceId) return reply(res, 404, { message: 'Unknown device.' });
      return reply(res, 200, this.device.timeZone);
    }
    return reply(res, 404, { message: `${req.method} ${url.pathname} is not simulated` });
  }
}

/** The request body as JSON (`any`: untrusted, so every field used is checked where it is read). */
async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
