/** The screen pieces that need no stack: which screen events speak, and how long a bar is. */
import { expect } from 'chai';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SCREEN_TOKEN } from '../../lambda/src/alexa/output';
import { barPercent } from '../../lambda/src/conversations/pipeline/screen';
import { touchedDealPosition } from '../../lambda/src/screens/touch';

function userEvent(token: string, args: unknown[]): RequestEnvelope {
  return { request: { type: 'Alexa.Presentation.APL.UserEvent', token, arguments: args } } as unknown as RequestEnvelope;
}

describe('screens', () => {
  it('takes a touched row of its own document, the position as a number or a numeric string', () => {
    expect(touchedDealPosition(userEvent(SCREEN_TOKEN, ['openDeal', 2]))).to.equal(2);
    expect(touchedDealPosition(userEvent(SCREEN_TOKEN, ['openDeal', '7']))).to.equal(7);
  });

  it('leaves any other event to the silent answer: another document, another event, no usable position', () => {
    for (const [token, args] of [
      ['another-skills-doc', ['openDeal', 2]],
      [SCREEN_TOKEN, ['closeDeal', 2]],
      [SCREEN_TOKEN, ['openDeal']],
      [SCREEN_TOKEN, ['openDeal', 0]],
      [SCREEN_TOKEN, ['openDeal', 1.5]],
      [SCREEN_TOKEN, ['openDeal', 'second']],
      [SCREEN_TOKEN, ['openDeal', null]],
    ] as [string, unknown[]][]) {
      expect(touchedDealPosition(userEvent(token, args)), JSON.stringify([token, args])).to.equal(undefined);
    }
    const intent = { request: { type: 'IntentRequest', intent: { name: 'AMAZON.HelpIntent' } } } as unknown as RequestEnvelope;
    expect(touchedDealPosition(intent)).to.equal(undefined);
  });

  it('draws a bar in proportion to the biggest, never less than a sliver', () => {
    expect(barPercent(500, 1000)).to.equal(50);
    expect(barPercent(1000, 1000)).to.equal(100);
    expect(barPercent(2, 1000)).to.equal(1);
    expect(barPercent(0, 0)).to.equal(1);
  });
});
