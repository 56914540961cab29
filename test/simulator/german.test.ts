/**
 * The simulator's NLU in German, against the generated de-DE model (models/unpublished/de-DE.json): German built-in
 * phrases, the ways to invoke a skill in German, German dates (chrono-node's German parser) and "10 Uhr".
 */
import { expect } from 'chai';
import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve, type Resolution } from '../../local/simulator';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { interactionModelFile } from '../../models/build';
import { NOW, TIME_ZONE, nluState } from './helpers';

const german = loadInteractionModel(interactionModelFile('de-DE'));
const inGerman = (inSession: boolean) => nluState(inSession, { locale: 'de-DE' });

function intentOf(resolution: Resolution): Intent {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${JSON.stringify(resolution)}`);
  return resolution.intent;
}

describe('simulator NLU in German', () => {
  it('launches on "öffne sales assistent", and takes a request after "frag sales assistent"', () => {
    expect(resolve('öffne sales assistent', german, inGerman(false))).to.deep.equal({ kind: 'launch' });
    const intent = intentOf(resolve('frag sales assistent was sind meine top 3 deals', german, inGerman(false)));
    expect(intent.name).to.equal('TopOpportunitiesIntent');
    expect(intent.slots?.count?.value).to.equal('3');
    expect(intent.slots?.scope?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id).to.equal('MINE');
  });
  it('hears German built-in phrases, and not the English ones', () => {
    expect(intentOf(resolve('weiter', german, inGerman(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('ja', german, inGerman(true))).name).to.equal('AMAZON.YesIntent');
    expect(intentOf(resolve('stopp', german, inGerman(true))).name).to.equal('AMAZON.StopIntent');
    expect(intentOf(resolve('next', german, inGerman(true))).name).to.equal('AMAZON.FallbackIntent');
  });
  it('ends the session on "beenden" in German, where English says "exit"', () => {
    expect(resolve('beenden', german, inGerman(true))).to.deep.equal({ kind: 'end-session' });
  });
  it('reads German days with chrono-node\'s German parser', () => {
    // NOW is Thursday 2026-11-26.
    expect(toAlexaDate(['morgen'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-11-27');
    expect(toAlexaDate(['am', 'dienstag'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-01');
    expect(toAlexaDate(['nächsten', 'dienstag'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-01');
    expect(toAlexaDate(['dienstag'], NOW, TIME_ZONE, 'en-US')).to.equal(null);
    expect(toAlexaDate(['am', '15', 'dezember'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-15');
  });
  it('reads "10 Uhr" and "14:30" as clock times', () => {
    expect(toAlexaTime(['10', 'uhr'])).to.equal('10:00');
    expect(toAlexaTime(['14:30'])).to.equal('14:30');
  });
});
