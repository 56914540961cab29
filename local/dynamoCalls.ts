/** Counts the DynamoDB commands a client sends, for the benchmark and the tests of the warm path. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DynamoCalls {
  reads(): number;
  writes(): number;
  byCommand(): Record<string, number>;
  reset(): void;
}

const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

export function countDynamoCalls(client: DynamoDBClient): DynamoCalls {
  let counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => (args) => {
      counts[context.commandName!] = (counts[context.commandName!] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countDynamoCalls' },
  );
  const sum = (names: Set<string>) => Object.entries(counts).reduce((n, [name, c]) => n + (names.has(name) ? c : 0), 0);
  return {
    reads: () => sum(READS),
    writes: () => sum(WRITES),
    byCommand: () => ({ ...counts }),
    reset: () => {
      counts = {};
    },
  };
}
