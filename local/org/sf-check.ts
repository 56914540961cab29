/**
 * `npm run org:sf-check`: Salesforce's own CLI against the local org — log in with an access token, org display,
 * queries (an aggregate too), create, get, update, delete, describe and limits — each answer checked against the
 * org's records. `sf` is not a dependency (it is large): install it (`npm install -g @salesforce/cli`) or point
 * SF_BIN at one. It runs with a throwaway HOME, so your own `sf` logins are untouched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startOrg } from './index';

const run = promisify(execFile);

interface Step { name: string; check: () => Promise<void> }

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function main(): Promise<void> {
  const sfBin = process.env.SF_BIN ?? 'sf';
  const org = await startOrg({ port: 0 });
  const home = mkdtempSync(join(tmpdir(), 'sf-check-'));
  const manager = org.demo.users.find((u) => u.role === 'manager')!;
  const env = {
    ...process.env, HOME: home, SF_ACCESS_TOKEN: org.issueTokens(manager.username).access_token,
    SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true', SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
  };
  /** One `sf` command with --json: its `result`, or an error with its message. Async: the org answers in this process. */
  const sf = async (...args: string[]): Promise<Record<string, unknown>> => {
    const { stdout } = await run(sfBin, [...args, '--json'], { env, maxBuffer: 20 * 1024 * 1024 }).catch((e: { stdout?: string; message: string }) => {
      if (e.stdout) return { stdout: e.stdout };
      throw e;
    });
    const answer = JSON.parse(stdout) as { status: number; result?: Record<string, unknown>; message?: string };
    if (answer.status !== 0 || !answer.result) throw new Error(`sf ${args.join(' ')}: ${answer.message ?? stdout}`);
    return answer.result;
  };
  const target = ['--target-org', 'local'];
  let accountId = '';

  const steps: Step[] = [
    { name: 'sf org login access-token', check: async () => {
      const result = await sf('org', 'login', 'access-token', '--instance-url', org.url, '--alias', 'local', '--no-prompt');
      assert(result.orgId === org.demo.orgId, `logged in to ${String(result.orgId)}`);
    } },
    { name: 'sf org display', check: async () => {
      const result = await sf('org', 'display', ...target);
      assert(result.connectedStatus === 'Connected', `connectedStatus ${String(result.connectedStatus)}`);
      assert(result.username === manager.username, `username ${String(result.username)}`);
    } },
    { name: 'sf data query (related fields)', check: async () => {
      const result = await sf('data', 'query', ...target, '--query', 'SELECT Name, Amount, Account.Name FROM Opportunity WHERE IsClosed = false');
      const open = org.store.all('Opportunity').filter((o) => o.IsClosed === false).length;
      assert(result.totalSize === open, `${String(result.totalSize)} records, the org has ${open} open opportunities`);
    } },
    { name: 'sf data query (an aggregate)', check: async () => {
      const result = await sf('data', 'query', ...target, '--query', 'SELECT COUNT(Id) n, SUM(Amount) total FROM Opportunity WHERE IsWon = true');
      const won = org.store.all('Opportunity').filter((o) => o.IsWon === true);
      const [row] = result.records as { n: number; total: number }[];
      const total = won.reduce((sum, o) => sum + Number(o.Amount ?? 0), 0);
      assert(row?.n === won.length && row.total === total, `got ${JSON.stringify(row)}, expected n ${won.length}, total ${total}`);
    } },
    { name: 'sf data create record', check: async () => {
      const result = await sf('data', 'create', 'record', ...target, '--sobject', 'Account', '--values', "Name='sf check Co'");
      accountId = String(result.id);
      assert(org.store.get('Account', accountId)?.Name === 'sf check Co', `no account ${accountId} in the org`);
    } },
    { name: 'sf data update record', check: async () => {
      await sf('data', 'update', 'record', ...target, '--sobject', 'Account', '--record-id', accountId, '--values', "Name='sf check Holdings'");
      assert(org.store.get('Account', accountId)?.Name === 'sf check Holdings', 'the name did not change');
    } },
    { name: 'sf data get record', check: async () => {
      const result = await sf('data', 'get', 'record', ...target, '--sobject', 'Account', '--record-id', accountId);
      assert(result.Name === 'sf check Holdings', `Name ${String(result.Name)}`);
    } },
    { name: 'sf data delete record', check: async () => {
      await sf('data', 'delete', 'record', ...target, '--sobject', 'Account', '--record-id', accountId);
      assert(org.store.get('Account', accountId) === undefined, 'the account is still there');
    } },
    { name: 'sf sobject describe', check: async () => {
      const result = await sf('sobject', 'describe', ...target, '--sobject', 'Opportunity');
      assert(result.name === 'Opportunity' && Array.isArray(result.fields), 'not the Opportunity describe');
    } },
    { name: 'sf org list limits', check: async () => {
      const result = (await sf('org', 'list', 'limits', ...target)) as unknown as { name: string }[];
      assert(result.some((l) => l.name === 'DailyApiRequests'), 'no DailyApiRequests');
    } },
  ];

  let failed = 0;
  try {
    for (const step of steps) {
      try {
        await step.check();
        console.log(`✔ ${step.name}`);
      } catch (e) {
        failed += 1;
        console.log(`✘ ${step.name}: ${(e as Error).message.split('\n')[0]}`);
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
          console.log(`  no \`${sfBin}\`: install Salesforce's CLI (npm install -g @salesforce/cli) or set SF_BIN`);
          break;
        }
      }
    }
  } finally {
    await org.close();
    rmSync(home, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

void main();
