/** Shared by the org emulator's HTTP suites: a client acting as one of the demo org's users. */
import { Connection } from 'jsforce';
import type { OrgEmulator } from '../../local/org';

export const API = '/services/data/v66.0';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown;
}

type DemoUser = OrgEmulator['demo']['users'][number];

export class OrgClient {
  readonly conn: Connection;
  readonly accessToken: string;

  constructor(readonly org: OrgEmulator, readonly user: DemoUser) {
    this.accessToken = org.issueTokens(user.username).access_token;
    this.conn = new Connection({ instanceUrl: org.url, accessToken: this.accessToken, version: '66.0' });
  }

  /** The first demo user with the role. */
  static as(org: OrgEmulator, role: DemoUser['role']): OrgClient {
    const user = org.demo.users.find((u) => u.role === role);
    if (!user) throw new Error(`no ${role} in the demo org`);
    return new OrgClient(org, user);
  }

  /** A raw call; `path` is absolute (`/services/…`) or relative to `/services/data/v66.0`. */
  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const url = `${this.org.url}${path.startsWith('/services') ? path : `${API}${path}`}`;
    const response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${this.accessToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = /^application\/json/.test(response.headers.get('content-type') ?? '') && text !== '';
    return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) as unknown : text };
  }
}

/** The error a jsforce promise rejects with (fails the test when it resolves). */
export async function rejection(promise: PromiseLike<unknown>): Promise<Error & { errorCode?: string; data?: unknown }> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}
