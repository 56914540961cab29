/** Calls the emulator served, for tests and the benchmark ("one Salesforce call per warm read"). */

export interface CallCounts {
  dataApiCalls: number;
  oauthCalls: number;
  /** Request path (no query string) → calls, whatever their outcome. */
  byPath: Record<string, number>;
}

export type CallKind = 'data' | 'oauth' | 'other';

export class CallCounters {
  private counts: CallCounts = { dataApiCalls: 0, oauthCalls: 0, byPath: {} };

  record(kind: CallKind, path: string): void {
    if (kind === 'data') this.counts.dataApiCalls += 1;
    if (kind === 'oauth') this.counts.oauthCalls += 1;
    this.counts.byPath[path] = (this.counts.byPath[path] ?? 0) + 1;
  }

  snapshot(): CallCounts {
    return { ...this.counts, byPath: { ...this.counts.byPath } };
  }

  reset(): void {
    this.counts = { dataApiCalls: 0, oauthCalls: 0, byPath: {} };
  }
}
