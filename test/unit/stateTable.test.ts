/**
 * The state table's turn view on a fake clock (node:test's mock timers): every call ends by the turn's deadline
 * and within STATE_CALL_MS, whatever DynamoDB does, and a table that failed is not asked again in that turn.
 */
import { expect } from 'chai';
import { mock } from 'node:test';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { STATE_CALL_MS, STATE_MIN_CALL_MS, StateUnavailableError, createStateTable } from '../../lambda/src/state/table';

/** A DynamoDB client that never answers (until aborted), or answers each command with `answer`. */
function fakeClient(answer?: () => Promise<unknown>) {
  const sent: { command: string; signal?: AbortSignal }[] = [];
  const client = {
    send(command: object, options: { abortSignal?: AbortSignal } = {}) {
      sent.push({ command: command.constructor.name, signal: options.abortSignal });
      if (answer) return answer();
      return new Promise((_, reject) => options.abortSignal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    },
  };
  return { client: client as unknown as DynamoDBClient, sent };
}

/** Whether `promise` has settled, after the microtasks queued so far have run. */
async function outcome(promise: Promise<unknown>): Promise<'pending' | 'resolved' | unknown> {
  let settled: unknown = 'pending';
  promise.then(
    () => (settled = 'resolved'),
    (e: unknown) => (settled = e),
  );
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return settled;
}

describe('the state table within one turn', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  it('gives up on a hanging table after STATE_CALL_MS, aborting the request, and then stops asking for the turn', async () => {
    const { client, sent } = fakeClient();
    const turn = createStateTable(client, 't').forTurn(() => Date.now() + 6500);
    const read = turn.get('a');
    read.catch(() => undefined);
    mock.timers.tick(STATE_CALL_MS - 1);
    expect(await outcome(read)).to.equal('pending');
    mock.timers.tick(1);
    expect(await outcome(read)).to.be.instanceOf(StateUnavailableError);
    expect(sent[0]!.signal!.aborted, 'the request itself is aborted, freeing its socket').to.equal(true);

    // The rest of the turn fails at once, without another request.
    expect(await outcome(turn.put('b', {}, 60))).to.be.instanceOf(StateUnavailableError);
    expect(sent).to.have.length(1);

    // The next turn asks again.
    const next = createStateTable(client, 't').forTurn(() => Date.now() + 6500);
    next.get('a').catch(() => undefined);
    expect(sent).to.have.length(2);
  });

  it('ends a call by the turn’s deadline when less than STATE_CALL_MS is left', async () => {
    const { client } = fakeClient();
    const deadline = Date.now() + 300;
    const read = createStateTable(client, 't').forTurn(() => deadline).get('a');
    read.catch(() => undefined);
    mock.timers.tick(299);
    expect(await outcome(read)).to.equal('pending');
    mock.timers.tick(1);
    expect(await outcome(read)).to.be.instanceOf(StateUnavailableError);
  });

  it('does not call DynamoDB when the turn has less than STATE_MIN_CALL_MS left', async () => {
    const { client, sent } = fakeClient();
    const deadline = Date.now() + STATE_MIN_CALL_MS - 1;
    expect(await outcome(createStateTable(client, 't').forTurn(() => deadline).get('a'))).to.be.instanceOf(StateUnavailableError);
    expect(sent).to.have.length(0);
  });

  it('turns any other failure (throttling after the retries) into StateUnavailableError', async () => {
    const throttled = Object.assign(new Error('The level of configured provisioned throughput for the table was exceeded.'), { name: 'ProvisionedThroughputExceededException' });
    const { client } = fakeClient(() => Promise.reject(throttled));
    const failure = await outcome(createStateTable(client, 't').forTurn(() => Date.now() + 6500).get('a'));
    expect(failure).to.be.instanceOf(StateUnavailableError);
    expect((failure as Error).cause).to.equal(throttled);
  });

  it('takes a failed condition as an answer, not a failure: the turn keeps the table', async () => {
    const { client, sent } = fakeClient(() => Promise.reject(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} })));
    const turn = createStateTable(client, 't').forTurn(() => Date.now() + 6500);
    expect(await turn.putIf('a', {}, 60)).to.equal(false);
    expect(await outcome(turn.putIf('a', {}, 60))).to.equal('resolved');
    expect(sent).to.have.length(2);
  });
});
