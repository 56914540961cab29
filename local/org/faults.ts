/**
 * Injected failures: the next N calls whose path matches answer a given Salesforce error instead, or a raw reply
 * (a body that is not JSON, an HTML page, a flow's failed results), before or after doing the work.
 */

export interface Fault {
  status: number;
  errorCode: string;
  message: string;
  /** The fields the error names, as a validation rule or a required field error does. */
  fields?: string[];
  /** How many matching calls fail; default 1. */
  times?: number;
  /** Tested against the request path (no query string); absent = every data and OAuth call. */
  path?: RegExp;
  /** This body as it is, instead of the error built from errorCode and message. */
  body?: string;
  /** The Content-Type of `body`; default Salesforce's JSON type. */
  contentType?: string;
  /** The request is carried out first and only its reply is replaced: the work is done, the answer lost. */
  afterWork?: boolean;
}

export class FaultQueue {
  private pending: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    this.pending.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.pending = [];
  }

  /** The oldest fault matching `path`, used up by this call. */
  take(path: string): Fault | undefined {
    const entry = this.pending.find(({ fault }) => !fault.path || fault.path.test(path));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending = this.pending.filter((e) => e !== entry);
    return entry.fault;
  }
}
