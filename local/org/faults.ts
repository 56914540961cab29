/** Injected failures: the next N calls whose path matches answer a given Salesforce error instead. */

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
