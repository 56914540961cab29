/**
 * ask-sdk's PersistenceAdapter on the state table (the SDK's own DynamoDB adapter still uses AWS SDK v2).
 * The key names the Alexa user, the Salesforce org and the Salesforce user, so two Alexa users, or one
 * Alexa user linked to two orgs over time, never see each other's state.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { StateTable } from './table';

export type StateKey = (envelope: RequestEnvelope) => Promise<string>;

export function createPersistenceAdapter(table: StateTable, keyOf: StateKey, ttlSeconds: number): PersistenceAdapter {
  return {
    async getAttributes(envelope) {
      return (await table.get<Record<string, unknown>>(await keyOf(envelope))) ?? {};
    },
    async saveAttributes(envelope, attributes) {
      await table.put(await keyOf(envelope), attributes, ttlSeconds);
    },
    async deleteAttributes(envelope) {
      await table.delete(await keyOf(envelope));
    },
  };
}
