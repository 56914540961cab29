/**
 * The simulator's NLU in German, against the generated de-DE model (skill-package/interactionModels/custom/de-DE.json): German built-in
 * phrases, the ways to invoke a skill in German, German dates (chrono-node's German parser) and "10 Uhr".
 */
import { expect } from 'chai';
import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve, type Resolution } from '../../local/simulator';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { toAlexaDuration } from '../../local/simulator/nlu/slots/duration';
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

describe('simulator NLU in German: a question asked through "frag Sales Assistent", its verb at the end', () => {
  // "Alexa, frag Sales Assistent, wie meine Pipeline aussieht": after "frag …" German asks in a subordinate clause,
  // the verb last. Every question conversation has its verb-final form, not only the pipeline.
  const asked: [said: string, intent: string, ids?: Record<string, string>][] = [
    ['frag sales assistent, wie meine pipeline aussieht', 'PipelineIntent', { scope: 'MINE' }],
    ['frag sales assistent, welche deals überfällig sind', 'SlippingDealsIntent'],
    ['frag sales assistent, was diese woche abschließt', 'TopOpportunitiesIntent', { period: 'THIS_WEEK' }],
    ['frag sales assistent, was meine top 5 deals sind', 'TopOpportunitiesIntent', { scope: 'MINE' }],
    ['frag sales assistent, was mein größter deal ist', 'BiggestDealIntent', { scope: 'MINE' }],
    ['frag sales assistent, was meine drei größten deals sind', 'MyTopOpportunitiesIntent'],
    ['frag sales assistent, was unsere fünf größten deals sind', 'TeamTopOpportunitiesIntent'],
    ['frag sales assistent, welche deals über 500000 dollar wert sind', 'TopOpportunitiesIntent'],
    ['frag sales assistent, wie es bei james carter gelaufen ist', 'WinsLossesIntent'],
    ['frag sales assistent, was wir gewonnen haben', 'WonDealsIntent', { scope: 'TEAM' }],
    ['frag sales assistent, was ich gewonnen und verloren habe', 'WinsLossesIntent', { scope: 'MINE' }],
    ['frag sales assistent, was ich verloren habe', 'LostDealsIntent', { scope: 'MINE' }],
    ['frag sales assistent, wie mein forecast aussieht', 'ForecastIntent', { scope: 'MINE' }],
    ['frag sales assistent, wie ich bei meiner quote stehe', 'QuotaAttainmentIntent'],
    ['frag sales assistent, ob lena auf kurs ist', 'QuotaAttainmentIntent'],
    ['frag sales assistent, wer vorne liegt', 'LeaderboardIntent'],
    ['frag sales assistent, was heute ansteht', 'MyDayIntent'],
    ['frag sales assistent, welche termine ich morgen habe', 'MyMeetingsIntent'],
    ['frag sales assistent, was ich heute erledigen muss', 'MyTasksIntent'],
    ['frag sales assistent, was es neues gibt', 'BriefingIntent'],
    ['frag sales assistent, welche kampagnen gerade laufen', 'ActiveCampaignsIntent'],
    ['frag sales assistent, was einstein zum acme logistics deal sagt', 'DealInsightsIntent'],
    ['frag sales assistent, welche deals gefährdet sind', 'DealsAtRiskIntent'],
    ['frag sales assistent, welche deals die besten chancen haben', 'BestChanceDealsIntent'],
    ['frag sales assistent, wie hoch der score vom acme logistics deal ist', 'DealScoreIntent'],
    ['frag sales assistent, wie der acme logistics deal läuft', 'DealDetailsIntent'],
    ['frag sales assistent, wie viel pipeline lena fischer hat', 'OpenDealsIntent'],
    ['frag sales assistent, wie groß mein durchschnittlicher deal ist', 'AverageWonDealIntent', { scope: 'MINE' }],
    ['frag sales assistent, was in meinem commit ist', 'MyPipelineIntent', { category: 'COMMIT' }],
    ['frag sales assistent, wie viel wir im best case haben', 'TeamPipelineIntent', { category: 'BEST_CASE' }],
    ['frag sales assistent, wie viele deals ich im commit habe', 'MyOpenDealsIntent', { category: 'COMMIT' }],
    ['frag sales assistent, wie viele deals das team im commit hat', 'TeamOpenDealsIntent', { category: 'COMMIT' }],
    ['frag sales assistent, wie groß mein durchschnittlicher offener deal ist', 'AverageOpenDealIntent', { scope: 'MINE' }],
    ['frag sales assistent, wie der forecast vom team nächstes quartal aussieht', 'TeamForecastIntent', { period: 'NEXT_QUARTER' }],
    ['frag sales assistent, wie meine reps bei ihren quoten stehen', 'TeamQuotaAttainmentIntent'],
    ['frag sales assistent, wer in meinem team vorne liegt', 'TeamLeaderboardIntent'],
    ['frag sales assistent, wie es mit dem acme logistics deal aussieht', 'DealDetailsIntent'],
    ['frag sales assistent, wie viel umsatz wir gemacht haben', 'WonDealsIntent', { scope: 'TEAM' }],
    ['frag sales assistent, wie viele deals wir gewonnen haben', 'WinsLossesIntent', { scope: 'TEAM' }],
    ['frag sales assistent, ob ich meine quote geschafft habe', 'QuotaAttainmentIntent'],
    ['frag sales assistent, welche deals in der verhandlung sind', 'TopOpportunitiesIntent'],
    ['frag sales assistent, was die größten deals im commit sind', 'TopOpportunitiesIntent', { category: 'COMMIT' }],
    // A yes-no question asked through "frag Sales Assistent, ob …".
    ['frag sales assistent, ob es was neues gibt', 'BriefingIntent'],
    ['frag sales assistent, ob ich überfällige deals habe', 'SlippingDealsIntent', { scope: 'MINE' }],
    ['frag sales assistent, ob ich heute termine habe', 'MyMeetingsIntent'],
    ['frag sales assistent, ob wir unsere quote schaffen', 'QuotaAttainmentIntent'],
    ['frag sales assistent, ob gerade kampagnen laufen', 'ActiveCampaignsIntent'],
    ['frag sales assistent, wie die quote von lena aussieht', 'QuotaAttainmentIntent'],
    // "frag Sales Assistent nach …": a noun phrase in the dative, no verb.
    ['frag sales assistent nach meinem forecast', 'ForecastIntent', { scope: 'MINE' }],
    ['frag sales assistent nach unserem forecast', 'ForecastIntent', { scope: 'TEAM' }],
    ['frag sales assistent nach meiner pipeline', 'PipelineIntent', { scope: 'MINE' }],
    ['frag sales assistent nach meiner quote', 'QuotaAttainmentIntent', { scope: 'MINE' }],
    ['frag sales assistent nach der rangliste', 'LeaderboardIntent'],
    ['frag sales assistent nach den überfälligen deals', 'SlippingDealsIntent'],
    ['frag sales assistent nach meinen terminen', 'MyMeetingsIntent'],
    ['frag sales assistent nach dem acme logistics deal', 'DealDetailsIntent'],
    ['frag sales assistent nach den gewinnen und verlusten', 'WinsLossesIntent'],
    // A write told through "sag Sales Assistent, dass …".
    ['sag sales assistent, dass ich acme logistics gewonnen habe', 'MarkDealWonIntent'],
    ['sag sales assistent, dass wir den acme logistics deal verloren haben', 'MarkDealLostIntent'],
    ['sag sales assistent, dass ich gerade mit acme logistics telefoniert habe', 'LogCallIntent'],
    ['sag sales assistent, er soll mich morgen daran erinnern acme logistics anzurufen', 'CallReminderIntent'],
    ['sag sales assistent, dass er den acme logistics deal um zwei wochen verschieben soll', 'UpdateDealCloseDateIntent'],
    // One deal's details, each with its verb at the end.
    ['frag sales assistent, wem der acme logistics deal gehört', 'DealOwnerIntent'],
    ['frag sales assistent, wann der acme logistics deal abschließt', 'DealCloseDateIntent'],
    ['frag sales assistent, wie viel der acme logistics deal wert ist', 'DealAmountIntent'],
    ['frag sales assistent, was der nächste schritt beim acme logistics deal ist', 'DealNextStepIntent'],
    ['frag sales assistent, in welcher phase der acme logistics deal ist', 'DealDetailsIntent'],
  ];
  for (const [said, name, ids = {}] of asked) {
    it(`hears "${said}" as ${name}`, () => {
      const intent = intentOf(resolve(said, german, inGerman(false)));
      expect(intent.name).to.equal(name);
      for (const [slot, id] of Object.entries(ids)) expect(intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id, slot).to.equal(id);
    });
  }
});

