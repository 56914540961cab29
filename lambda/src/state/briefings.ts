/**
 * When a user last heard their briefing: one item per Salesforce user in the state table, so the next briefing
 * tells what changed since then, from whichever Echo they ask. Kept as long as conversation state. Without the
 * table a briefing covers the last day, as the first one does.
 */
import { type StateTable, cachedRead, cachedWrite } from './table';

const KEEP_SECONDS = 30 * 24 * 3600;

const key = (orgId: string, userId: string) => `briefing#${orgId}#${userId}`;

/** The instant of the user's last briefing, or undefined before their first. */
export async function lastBriefing(table: StateTable, orgId: string, userId: string): Promise<Date | undefined> {
  const stored = await cachedRead('last briefing', () => table.get<{ at: string }>(key(orgId, userId)));
  const at = stored ? Date.parse(stored.at) : NaN;
  return Number.isNaN(at) ? undefined : new Date(at);
}

export async function rememberBriefing(table: StateTable, orgId: string, userId: string, at: Date): Promise<void> {
  await cachedWrite('briefing time', () => table.put(key(orgId, userId), { at: at.toISOString() }, KEEP_SECONDS));
}
