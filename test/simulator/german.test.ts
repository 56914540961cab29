/**
 * The simulator's NLU in German, against the generated de-DE model (skill-package/interactionModels/custom/de-DE.json): German built-in
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

describe('simulator NLU in German: the read conversations', () => {
  /** What a German sales person says, the intent it must reach, and the slot ids it must carry. */
  const heard: [said: string, intent: string, ids?: Record<string, string>][] = [
    ['wie sieht mein tag aus', 'MyDayIntent'],
    ['was steht morgen an', 'MyDayIntent'],
    ['meine termine', 'MyMeetingsIntent'],
    ['was ist heute fällig', 'MyTasksIntent'],
    ['was gibt es neues', 'BriefingIntent'],
    ['bring mich auf den neuesten stand', 'BriefingIntent'],
    ['wie sieht mein forecast aus', 'ForecastIntent', { scope: 'MINE' }],
    ['was ist der forecast nächstes quartal', 'ForecastIntent', { period: 'NEXT_QUARTER' }],
    ['wo landen wir dieses quartal', 'ForecastIntent', { period: 'THIS_QUARTER' }],
    ['wo stehe ich bei meiner quote', 'QuotaAttainmentIntent'],
    ['schaffen wir unsere quote', 'QuotaAttainmentIntent'],
    ['wie ist die quotenerreichung vom team dieses quartal', 'TeamQuotaAttainmentIntent', { period: 'THIS_QUARTER' }],
    ['zeig mir die rangliste', 'LeaderboardIntent'],
    ['wer hat letztes quartal am meisten gewonnen', 'LeaderboardIntent', { period: 'LAST_QUARTER' }],
    ['wie läuft die spring launch kampagne', 'CampaignReportIntent'],
    ['welche kampagnen laufen gerade', 'ActiveCampaignsIntent'],
    ['gibt es gefährdete deals', 'DealsAtRiskIntent'],
    ['was sagt einstein zum acme logistics deal', 'DealInsightsIntent'],
    ['welche deals haben die besten chancen', 'BestChanceDealsIntent'],
    ['was ist der score vom acme logistics deal', 'DealScoreIntent'],
    ['wie viele offene deals habe ich', 'OpenDealsIntent', { scope: 'MINE' }],
    ['wie viele deals habe ich im commit', 'MyOpenDealsIntent', { category: 'COMMIT' }],
    ['was ist unsere durchschnittliche dealgröße', 'AverageWonDealIntent', { scope: 'TEAM' }],
    ['und nächstes quartal', 'FollowUpIntent', { period: 'NEXT_QUARTER' }],
    ['und für das team', 'FollowUpIntent'],
    // The conversations that were ready before keep their words.
    ['wie sieht meine pipeline aus', 'PipelineIntent'],
    ['was ist überfällig', 'SlippingDealsIntent'],
  ];
  for (const [said, name, ids = {}] of heard) {
    it(`hears "${said}" as ${name}`, () => {
      const intent = intentOf(resolve(said, german, inGerman(true)));
      expect(intent.name).to.equal(name);
      for (const [slot, id] of Object.entries(ids)) expect(intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id, slot).to.equal(id);
    });
  }
});
