/**
 * Writes answered badly — mostly the meeting's Flow — through the real chain (simulator → skill → jsforce → local org): a reply
 * that cannot be read, or a 500, leaves the outcome unknown — the user hears so, and the next attempt asks
 * Salesforce before writing, so the Event exists once; a failed interview (HTTP 400 with the results) is read as
 * Salesforce's refusal, spoken, and the field asked for again. Events are counted in the org's store.
 */
import { expect } from 'chai';
import { demoUser, talkTo, useLocalStack } from '../support/conversation';

const FLOW = /\/actions\/custom\/flow\/Schedule_Sales_Meeting$/;
const UNKNOWN = 'Salesforce didn’t give me a clear answer, so I can’t tell whether that was saved. Ask me again in a moment, and I’ll check before saving anything twice.';

describe('when Salesforce answers a write badly', () => {
  const stack = useLocalStack();
  let token: string;
  before(async () => {
    token = (await stack().link(demoUser(stack(), 'manager').username)).accessToken;
  });
  afterEach(() => stack().org.clearFaults());

  const events = () => stack().org.store.all('Event').filter((e) => e.Subject === 'Forecast call');

  /** Asks for the meeting and says yes in one session; what Alexa said to the yes. */
  async function schedule(day: string): Promise<string> {
    const talk = talkTo(stack(), { accessToken: token });
    expect((await talk.say(`ask sales assistant to schedule a forecast call on ${day} at ten with just me`)).speech).to.match(/^Schedule a forecast call/);
    return (await talk.say('yes')).speech;
  }

  const unreadable = [
    { what: 'an HTML page with status 200', status: 200, body: '<html><body>Maintenance</body></html>', contentType: 'text/html' },
    { what: 'broken JSON with status 200', status: 200, body: '[{"actionName":"Schedule_Sales_Meeting","isSucc', contentType: undefined },
    { what: 'a 500 UNKNOWN_EXCEPTION with an ErrorId', status: 500, body: JSON.stringify([{ errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-987654321)' }]), contentType: undefined },
  ];
  unreadable.forEach((reply, n) => {
    it(`after ${reply.what} from a Flow that did run: says the outcome is unknown, and a retry finds the Event instead of making another`, async () => {
      const day = `march ${['ninth', 'tenth', 'eleventh'][n]}`;
      const before = events().length;
      stack().org.injectFault({ status: reply.status, errorCode: 'RAW_REPLY', message: reply.what, path: FLOW, body: reply.body, afterWork: true, ...(reply.contentType ? { contentType: reply.contentType } : {}) });
      const first = await schedule(day);
      expect(first).to.equal(UNKNOWN);
      expect(events().length, 'the Flow made the Event before its answer was lost').to.equal(before + 1);

      const retry = await schedule(day);
      expect(retry).to.match(/^That forecast call is already on your calendar on March \d+(st|nd|rd|th)(, \d{4})? at 10 AM\./);
      expect(events().length, 'no second Event').to.equal(before + 1);
    });
  });

  it('after an unreadable reply from a Flow that did not run, the retry looks, finds nothing, and schedules it once', async () => {
    const before = events().length;
    stack().org.injectFault({ status: 200, errorCode: 'RAW_REPLY', message: 'an HTML page', path: FLOW, body: '<html>Maintenance</html>', contentType: 'text/html' });
    expect(await schedule('march twelfth')).to.equal(UNKNOWN);
    expect(events().length).to.equal(before);
    stack().org.resetCounters();
    expect(await schedule('march twelfth')).to.match(/^Done\. The forecast call is on your calendar/);
    expect(events().length).to.equal(before + 1);
    expect(stack().org.counters().byPath[`/services/data/v${stack().config.salesforceApiVersion}/query`], 'the retry looked for the Event first').to.be.at.least(1);
  });

  it('treats an HTML page answering a case’s composite request like any unreadable reply: the retry finds the Case', async () => {
    const cases = () => stack().org.store.all('Case').filter((c) => c.Subject === 'Billing question');
    const before = cases().length;
    const create = async () => {
      const talk = talkTo(stack(), { accessToken: token });
      expect((await talk.say('ask sales assistant to create a case for riverbend manufacturing about a billing question')).speech).to.match(/^Create a /);
      return (await talk.say('yes')).speech;
    };
    stack().org.injectFault({ status: 200, errorCode: 'RAW_REPLY', message: 'an HTML page', path: /\/composite$/, body: '<html>Maintenance</html>', contentType: 'text/html', afterWork: true });
    expect(await create()).to.equal(UNKNOWN);
    expect(cases().length).to.equal(before + 1);
    const [made] = cases().slice(-1);
    expect(await create()).to.equal(`That case is already open: number ${made!.CaseNumber}, for Riverbend Manufacturing. What else can I do for you?`);
    expect(cases().length).to.equal(before + 1);
  });

  it('speaks the message of a failed interview (HTTP 400 with the results), not its JSON, and asks for that field again', async () => {
    const before = events().length;
    const failed = [{
      actionName: 'Schedule_Sales_Meeting', version: 1, isSuccess: false, outputValues: null,
      errors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Meetings must start on a weekday.', fields: ['StartDateTime'] }],
    }];
    stack().org.injectFault({ status: 400, errorCode: 'RAW_REPLY', message: 'a failed interview', path: FLOW, body: JSON.stringify(failed) });
    const talk = talkTo(stack(), { accessToken: token });
    await talk.say('ask sales assistant to schedule a forecast call on march fourteenth at ten with just me');
    expect((await talk.say('yes')).speech).to.equal('Salesforce didn’t accept that: Meetings must start on a weekday. For which day?');
    expect(events().length).to.equal(before);
    expect((await talk.say('march sixteenth')).speech).to.match(/^Schedule a forecast call on March 16th(, \d{4})? at 10 AM/);
    expect((await talk.say('yes')).speech).to.match(/^Done\./);
    expect(events().length).to.equal(before + 1);
  });
});
