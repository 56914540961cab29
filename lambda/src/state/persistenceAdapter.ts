/**
 * ask-sdk's PersistenceAdapter on the state table (the SDK's own DynamoDB adapter still uses AWS SDK v2).
 * The key names the Alexa user, the Salesforce org and the Salesforce user, so two Alexa users, or one
 * Alexa user linked to two orgs over time, never see each other's state.
 * What it keeps (the list being paged, the last deal) is also in the session while Alexa keeps one: without the
 * table a new session starts with nothing remembered, and the turn still answers.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { type StateTable, cachedRead, cachedWrite } from './table';

export type StateKey = (envelope: RequestEnvelope) => Promise<string>;

/** `tableOf` gives the request's own view of the table (StateStore.forTurn), bounded by its deadline. */
export function createPersistenceAdapter(tableOf: (envelope: RequestEnvelope) => StateTable, keyOf: StateKey, ttlSeconds: number): PersistenceAdapter {
  return {
    async getAttributes(envelope) {
      const key = await keyOf(envelope);
      return (await cachedRead('conversation state', () => tableOf(envelope).get<Record<string, unknown>>(key))) ?? {};
    },
    async saveAttributes(envelope, attributes) {
      const key = await keyOf(envelope);
      await cachedWrite('conversation state', () => tableOf(envelope).put(key, attributes, ttlSeconds));
    },
    async deleteAttributes(envelope) {
      const key = await keyOf(envelope);
      await cachedWrite('conversation state', () => tableOf(envelope).delete(key));
    },
  };
}
