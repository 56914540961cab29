/**
 * Self-hosted HTTPS endpoint (`npm run serve`): the same skill behind ask-sdk-express-adapter, for teams that
 * run the skill on their own server instead of Lambda. Alexa's request signature and timestamp are checked
 * unless `--no-verify` is given, which is only for local testing: Alexa requires the checks in production.
 * TLS is the job of the reverse proxy in front (Alexa calls HTTPS endpoints only).
 */
import type { Server } from 'node:http';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import { createApp } from './app';
import { readConfig } from './config';
import { log } from './log';

export function startServer(skill: Skill, options: { port: number; verify: boolean }): Promise<Server> {
  const adapter = new ExpressAdapter(skill, options.verify, options.verify);
  const server = express();
  // No body parser before the adapter: it needs the raw body to check the signature.
  server.post('/', adapter.getRequestHandlers());
  return new Promise((resolve) => {
    const listening = server.listen(options.port, () => resolve(listening));
  });
}

async function main(): Promise<void> {
  const verify = !process.argv.includes('--no-verify');
  const app = createApp(readConfig());
  await app.ready;
  const server = await startServer(app.skill, { port: Number(process.env.PORT ?? 3000), verify });
  log.info('skill endpoint listening', { address: server.address(), verifyRequests: verify });
}

if (require.main === module) {
  main().catch((err) => {
    log.error('could not start the endpoint', { error: String(err) });
    process.exit(1);
  });
}