describe('simulator NLU in German: how German sales people say it in a session', () => {
  const said: [said: string, intent: string, ids?: Record<string, string>][] = [
    ['was geht in der pipeline', 'PipelineIntent'],
    ["wie schaut's aus mit dem forecast", 'ForecastIntent'],
    ['wie läuft mein forecast', 'ForecastIntent', { scope: 'MINE' }],
    ['was hab ich heute', 'MyDayIntent'],
    ['was sagt einstein zu acme logistics', 'DealInsightsIntent'],
    ['wie hoch ist der score von acme logistics', 'DealScoreIntent'],
    ['erzähl mir was über den acme logistics deal', 'DealDetailsIntent'],
    ['zeig mir die deals von lena', 'TopOpportunitiesIntent'],
    // "im Commit": the article inside the preposition.
    ['nur die im commit', 'FollowUpIntent', { category: 'COMMIT' }],
    ['pipeline review', 'ReviewStartIntent'],
    ['nächster rep', 'ReviewNextRepIntent'],
    ['lass uns später weitermachen', 'ReviewPauseIntent'],
    // A separable verb: its particle "ab" ends the sentence, and is no part of the period.
    ['was schließt nächsten monat ab', 'TopOpportunitiesIntent', { period: 'NEXT_MONTH' }],
    ['welche deals schließen diese woche ab', 'TopOpportunitiesIntent', { period: 'THIS_WEEK' }],
    ['verschieb acme logistics auf nächsten dienstag', 'UpdateDealCloseDateIntent'],
    // "bis Ende des Monats", "bis Quartalsende": how German bounds a period, as its period.
    ['was schließt bis ende des monats ab', 'TopOpportunitiesIntent', { period: 'THIS_MONTH' }],
    ['welche deals schließen bis quartalsende ab', 'TopOpportunitiesIntent', { period: 'THIS_QUARTER' }],
    ['was schließt ende nächster woche ab', 'TopOpportunitiesIntent', { period: 'NEXT_WEEK' }],
  ];
  for (const [text, name, ids = {}] of said) {
    it(`hears "${text}" as ${name}`, () => {
      const intent = intentOf(resolve(text, german, inGerman(true)));
      expect(intent.name).to.equal(name);
      for (const [slot, id] of Object.entries(ids)) expect(intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id, slot).to.equal(id);
    });
  }
  it('takes a correction of an amount or a date: "nein, auf …"', () => {
    const amount = intentOf(resolve('nein auf 250000', german, inGerman(true)));
    expect(amount.name).to.equal('UpdateDealAmountIntent');
    expect(amount.slots?.amount?.value).to.equal('250000');
    const date = intentOf(resolve('nein auf übermorgen', german, inGerman(true)));
    expect(date.name).to.equal('UpdateDealCloseDateIntent');
    // NOW is Thursday 2026-11-26: "übermorgen" is the Saturday.
    expect(date.slots?.closeDate?.value).to.equal('2026-11-28');
  });
});

