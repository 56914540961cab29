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

/** Connections the emulator accepted: every TCP connection, and those of them that completed a TLS handshake. */
export interface ConnectionCounts {
  accepted: number;
  tls: number;
}

export class ConnectionCounters {
  private counts: ConnectionCounts = { accepted: 0, tls: 0 };

  accepted(): void {
    this.counts.accepted += 1;
  }

  secured(): void {
    this.counts.tls += 1;
  }

  snapshot(): ConnectionCounts {
    return { ...this.counts };
  }

  reset(): void {
    this.counts = { accepted: 0, tls: 0 };
  }
}
