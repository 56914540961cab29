/**
 * The one door every spoken string leaves by (speaking/ssml.ts through alexa/output.ts respond()): characters XML
 * cannot carry are dropped, runaway values are said in part, and nothing longer than Alexa's 8,000 characters leaves.
 */
import { expect } from 'chai';
import { type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { ui } from 'ask-sdk-model';
import { SaxesParser } from 'saxes';
import { respond } from '../../lambda/src/alexa/output';
import { opportunityListOutput } from '../../lambda/src/deals/listOutput';
import { translatorFor } from '../../lambda/src/i18n';
import { escapeSsml, speak } from '../../lambda/src/speaking/ssml';

const t = translatorFor('en-US');
const speaking = { currency: 'USD', locale: 'en-US', today: '2026-11-26', userId: '005000000000001AAA' };

function xmlErrors(ssml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => errors.push(e.message));
  parser.write(ssml).close();
  return errors;
}

/** What respond() sends for an Output, as Alexa receives it. */
function sent(output: Parameters<typeof respond>[1]) {
  // A voice-only device: what is said is all there is.
  const requestEnvelope = { context: { System: { device: { supportedInterfaces: {} } } } };
  const response = respond({ responseBuilder: ResponseFactory.init(), requestEnvelope } as unknown as HandlerInput, output);
  return {
    speech: (response.outputSpeech as ui.SsmlOutputSpeech).ssml,
    reprompt: (response.reprompt?.outputSpeech as ui.SsmlOutputSpeech | undefined)?.ssml,
    card: response.card as ui.SimpleCard | undefined,
  };
}

describe('the SSML door', () => {
  it('drops control characters, U+FFFE/U+FFFF and lone surrogates, keeps tab, newline, CR and whole emoji', () => {
    const said = speak(escapeSsml('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h\t\n\r\u{1F600}'));
    expect(said).to.equal('<speak>abcdefgh\t\n\r\u{1F600}</speak>');
    expect(xmlErrors(said)).to.deep.equal([]);
  });

  it('cleans words that reach speech without escaping, and the card', () => {
    const { speech, card } = sent({ speech: 'Bell\u0007 Labs.', card: { type: 'Simple', title: 'T\u0001', content: 'Bell\u0007 Labs' } });
    expect(speech).to.equal('<speak>Bell Labs.</speak>');
    expect(card).to.include({ title: 'T', content: 'Bell Labs' });
  });

  it('says a runaway value only in part, and a 255-character name whole', () => {
    const name = 'N'.repeat(255);
    expect(escapeSsml(name)).to.equal(name);
    const tenKb = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const said = escapeSsml(tenKb);
    expect(said.startsWith('w0 w1 w2')).to.equal(true);
    expect(said.endsWith('…')).to.equal(true);
    expect(said.length).to.be.at.most(81);
    expect(tenKb.startsWith(said.slice(0, -1))).to.equal(true);
  });

  it('reads a list too long for Alexa with fewer deals: whole ones, the question kept, the SSML well-formed', () => {
    // Names of 400 apostrophes: below the runaway length, six characters each once escaped.
    const items = [1, 2, 3, 4, 5].map((i) => ({
      id: `006${i}`, name: `Deal${i} ${"'".repeat(400)}`, accountName: `Account${i} ${"'".repeat(400)}`,
      amount: 100_000 * i, stage: 'Prospecting', closeDate: '2026-12-20', ownerId: 'o', ownerName: null,
    }));
    const output = opportunityListOutput(t, { ...speaking, owner: { scope: 'ALL' }, notes: [], items, turn: 'first', firstPosition: 1, hasMore: true, pageSize: 5 });
    expect(output.speech.length, 'the list as built is too long').to.be.greaterThan(8000);
    const { speech, reprompt } = sent(output);
    expect(speech.length).to.be.at.most(8000);
    expect(xmlErrors(speech)).to.deep.equal([]);
    const read = items.filter((item) => speech.includes(escapeSsml(item.name)));
    expect(read.map((i) => i.id)).to.deep.equal(items.slice(0, read.length).map((i) => i.id));
    expect(read.length).to.be.within(1, 4);
    for (const item of items.slice(read.length)) expect(speech).to.not.contain(`Deal${item.id.slice(-1)} `);
    expect(speech).to.match(/ Want the next 5\?<\/speak>$/);
    expect(reprompt).to.equal('<speak>Want the next 5?</speak>');
  });

  it('cuts one sentence longer than the limit between words, closing its tags', () => {
    const said = speak(`<emphasis>${'word '.repeat(3000)}</emphasis>`);
    expect(said.length).to.be.at.most(8000);
    expect(xmlErrors(said)).to.deep.equal([]);
    expect(said).to.match(/word…<\/emphasis><\/speak>$/);
  });

  it('leaves speech within the limit as it is', () => {
    const ssml = `${'Fine. '.repeat(1300)}Done?`;
    expect(speak(ssml)).to.equal(`<speak>${ssml}</speak>`);
  });
});
