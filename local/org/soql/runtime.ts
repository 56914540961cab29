/** What one execution of a compiled query works with: the store, who is asking, and per-execution memos. */
import type { OrgStore, QueryContext, SObjectRecord } from '../types';

export const DEFAULT_API_VERSION = '66.0';

export class Runtime {
  readonly apiVersion: string;
  private readonly prefixes: Map<string, string>;
  private readonly memos = new Map<object, unknown>();

  constructor(readonly store: OrgStore, readonly ctx: QueryContext) {
    this.apiVersion = ctx.apiVersion ?? DEFAULT_API_VERSION;
    this.prefixes = new Map(store.objects().map((def) => [def.keyPrefix, def.name]));
  }

  /** The object an id belongs to, by its key prefix. */
  typeOfId(id: string): string | undefined {
    return this.prefixes.get(id.slice(0, 3));
  }

  /** The record a reference points at, of a known type or (polymorphic) the type its prefix names. */
  follow(id: unknown, type?: string): { type: string; record: SObjectRecord } | undefined {
    if (typeof id !== 'string') return undefined;
    const target = type ?? this.typeOfId(id);
    const record = target === undefined ? undefined : this.store.get(target, id);
    return target === undefined || record === undefined ? undefined : { type: target, record };
  }

  /** Computes a value once per execution (semi-join id sets, date ranges), keyed by the compiled node. */
  memo<T>(key: object, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  recordUrl(type: string, id: string): string {
    return `/services/data/v${this.apiVersion}/sobjects/${type}/${id}`;
  }
}
