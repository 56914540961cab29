/**
 * "One moment, checking Salesforce." on a fake clock (node:test's mock timers): said once while a Salesforce call
 * has run PROGRESSIVE_AFTER_MS, never after the calls have ended, and only where Alexa accepts it.
 */
import { expect } from 'chai';
import { mock } from 'node:test';
import type { HandlerInput } from 'ask-sdk-core';
import { PROGRESSIVE_AFTER_MS, progressiveResponder } from '../../lambda/src/interceptors/progressiveResponse';

/** A request of `type` whose Directive service records what it is asked to speak. */
function requestOf(type: string) {
  const spoken: string[] = [];
  const input = {
    requestEnvelope: { request: { type, requestId: 'req-1' } },
    serviceClientFactory: {
      getDirectiveServiceClient: () => ({
        enqueue: async (d: { directive: { speech: string } }) => {
          spoken.push(d.directive.speech);
        },
      }),
    },
  } as unknown as HandlerInput;
  return { input, spoken };
}

/** A call that ends when `end` is called. */
function call() {
  let end!: () => void;
  const promise = new Promise<void>((resolve) => (end = resolve));
  return { promise, end };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('the progressive response', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('speaks once a call has run PROGRESSIVE_AFTER_MS, not before', async () => {
    const { input, spoken } = requestOf('IntentRequest');
    const watch = progressiveResponder(input, 'One moment.');
    const slow = call();
    const watched = watch(slow.promise);
    mock.timers.tick(PROGRESSIVE_AFTER_MS - 1);
    expect(spoken).to.deep.equal([]);
    mock.timers.tick(1);
    expect(spoken).to.deep.equal(['<speak>One moment.</speak>']);
    slow.end();
    await watched;
  });

  it('stays quiet after quick calls, however long the turn goes on without one', async () => {
    const { input, spoken } = requestOf('IntentRequest');
    const watch = progressiveResponder(input, 'One moment.');
    for (let i = 0; i < 3; i++) {
      const quick = call();
      const watched = watch(quick.promise);
      mock.timers.tick(PROGRESSIVE_AFTER_MS - 100);
      quick.end();
      await watched;
      await settle();
      // The time without a call running does not count: the timer of the call that ended is gone.
      mock.timers.tick(PROGRESSIVE_AFTER_MS * 2);
    }
    expect(spoken).to.deep.equal([]);
  });

  it('times a slow call that follows a quick one from its own start', async () => {
    const { input, spoken } = requestOf('IntentRequest');
    const watch = progressiveResponder(input, 'One moment.');
    const quick = call();
    const first = watch(quick.promise);
    quick.end();
    await first;
    const slow = call();
    const second = watch(slow.promise);
    mock.timers.tick(PROGRESSIVE_AFTER_MS);
    expect(spoken).to.have.length(1);
    slow.end();
    await second;
  });

  it('keeps waiting while any of two overlapping calls runs, and speaks at most once a request', async () => {
    const { input, spoken } = requestOf('LaunchRequest');
    const watch = progressiveResponder(input, 'One moment.');
    const [a, b] = [call(), call()];
    const both = [watch(a.promise), watch(b.promise)];
    mock.timers.tick(PROGRESSIVE_AFTER_MS / 2);
    a.end();
    await both[0];
    mock.timers.tick(PROGRESSIVE_AFTER_MS / 2);
    expect(spoken).to.have.length(1);
    b.end();
    await both[1];
    const later = call();
    const watched = watch(later.promise);
    mock.timers.tick(PROGRESSIVE_AFTER_MS * 2);
    later.end();
    await watched;
    expect(spoken).to.have.length(1);
  });

  it('says nothing for a request Alexa takes no progressive response for', async () => {
    const { input, spoken } = requestOf('SessionEndedRequest');
    const watch = progressiveResponder(input, 'One moment.');
    const slow = call();
    const watched = watch(slow.promise);
    mock.timers.tick(PROGRESSIVE_AFTER_MS * 2);
    slow.end();
    await watched;
    expect(spoken).to.deep.equal([]);
  });
});
