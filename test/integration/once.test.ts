import { expect } from 'chai';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LinkRequiredError, SalesforceLimitError, SalesforceRequestError, SalesforceUnavailableError } from '../../lambda/src/salesforce/errors';
import { WriteInProgressError, once, writeKey } from '../../lambda/src/state/once';
import { StateUnavailableError, createStateTable, ensureTable, type StateTable } from '../../lambda/src/state/table';
import { type LocalDynamo, startDynalite } from '../../local/dynamodb';

describe('a write happens once (idempotency records in DynamoDB)', () => {
  let dynamo: LocalDynamo;
  let client: DynamoDBClient;
  let table: StateTable;
  let clock: Date;
  const now = () => clock;

  before(async () => {
    dynamo = await startDynalite();
    client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    await ensureTable(client, 'once-test');
    table = createStateTable(client, 'once-test', now);
  });
  after(async () => {
    client.destroy();
    await dynamo.close();
  });
  beforeEach(() => {
    clock = new Date('2026-11-26T15:00:00Z');
  });

  function counting(result: string) {
    const calls = { perform: 0, recover: [] as Date[] };
    return {
      calls,
      perform: async () => {
        calls.perform++;
        return result;
      },
      recover: async (since: Date) => {
        calls.recover.push(since);
        return undefined;
      },
    };
  }

  it('performs the first time and answers a repeat with the first result', async () => {
    const w = counting('case-1');
    const identity = { kind: 'case', subject: 'printer', n: 1 };
    expect(await once({ table, identity, now, ...w })).to.deep.equal({ result: 'case-1', repeated: false });
    const again = counting('case-2');
    expect(await once({ table, identity, now, ...again })).to.deep.equal({ result: 'case-1', repeated: true });
    expect(w.calls.perform + again.calls.perform).to.equal(1);
  });

  it('lets only one of two simultaneous requests write', async () => {
    const w = counting('event-1');
    const identity = { kind: 'meeting', n: 2 };
    const outcomes = await Promise.allSettled([once({ table, identity, now, ...w }), once({ table, identity, now, ...w })]);
    expect(w.calls.perform).to.equal(1);
    const rejected = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(rejected.every((e) => e instanceof WriteInProgressError)).to.equal(true);
  });

  it('frees the key when Salesforce refuses the write, so a corrected retry can write', async () => {
    const identity = { kind: 'case', n: 3 };
    let refused: unknown;
    await once({ table, identity, now, perform: async () => { throw new SalesforceRequestError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Subject]'); }, recover: async () => undefined }).catch((e) => (refused = e));
    expect(refused).to.be.instanceOf(SalesforceRequestError);
    const w = counting('case-3');
    expect((await once({ table, identity, now, ...w })).result).to.equal('case-3');
  });

  for (const [refusal, error] of [
    ['the org has no API requests left', () => new SalesforceLimitError('TotalRequests Limit exceeded.')],
    ['the link has expired', () => new LinkRequiredError('expired')],
  ] as const) {
    it(`frees the key when ${refusal}: nothing was written, so the next attempt writes at once`, async () => {
      const identity = { kind: 'case', refusal };
      await once({ table, identity, now, perform: async () => { throw error(); }, recover: async () => undefined }).catch(() => undefined);
      const w = counting('case-after-refusal');
      expect(await once({ table, identity, now, ...w })).to.deep.equal({ result: 'case-after-refusal', repeated: false });
      expect(w.calls.recover, 'no lost attempt to look for').to.deep.equal([]);
    });
  }

  it('after a write whose outcome is unknown, asks Salesforce before writing again', async () => {
    const identity = { kind: 'opportunity', n: 4 };
    const started = clock;
    await once({ table, identity, now, perform: async () => { throw new SalesforceUnavailableError('timed out'); }, recover: async () => undefined }).catch(() => undefined);

    const soon = counting('never');
    let busy: unknown;
    await once({ table, identity, now, ...soon }).catch((e) => (busy = e));
    expect(busy, 'a fresh claim is trusted to be in progress').to.be.instanceOf(WriteInProgressError);
    expect(soon.calls.perform).to.equal(0);

    clock = new Date(started.getTime() + 60_000);
    const found = { perform: async () => 'duplicate!', recover: async () => 'opp-4' };
    expect(await once({ table, identity, now, ...found })).to.deep.equal({ result: 'opp-4', repeated: true });
  });

  it('after Salesforce answered unclearly (a 500, an unreadable reply), asks it at once on the next attempt instead of waiting', async () => {
    const identity = { kind: 'meeting', n: 7 };
    const started = clock;
    await once({ table, identity, now, perform: async () => { throw new SalesforceUnavailableError('UNKNOWN_EXCEPTION', true); }, recover: async () => undefined }).catch(() => undefined);
    clock = new Date(started.getTime() + 1_000); // well inside the time a pending claim is trusted
    const found = { perform: async () => 'duplicate!', recover: async () => 'event-7' };
    expect(await once({ table, identity, now, ...found })).to.deep.equal({ result: 'event-7', repeated: true });
  });

  it('answers with a write that was made even when its result cannot be recorded; the next attempt finds it instead of writing', async () => {
    const identity = { kind: 'case', n: 8 };
    const started = clock;
    const forgetful: StateTable = { ...table, put: async () => { throw new StateUnavailableError('DynamoDB did not answer'); } };
    const w = counting('case-8');
    expect(await once({ table: forgetful, identity, now, ...w })).to.deep.equal({ result: 'case-8', repeated: false });
    clock = new Date(started.getTime() + 60_000);
    const found = { perform: async () => 'duplicate!', recover: async () => 'case-8' };
    expect(await once({ table, identity, now, ...found })).to.deep.equal({ result: 'case-8', repeated: true });
  });

  it('trusts a pending claim for less than staleAfterMs, and takes it over once that has passed', async () => {
    const identity = { kind: 'case', n: 9 };
    const started = clock;
    await once({ table, identity, now, staleAfterMs: 20_000, perform: async () => { throw new SalesforceUnavailableError('reset'); }, recover: async () => undefined }).catch(() => undefined);
    clock = new Date(started.getTime() + 19_999);
    const early = counting('never');
    let busy: unknown;
    await once({ table, identity, now, staleAfterMs: 20_000, ...early }).catch((e) => (busy = e));
    expect(busy).to.be.instanceOf(WriteInProgressError);
    expect(early.calls.perform + early.calls.recover.length).to.equal(0);
    clock = new Date(started.getTime() + 20_000);
    const late = counting('case-9');
    expect(await once({ table, identity, now, staleAfterMs: 20_000, ...late })).to.deep.equal({ result: 'case-9', repeated: false });
    expect(late.calls.recover).to.have.length(1);
  });

  it('takes a stale claim over only if it is still the claim it read: of two requests that found it, one writes', async () => {
    const identity = { kind: 'case', n: 10 };
    const started = clock;
    await once({ table, identity, now, perform: async () => { throw new SalesforceUnavailableError('reset'); }, recover: async () => undefined }).catch(() => undefined);
    clock = new Date(started.getTime() + 60_000);
    const key = writeKey(identity);
    const stale = await table.get(key);
    // Another request read the same stale claim a moment earlier and took it over; this one still sees the old one.
    await table.put(key, { status: 'pending', startedAt: clock.toISOString() }, 900);
    const late: StateTable = { ...table, get: async <T>() => stale as T };
    const w = counting('duplicate!');
    let busy: unknown;
    await once({ table: late, identity, now, ...w }).catch((e) => (busy = e));
    expect(busy).to.be.instanceOf(WriteInProgressError);
    expect(w.calls.perform + w.calls.recover.length).to.equal(0);
  });

  it('reads an item past its time to live as absent, since DynamoDB deletes expired items late', async () => {
    const started = clock;
    await table.put('ttl-test', { n: 1 }, 60);
    clock = new Date(started.getTime() + 59_000);
    expect(await table.get('ttl-test')).to.deep.equal({ n: 1 });
    clock = new Date(started.getTime() + 60_000);
    expect(await table.get('ttl-test')).to.equal(undefined);
  });

  it('writes again when the lost attempt left nothing in Salesforce', async () => {
    const identity = { kind: 'opportunity', n: 5 };
    const started = clock;
    await once({ table, identity, now, perform: async () => { throw new SalesforceUnavailableError('reset'); }, recover: async () => undefined }).catch(() => undefined);
    clock = new Date(started.getTime() + 60_000);
    const w = counting('opp-5');
    expect(await once({ table, identity, now, ...w })).to.deep.equal({ result: 'opp-5', repeated: false });
    expect(w.calls.recover.map((d) => d.toISOString())).to.deep.equal([started.toISOString()]);
  });

  it('counts the same write as new after the repeat window', async () => {
    const identity = { kind: 'case', n: 6 };
    await once({ table, identity, now, ...counting('case-6a') });
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(await once({ table, identity, now, ...counting('case-6b') })).to.deep.equal({ result: 'case-6b', repeated: false });
  });
});
