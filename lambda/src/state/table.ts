/**
 * The one state store: a single DynamoDB table with a string key `pk`, a JSON `data` attribute and an
 * `expiresAt` TTL attribute (epoch seconds). DynamoDB deletes expired items late (and dynalite never does),
 * so reads treat an expired item as absent.
 */
import {
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';

export interface StateTable {
  get<T>(pk: string): Promise<T | undefined>;
  put(pk: string, data: unknown, ttlSeconds: number): Promise<void>;
  delete(pk: string): Promise<void>;
}

export function createStateTable(client: DynamoDBClient, tableName: string, now: () => Date = () => new Date()): StateTable {
  const epoch = () => Math.floor(now().getTime() / 1000);
  return {
    async get<T>(pk: string) {
      const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: pk } } }));
      if (!Item?.data?.S) return undefined;
      if (Item.expiresAt?.N && Number(Item.expiresAt.N) <= epoch()) return undefined;
      return JSON.parse(Item.data.S) as T;
    },
    async put(pk, data, ttlSeconds) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { pk: { S: pk }, data: { S: JSON.stringify(data) }, expiresAt: { N: String(epoch() + ttlSeconds) } },
        }),
      );
    },
    async delete(pk) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: pk } } }));
    },
  };
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