describe('simulator NLU in German: numbers as German recognition writes them', () => {
  it('reads a number said as a word ("meine top fünf deals", "zweihundertfünfzigtausend") as AMAZON.NUMBER', () => {
    const top = intentOf(resolve('zeig mir meine top fünf deals', german, inGerman(true)));
    expect(top.name).to.equal('TopOpportunitiesIntent');
    expect(top.slots?.count?.value).to.equal('5');
    const amount = intentOf(resolve('setz den betrag auf zweihundertfünfzigtausend', german, inGerman(true)));
    expect(amount.name).to.equal('UpdateDealAmountIntent');
    expect(amount.slots?.amount?.value).to.equal('250000');
    expect(intentOf(resolve('nummer einundzwanzig', german, inGerman(true))).slots?.number?.value).to.equal('21');
  });
  it('reads "eine Million" and "zwei Millionen": a number word and its scale apart', () => {
    const mine = intentOf(resolve('meine deals über eine million', german, inGerman(true)));
    expect(mine.name).to.equal('MyTopOpportunitiesIntent');
    expect(mine.slots?.amount?.value).to.equal('1000000');
    expect(intentOf(resolve('setz den betrag auf zwei millionen', german, inGerman(true))).slots?.amount?.value).to.equal('2000000');
  });
  it('takes "gib mir die top zehn" without reading "gib mir die" as whose deals', () => {
    const top = intentOf(resolve('gib mir die top zehn', german, inGerman(true)));
    expect(top.name).to.equal('TopOpportunitiesIntent');
    expect(top.slots?.count?.value).to.equal('10');
    expect(top.slots?.scope?.value).to.equal(undefined);
  });
  it('reads "1,5 Millionen" and "250 Tausend" with German scale words', () => {
    expect(intentOf(resolve('setz den betrag auf 1,5 millionen', german, inGerman(true))).slots?.amount?.value).to.equal('1500000');
    expect(intentOf(resolve('setz den betrag auf 250 tausend', german, inGerman(true))).slots?.amount?.value).to.equal('250000');
  });
  it('reads German ordinals in every ending ("den zweiten", "der dritte") as AMAZON.Ordinal', () => {
    const second = intentOf(resolve('erzähl mir mehr über den zweiten', german, inGerman(true)));
    expect(second.name).to.equal('OpportunityDetailsIntent');
    expect(second.slots?.position?.value).to.equal('2');
    expect(intentOf(resolve('der dritte', german, inGerman(true))).slots?.position?.value).to.equal('3');
  });
  it('does not read an article ("eine Woche") as the number one', () => {
    const shift = intentOf(resolve('schieb ihn eine woche', german, inGerman(true)));
    expect(shift.name).to.equal('UpdateDealCloseDateIntent');
    expect(shift.slots?.shift?.value).to.equal('P1W');
  });
});

