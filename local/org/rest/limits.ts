/** The org's daily API request allowance, the `Sforce-Limit-Info` header and `GET /limits`. */
import { SalesforceError } from '../types';
import { ok, type Resource } from './data-api';

export class ApiUsage {
  private used = 0;

  constructor(readonly max: number) {}

  /** Counts one authenticated data call; refuses it once the day's allowance is spent. */
  consume(): void {
    if (this.used >= this.max) throw new SalesforceError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', 403);
    this.used += 1;
  }

  /** `Sforce-Limit-Info: api-usage=18/15000` */
  header(): string {
    return `api-usage=${this.used}/${this.max}`;
  }

  remaining(): number {
    return this.max - this.used;
  }
}

/**
 * `GET /limits`: DailyApiRequests is live; the rest are fixed Developer Edition-sized values so clients
 * that read them find the keys (REST API Developer Guide, "Limits").
 */
export function limitsResource(usage: ApiUsage): Resource {
  const fixed = (max: number): { Max: number; Remaining: number } => ({ Max: max, Remaining: max });
  return {
    pattern: /^\/limits\/?$/,
    methods: {
      GET: () => ok({
        ConcurrentAsyncGetReportInstances: fixed(200),
        ConcurrentSyncReportRuns: fixed(20),
        DailyApiRequests: { Max: usage.max, Remaining: usage.remaining() },
        DailyAsyncApexExecutions: fixed(250000),
        DailyBulkApiBatches: fixed(15000),
        DailyWorkflowEmails: fixed(1890),
        DataStorageMB: fixed(5),
        FileStorageMB: fixed(20),
        HourlyTimeBasedWorkflow: fixed(50),
        SingleEmail: fixed(15),
      }),
    },
  };
}
