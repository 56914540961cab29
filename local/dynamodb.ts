/**
 * The embedded DynamoDB for running without AWS: dynalite, in memory, on a local port. It speaks the real
 * DynamoDB API, so the skill's client code is the same as in production (but dynalite has no TTL; the
 * state table checks expiry itself).
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface LocalDynamo {
  endpoint: string;
  /** TCP connections accepted since start: a client that keeps its connections alive opens few. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * Idle connections stay open a minute, as DynamoDB was seen to keep them (aws/aws-sdk-java#1365; AWS documents no
 * figure [unconfirmed]); Node's server default of 5 s would close them between two turns.
 */
const KEEP_ALIVE_MS = 60_000;

export function startDynalite(port = 0): Promise<LocalDynamo> {
  // createTableMs: 0 makes a new table ACTIVE at once instead of after half a second.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  let connections = 0;
  server.on('connection', () => connections++);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${actual}`,
        connections: () => connections,
        close: () => new Promise((done) => {
          server.close(() => done());
          // Kept-alive connections would hold close() open for a minute.
          server.closeAllConnections();
        }),
      });
    });
  });
}
