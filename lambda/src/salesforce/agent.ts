/**
 * Connections to Salesforce stay open between turns. A user's turns come seconds apart, and Node's global HTTPS
 * agent closes an idle socket after 5 s (https://nodejs.org/api/https.html#httpsglobalagent), so every turn paid a
 * new TCP and TLS handshake. jsforce takes no agent of its own: its node-fetch request passes one only for
 * `httpProxy` (jsforce 3 lib/request.js; a keep-alive option was proposed and closed unmerged,
 * https://github.com/jsforce/jsforce/pull/1295), so node-fetch falls back to `https.globalAgent`, which this
 * replaces with one that keeps idle sockets longer. Node lowers that time to what a server announces in its
 * `Keep-Alive: timeout=` header, so a server that closes sooner is not raced.
 */
import https from 'node:https';
import { rootCertificates } from 'node:tls';

/**
 * Longer than the pause between two turns; Salesforce documents no idle limit of its own [unconfirmed], and a
 * minute is where load balancers commonly close idle connections.
 */
export const SALESFORCE_IDLE_SOCKET_MS = 50_000;

let lastUse = 0;

/**
 * Called as each Salesforce call starts and ends: when the last use is longer ago than an idle socket may live,
 * first closes the sockets still in the pool. A frozen Lambda runs no timers, so after a long pause the pool may
 * hold a socket Salesforce has closed meanwhile, and a request written to it fails ("socket hang up") — jsforce
 * does not retry, and a write may not be retried blindly.
 */
export function touchConnections(now: number): void {
  if (now - lastUse > SALESFORCE_IDLE_SOCKET_MS) {
    for (const sockets of Object.values(https.globalAgent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
  }
  lastUse = Math.max(lastUse, now);
}

/**
 * `trust`: a PEM certificate to accept besides the public roots — only for a local org's self-signed HTTPS
 * listener (local/org/tls.ts); verification stays on.
 */
export function keepSalesforceConnectionsAlive(trust?: string): void {
  https.globalAgent = new https.Agent({
    keepAlive: true,
    timeout: SALESFORCE_IDLE_SOCKET_MS,
    scheduling: 'lifo',
    ...(trust ? { ca: [...rootCertificates, trust] } : {}),
  });
}
