/**
 * The embedded DynamoDB for running without AWS: dynalite, in memory, on a local port. It speaks the real
 * DynamoDB API, so the skill's client code is the same as in production (but dynalite has no TTL; the
 * state table checks expiry itself).
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

export function startDynalite(port = 0): Promise<LocalDynamo> {
  // createTableMs: 0 makes a new table ACTIVE at once instead of after half a second.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
