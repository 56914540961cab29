/**
 * The embedded DynamoDB for running without AWS: dynalite, in memory, on a local port. It speaks the real
 * DynamoDB API, so the skill's client code is the same as in production (but dynalite has no TTL; the
 * state table checks expiry itself). Tests can make it hang or throttle, as a real table can.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** How the table answers: normally, never (the request stays open), or with DynamoDB's throttling error. */
export type DynamoMode = 'healthy' | 'hanging' | 'throttled';

export interface LocalDynamo {
  endpoint: string;
  setMode(mode: DynamoMode): void;
  /** HTTP requests received (each SDK attempt is one), and how many of them are still open. */
  requests(): { received: number; open: number };
  resetRequests(): void;
  /** TCP connections accepted since start: a client that keeps its connections alive opens few. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * Idle connections stay open a minute, as DynamoDB was seen to keep them (aws/aws-sdk-java#1365; AWS documents no
 * figure [unconfirmed]); Node's server default of 5 s would close them between two turns.
 */
const KEEP_ALIVE_MS = 60_000;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// DynamoDB's JSON protocol error for a table over its throughput, which the SDK retries with backoff.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
const THROTTLED = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});

export function startDynalite(port = 0): Promise<LocalDynamo> {
  // createTableMs: 0 makes a new table ACTIVE at once instead of after half a second.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  let connections = 0;
  server.on('connection', () => connections++);
  // dynalite is an http.Server with its handler on 'request': the faults go in front of it.
  const [dynaliteHandler] = server.listeners('request') as Handler[];
  server.removeAllListeners('request');
  let mode: DynamoMode = 'healthy';
  let received = 0;
  const open = new Set<ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    received++;
    open.add(res);
    res.on('close', () => open.delete(res));
    if (mode === 'hanging') {
      req.resume(); // read the body, answer nothing
      return;
    }
    if (mode === 'throttled') {
      req.resume();
      req.on('end', () => {
        res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-RequestId': `throttled-${received}` });
        res.end(THROTTLED);
      });
      return;
    }
    dynaliteHandler!(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${actual}`,
        connections: () => connections,
        setMode: (next) => {
          mode = next;
        },
        requests: () => ({ received, open: open.size }),
        resetRequests: () => {
          received = 0;
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
