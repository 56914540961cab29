/**
 * What describe says about a user's org (its optional features, its picklist labels in a language), kept for an
 * hour in this process's memory: describe answers change when an admin changes the org, not between two questions,
 * so a warm question costs no describe call. Keys name the org and the user (describe answers what the user may
 * reach) and whatever else the answer depends on (the language of labels).
 */
export interface DescribeCache {
  /** The answer under `key`, described when not known or older than the time to keep it. */
  get<T>(key: string, describe: () => Promise<T>): Promise<T>;
}

export function createDescribeCache(options: { ttlSeconds?: number; entries?: number; now?: () => Date } = {}): DescribeCache {
  const { ttlSeconds = 3600, entries = 1000, now = () => new Date() } = options;
  const memory = new Map<string, { answer: Promise<unknown>; expiresAt: number }>();
  return {
    get<T>(key: string, describe: () => Promise<T>): Promise<T> {
      const cached = memory.get(key);
      if (cached && cached.expiresAt > now().getTime()) return cached.answer as Promise<T>;
      // The promise is kept, so two requests at once describe once; a failed describe is forgotten, not kept.
      const answer = describe();
      memory.delete(key);
      memory.set(key, { answer, expiresAt: now().getTime() + ttlSeconds * 1000 });
      if (memory.size > entries) memory.delete(memory.keys().next().value!);
      answer.catch(() => memory.delete(key));
      return answer;
    },
  };
}
