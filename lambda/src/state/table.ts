/**
 * The one state store: a single DynamoDB table with a string key `pk`, a JSON `data` attribute and an
 * `expiresAt` TTL attribute (epoch seconds). DynamoDB deletes expired items late (and dynalite never does),
 * so reads treat an expired item as absent.
 *
 * A request uses the table through `forTurn`: every call shares the turn's deadline with Salesforce (Alexa waits
 * 8 seconds), and a table that failed once is not asked again in that turn. Its failures are StateUnavailableError,
 * so callers can treat the table as the cache it is for reads (state/identities.ts, persistenceAdapter.ts).
 */
import {
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type PutItemCommandInput,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { log } from '../log';

/** DynamoDB did not answer in time, throttled past the retries, or failed otherwise. */
export class StateUnavailableError extends Error {
  override name = 'StateUnavailableError';
}

/**
 * How long one call may take, its retries included. DynamoDB answers in milliseconds; waiting longer only eats
 * the turn's budget that Salesforce and the answer need.
 */
export const STATE_CALL_MS = 1000;
/** With less than this left of the turn the call is not made: the answer needs the time more. */
export const STATE_MIN_CALL_MS = 100;

export interface StateTable {
  get<T>(pk: string): Promise<T | undefined>;
  put(pk: string, data: unknown, ttlSeconds: number): Promise<void>;
  /**
   * Writes only if the item is absent or expired (`expected` undefined) or still holds exactly `expected`:
   * the one atomic step that lets two racing requests agree on who performs a write. True when written.
   */
  putIf(pk: string, data: unknown, ttlSeconds: number, expected?: unknown): Promise<boolean>;
  delete(pk: string): Promise<void>;
}

export interface StateStore extends StateTable {
  /**
   * The table for one turn: each call ends by `deadline` (epoch ms) and within STATE_CALL_MS, and after one failure
   * the rest of the turn gets StateUnavailableError at once instead of waiting again.
   */
  forTurn(deadline: () => number): StateTable;
}

/** Runs one DynamoDB command; the turn's version passes an abort signal and bounds the wait. */
type Call = <T>(run: (options: { abortSignal?: AbortSignal }) => Promise<T>) => Promise<T>;

export function createStateTable(client: DynamoDBClient, tableName: string, now: () => Date = () => new Date()): StateStore {
  return { ...tableOn(client, tableName, now, (run) => run({})), forTurn: (deadline) => tableOn(client, tableName, now, boundedCalls(deadline)) };
}

function boundedCalls(deadline: () => number): Call {
  let failed: StateUnavailableError | undefined;
  return async (run) => {
    if (failed) throw failed;
    const ms = Math.min(STATE_CALL_MS, deadline() - Date.now());
    if (ms < STATE_MIN_CALL_MS) throw new StateUnavailableError('no time left in this turn for DynamoDB');
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Aborting destroys the request, so its socket goes back to the pool instead of hanging on.
        controller.abort();
        reject(new StateUnavailableError(`DynamoDB did not answer within ${ms} ms`));
      }, ms);
    });
    try {
      return await Promise.race([run({ abortSignal: controller.signal }), timedOut]);
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw err; // an answer, not a failure
      failed = err instanceof StateUnavailableError ? err : new StateUnavailableError(`DynamoDB: ${String(err)}`, { cause: err });
      throw failed;
    } finally {
      clearTimeout(timer);
    }
  };
}

function tableOn(client: DynamoDBClient, tableName: string, now: () => Date, call: Call): StateTable {
  const epoch = () => Math.floor(now().getTime() / 1000);
  const item = (pk: string, data: unknown, ttlSeconds: number) => ({
    pk: { S: pk },
    data: { S: JSON.stringify(data) },
    expiresAt: { N: String(epoch() + ttlSeconds) },
  });
  return {
    async get<T>(pk: string) {
      const { Item } = await call((o) => client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: pk } } }), o));
      if (!Item?.data?.S) return undefined;
      if (Item.expiresAt?.N && Number(Item.expiresAt.N) <= epoch()) return undefined;
      return JSON.parse(Item.data.S) as T;
    },
    async put(pk, data, ttlSeconds) {
      await call((o) => client.send(new PutItemCommand({ TableName: tableName, Item: item(pk, data, ttlSeconds) }), o));
    },
    async putIf(pk, data, ttlSeconds, expected) {
      const condition: Pick<PutItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> =
        expected === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now', ExpressionAttributeValues: { ':now': { N: String(epoch()) } } }
          : { ConditionExpression: '#data = :expected', ExpressionAttributeNames: { '#data': 'data' }, ExpressionAttributeValues: { ':expected': { S: JSON.stringify(expected) } } };
      try {
        await call((o) => client.send(new PutItemCommand({ TableName: tableName, Item: item(pk, data, ttlSeconds), ...condition }), o));
        return true;
      } catch (err) {
        if (err instanceof ConditionalCheckFailedException) return false;
        throw err;
      }
    },
    async delete(pk) {
      await call((o) => client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: pk } } }), o));
    },
  };
}

/**
 * A read of what the table only remembers for speed or convenience: without the table it is simply not there,
 * and the turn goes on with what Salesforce and the session know.
 */
export async function cachedRead<T>(what: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof StateUnavailableError)) throw err;
    log.warn(`${what} not read: the state table is unavailable`, { error: err.message });
    return undefined;
  }
}

/** A write of what the table only remembers: skipped without the table, so the answer still goes out. */
export async function cachedWrite(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (!(err instanceof StateUnavailableError)) throw err;
    log.warn(`${what} not saved: the state table is unavailable`, { error: err.message });
  }
}

/** For a local DynamoDB only: create the table when it is missing (in AWS the CloudFormation stack owns it). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const status = async () => {
    try {
      return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus;
    } catch (err) {
      if (err instanceof ResourceNotFoundException) return undefined;
      throw err;
    }
  };
  if ((await status()) === undefined) {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  }
  // The SDK's waiter polls every 20 s at least; a local table is ready in milliseconds.
  for (let tries = 0; (await status()) !== 'ACTIVE'; tries++) {
    if (tries > 200) throw new Error(`table ${tableName} did not become ACTIVE`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
