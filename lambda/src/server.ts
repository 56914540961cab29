/**
 * Self-hosted HTTPS endpoint (`npm run serve`): the same skill behind ask-sdk-express-adapter's verifiers, for teams
 * that run the skill on their own server instead of Lambda. Alexa's request signature and timestamp are checked
 * unless `--no-verify` is given, which is only for local testing: Alexa requires the checks in production.
 * TLS is the job of the reverse proxy in front (Alexa calls HTTPS endpoints only), so the endpoint listens on
 * loopback unless HOST says otherwise.
 *
 * The adapter's own request handlers are not used: they answer errors with the internal message
 * (`${err.name}, ${err.message}`) and check the timestamp only for requests from the past.
 */
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SkillRequestSignatureVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler } from 'express';
import { createApp } from './app';
import { readConfig } from './config';
import { log } from './log';

/**
 * "Your service should allow a tolerance of no more than 150 seconds … only accept requests in which the request
 * timestamp is within 150 seconds of the current time" (https://developer.amazon.com/docs/custom-skills/host-a-custom-skill-as-a-web-service.html,
 * "Check the request timestamp") — within, so a timestamp from the future counts as much as one from the past.
 * ask-sdk-express-adapter allows skill events an hour; this skill subscribes to none (skill.json has no `events`).
 */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

/** Alexa's requests are a few kilobytes; anything far bigger is not from Alexa. */
export const BODY_LIMIT = '128kb';

export function timestampVerifier(now: () => number = Date.now): Verifier {
  return {
    async verify(body: string) {
      const timestamp = Date.parse((JSON.parse(body) as { request?: { timestamp?: string } }).request?.timestamp ?? '');
      if (!(Math.abs(now() - timestamp) <= TIMESTAMP_TOLERANCE_MS)) throw new Error('request timestamp outside the tolerance');
    },
  };
}

export interface ServerOptions {
  port: number;
  /** The interface to listen on; default loopback, behind the TLS proxy. */
  host?: string;
  verify: boolean;
  /** The clock the timestamp check uses (tests). */
  now?: () => number;
  /** The signature check; tests give one that accepts, to reach the timestamp check. */
  signature?: Verifier;
  bodyLimit?: string;
}

/** Answers are plain and short: no stack traces, no internal messages. */
function plain(res: express.Response, status: number, text: string): void {
  res.status(status).type('text/plain').send(text);
}

export function startServer(skill: Skill, options: ServerOptions): Promise<Server> {
  const verifiers: Verifier[] = options.verify ? [options.signature ?? new SkillRequestSignatureVerifier(), timestampVerifier(options.now)] : [];
  const server = express();
  server.disable('x-powered-by');
  // The raw text, not parsed JSON: the signature is computed over the exact bytes.
  server.post('/', express.text({ type: '*/*', limit: options.bodyLimit ?? BODY_LIMIT }), async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    let envelope: RequestEnvelope;
    try {
      envelope = JSON.parse(body) as RequestEnvelope;
      await Promise.all(verifiers.map((v) => v.verify(body, req.headers as IncomingHttpHeaders)));
    } catch (err) {
      log.warn('request refused', { reason: err instanceof Error ? err.message : String(err) });
      plain(res, 400, 'Bad request');
      return;
    }
    try {
      res.json(await skill.invoke(envelope));
    } catch (err) {
      log.error('request failed', { error: err instanceof Error ? err.name : 'unknown', detail: err instanceof Error ? err.message : String(err) });
      plain(res, 500, 'Internal error');
    }
  });
  // body-parser's errors (413 too large, 400 bad encoding) would otherwise reach Express's default handler,
  // which prints the stack trace outside production.
  const errors: ErrorRequestHandler = (err: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    log.warn('request refused', { status, reason: err.type ?? err.message });
    plain(res, status, status === 413 ? 'Payload too large' : status === 500 ? 'Internal error' : 'Bad request');
  };
  server.use(errors);
  return new Promise((resolve, reject) => {
    const listening = server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(listening)).on('error', reject);
  });
}

/** `npm run serve`: PORT (default 3000) and HOST (default 127.0.0.1) from the environment. */
export async function serve(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): Promise<Server> {
  const verify = !argv.includes('--no-verify');
  const config = readConfig(env);
  const app = createApp(config);
  await app.ready;
  if (!config.skillId) log.warn('SKILL_ID is not set: the endpoint answers requests for any skill; set it to your skill’s id');
  const server = await startServer(app.skill, { port: Number(env.PORT ?? 3000), host: env.HOST || '127.0.0.1', verify });
  log.info('skill endpoint listening', { address: server.address(), verifyRequests: verify });
  return server;
}

if (require.main === module) {
  serve().catch((err) => {
    log.error('could not start the endpoint', { error: String(err) });
    process.exit(1);
  });
}
