/**
 * The simulator's NLU in French, against the generated fr-FR model (models/unpublished/fr-FR.json): French built-in
 * phrases, the ways to invoke a skill in French, French dates (chrono-node's French parser), "10 h 30" and numbers
 * as French recognition writes them ("1,5 million").
 */
import { expect } from 'chai';
import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve, type Resolution } from '../../local/simulator';
import { parseCardinal, parseOrdinal } from '../../local/simulator/nlu/numbers';
import { toAlexaDate } from '../../local/simulator/nlu/slots/date';
import { toAlexaDuration } from '../../local/simulator/nlu/slots/duration';
import { toAlexaTime } from '../../local/simulator/nlu/slots/time';
import { keysOf, tokenize } from '../../local/simulator/nlu/text';
import { interactionModelFile } from '../../models/build';
import { NOW, TIME_ZONE, nluState } from './helpers';

const french = loadInteractionModel(interactionModelFile('fr-FR'));
const inFrench = (inSession: boolean) => nluState(inSession, { locale: 'fr-FR' });
/** As the slot filler hands words over: word keys, apostrophes dropped ("l'année" → "lannée"). */
const date = (said: string) => toAlexaDate(keysOf(tokenize(said)), NOW, TIME_ZONE, 'fr-FR');

function intentOf(resolution: Resolution): Intent {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${JSON.stringify(resolution)}`);
  return resolution.intent;
}

describe('simulator NLU in French', () => {
  it('launches on "ouvre assistant commercial" and "lance assistant commercial", and takes a request after "demande à"', () => {
    expect(resolve('ouvre assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(resolve('lance assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(resolve('demande à assistant commercial', french, inFrench(false))).to.deep.equal({ kind: 'launch' });
    expect(intentOf(resolve('demande à assistant commercial aide', french, inFrench(false))).name).to.equal('AMAZON.HelpIntent');
    expect(resolve('open assistant commercial', french, inFrench(false))).to.not.deep.equal({ kind: 'launch' });
  });
  it('hears French built-in phrases and the model\'s own, and not the English ones', () => {
    expect(intentOf(resolve('suivant', french, inFrench(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('la suivante s\'il vous plaît', french, inFrench(true))).name).to.equal('AMAZON.NextIntent');
    expect(intentOf(resolve('oui', french, inFrench(true))).name).to.equal('AMAZON.YesIntent');
    expect(intentOf(resolve('non merci', french, inFrench(true))).name).to.equal('AMAZON.NoIntent');
    expect(intentOf(resolve('merci c\'est tout', french, inFrench(true))).name).to.equal('AMAZON.StopIntent');
    expect(intentOf(resolve('next', french, inFrench(true))).name).to.equal('AMAZON.FallbackIntent');
  });
  it('ends the session on "quitter" in French, where English says "exit"', () => {
    expect(resolve('quitter', french, inFrench(true))).to.deep.equal({ kind: 'end-session' });
  });
  it('reads French days with chrono-node\'s French parser, and weeks, months and years by their names', () => {
    // NOW is Thursday 2026-11-26.
    expect(date('demain')).to.equal('2026-11-27');
    expect(date('mardi prochain')).to.equal('2026-12-01');
    expect(date('le 15 décembre')).to.equal('2026-12-15');
    expect(date('le 1er décembre')).to.equal('2026-12-01');
    expect(date('la semaine prochaine')).to.equal('2026-W49');
    expect(date('ce mois-ci')).to.equal('2026-11');
    expect(date('l\'année dernière')).to.equal('2025');
    expect(toAlexaDate(['mardi'], NOW, TIME_ZONE, 'en-US')).to.equal(null);
  });
  it('fills a meeting\'s day and time from "mardi prochain à 10 heures", and a request\'s count from digits', () => {
    // NOW is Thursday 2026-11-26.
    const meeting = intentOf(resolve('planifie la réunion commerciale mardi prochain à 10 heures', french, inFrench(true)));
    expect(meeting.name).to.equal('ScheduleMeetingIntent');
    expect(meeting.slots?.date?.value).to.equal('2026-12-01');
    expect(meeting.slots?.time?.value).to.equal('10:00');
    expect(meeting.slots?.subject?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id).to.equal('SALES_MEETING');
    const top = intentOf(resolve('demande à assistant commercial quelles sont mes 3 plus grosses affaires', french, inFrench(false)));
    expect(top.name).to.equal('MyTopOpportunitiesIntent');
    expect(top.slots?.count?.value).to.equal('3');
  });
  it('reads French durations and ordinals', () => {
    expect(toAlexaDuration(keysOf(tokenize('une heure et demie')))).to.equal('PT1H30M');
    expect(toAlexaDuration(keysOf(tokenize('une demi-heure')))).to.equal('PT30M');
    expect(toAlexaDuration(keysOf(tokenize('an hour')))).to.equal('PT1H');
    expect(parseOrdinal(['deuxième'], 'fr-FR')).to.equal(2);
    expect(parseOrdinal(['1re'], 'fr-FR')).to.equal(1);
  });
  it('reads "10 heures", "10 h 30" and "midi" as clock times', () => {
    expect(toAlexaTime(tokenize('10 heures'))).to.equal('10:00');
    expect(toAlexaTime(tokenize('10 h 30'))).to.equal('10:30');
    expect(toAlexaTime(tokenize('14 heures 15'))).to.equal('14:15');
    expect(toAlexaTime(tokenize('midi'))).to.equal('12:00');
  });
  it('reads amounts as French recognition writes them: a decimal comma and French scale words', () => {
    expect(parseCardinal(tokenize('1,5 million'), 'fr-FR')).to.equal(1_500_000);
    expect(parseCardinal(tokenize('2 millions'), 'fr-FR')).to.equal(2_000_000);
    expect(parseCardinal(tokenize('250 mille'), 'fr-FR')).to.equal(250_000);
    expect(parseCardinal(tokenize('1,250'), 'fr-FR')).to.equal(1250);
  });
});