describe('simulator NLU in German: days and weeks as Alexa resolves them', () => {
  // NOW is Thursday 2026-11-26.
  it('reads a day of the month alone ("am 15.", "am fünfzehnten", "den ersten") as its next coming date', () => {
    expect(toAlexaDate(['am', '15'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-15');
    expect(toAlexaDate(['am', 'fünfzehnten'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-15');
    expect(toAlexaDate(['am', '30'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-11-30');
    expect(toAlexaDate(['den', 'ersten'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-12-01');
    expect(toAlexaDate(['am', '31'], NOW, TIME_ZONE, 'de-DE'), 'November has no 31st').to.equal('2026-12-31');
  });
  it('reads "nächste Woche", "diesen Monat", "am Wochenende" as the week, month and weekend, not a day in them', () => {
    expect(toAlexaDate(['nächste', 'woche'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-W49');
    expect(toAlexaDate(['diesen', 'monat'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-11');
    expect(toAlexaDate(['am', 'wochenende'], NOW, TIME_ZONE, 'de-DE')).to.equal('2026-W48-WE');
  });
  it('takes a reminder "am 15." and a meeting "mit Lena am 15. um 14 Uhr"', () => {
    const reminder = intentOf(resolve('erinnere mich am 15. an den anruf bei acme logistics', german, inGerman(true)));
    expect(reminder.name).to.equal('CallReminderIntent');
    expect(reminder.slots?.due?.value).to.equal('2026-12-15');
    const meeting = intentOf(resolve('plane ein meeting mit lena am 15. um 14 uhr', german, inGerman(true)));
    expect(meeting.name).to.equal('ScheduleMeetingIntent');
    expect([meeting.slots?.date?.value, meeting.slots?.time?.value, meeting.slots?.person?.value]).to.deep.equal(['2026-12-15', '14:00', 'lena']);
  });
});

describe('simulator NLU in German: writes in the grammar German speaks them', () => {
  const said: [said: string, intent: string, slots: Record<string, string>][] = [
    // "Call" is masculine ("einen Call"), "Ticket" neuter ("ein Ticket").
    ['ich hatte gerade einen call mit acme logistics', 'LogCallIntent', { account: 'acme logistics' }],
    ['leg ein ticket für acme logistics an', 'CreateCaseIntent', { account: 'acme logistics' }],
    ['leg einen fall für acme logistics an wegen drucker defekt', 'CreateCaseIntent', { account: 'acme logistics', subject: 'drucker defekt' }],
    // The separable verb's particle after the amount: "leg … an".
    ['leg einen neuen deal für acme robotics über 50000 dollar an', 'CreateOpportunityIntent', { account: 'acme robotics', amount: '50000' }],
    ['nein um drei wochen', 'UpdateDealCloseDateIntent', { shift: 'P3W' }],
  ];
  for (const [text, name, slots] of said) {
    it(`hears "${text}" as ${name}`, () => {
      const intent = intentOf(resolve(text, german, inGerman(true)));
      expect(intent.name).to.equal(name);
      for (const [slot, value] of Object.entries(slots)) expect(intent.slots?.[slot]?.value, slot).to.equal(value);
    });
  }
});

describe('simulator NLU in German: clock times and durations as Germans say them', () => {
  it('reads "halb drei" as half past two, "viertel nach zehn", "zehn vor drei", "3 Uhr nachmittags" and "14 Uhr 30"', () => {
    expect(toAlexaTime(['halb', 'drei'], 'de-DE')).to.equal('02:30');
    expect(toAlexaTime(['viertel', 'nach', 'zehn'], 'de-DE')).to.equal('10:15');
    expect(toAlexaTime(['viertel', 'vor', 'elf'], 'de-DE')).to.equal('10:45');
    expect(toAlexaTime(['zehn', 'vor', 'drei'], 'de-DE')).to.equal('02:50');
    expect(toAlexaTime(['drei', 'uhr', 'nachmittags'], 'de-DE')).to.equal('15:00');
    expect(toAlexaTime(['14', 'uhr', '30'], 'de-DE')).to.equal('14:30');
  });
  it('reads "anderthalb Stunden", "eine halbe Stunde" and "eine Stunde und zehn Minuten"', () => {
    expect(toAlexaDuration(['anderthalb', 'stunden'], 'de-DE')).to.equal('PT1H30M');
    expect(toAlexaDuration(['eine', 'halbe', 'stunde'], 'de-DE')).to.equal('PT30M');
    expect(toAlexaDuration(['eine', 'stunde', 'und', 'zehn', 'minuten'], 'de-DE')).to.equal('PT1H10M');
  });
  it('takes a meeting "mit Lena morgen um halb drei", the day said without "am"', () => {
    const meeting = intentOf(resolve('plane ein meeting mit lena morgen um halb drei', german, inGerman(true)));
    expect(meeting.name).to.equal('ScheduleMeetingIntent');
    // NOW is Thursday 2026-11-26.
    expect([meeting.slots?.person?.value, meeting.slots?.date?.value, meeting.slots?.time?.value]).to.deep.equal(['lena', '2026-11-27', '02:30']);
  });
  it('takes a meeting\'s corrections without "lieber": "nein, um 10", "nein, für anderthalb Stunden"', () => {
    const time = intentOf(resolve('nein um 10', german, inGerman(true)));
    expect([time.name, time.slots?.time?.value]).to.deep.equal(['ScheduleMeetingIntent', '10:00']);
    const duration = intentOf(resolve('nein für anderthalb stunden', german, inGerman(true)));
    expect([duration.name, duration.slots?.duration?.value]).to.deep.equal(['ScheduleMeetingIntent', 'PT1H30M']);
  });
});
