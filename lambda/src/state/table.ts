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
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type PutItemCommandInput,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';

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

export function createStateTable(client: DynamoDBClient, tableName: string, now: () => Date = () => new Date()): StateTable {
  const epoch = () => Math.floor(now().getTime() / 1000);
  const item = (pk: string, data: unknown, ttlSeconds: number) => ({
    pk: { S: pk },
    data: { S: JSON.stringify(data) },
    expiresAt: { N: String(epoch() + ttlSeconds) },
  });
  return {
    async get<T>(pk: string) {
      const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: pk } } }));
      if (!Item?.data?.S) return undefined;
      if (Item.expiresAt?.N && Number(Item.expiresAt.N) <= epoch()) return undefined;
      return JSON.parse(Item.data.S) as T;
    },
    async put(pk, data, ttlSeconds) {
      await client.send(new PutItemCommand({ TableName: tableName, Item: item(pk, data, ttlSeconds) }));
    },
    async putIf(pk, data, ttlSeconds, expected) {
      const condition: Pick<PutItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> =
        expected === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now', ExpressionAttributeValues: { ':now': { N: String(epoch()) } } }
          : { ConditionExpression: '#data = :expected', ExpressionAttributeNames: { '#data': 'data' }, ExpressionAttributeValues: { ':expected': { S: JSON.stringify(expected) } } };
      try {
        await client.send(new PutItemCommand({ TableName: tableName, Item: item(pk, data, ttlSeconds), ...condition }));
        return true;
      } catch (err) {
        if (err instanceof ConditionalCheckFailedException) return false;
        throw err;
      }
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
