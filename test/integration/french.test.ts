/**
 * French (fr-FR), through the simulator, jsforce and the local org, as Maria would hear it on an Echo set to French:
 * the figures, close dates and deals are computed here from the org's records (test/support/orgFacts.ts's own
 * arithmetic), not with the skill's speaking/ helpers.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import { FRENCH_LABELS } from '../../local/org/schema';
import { demoUser, linkDemoUsers, talkTo, useLocalStack } from '../support/conversation';
import { amountOf, byAmount, closesIn, frenchDollars, frenchFigure, listedDeal, quarterRange, teamOf, todayIn } from '../support/orgFacts';

const TIME_ZONE = 'America/New_York';
/** The speech as the simulator writes it: every run of white space (the narrow no-break space of "57 000" too) one space. */
const said = (text: string) => text.replace(/\s+/g, ' ');

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** When a deal closes, as a French list says it: "clôture demain", "clôture mardi", "clôture le 9 décembre", "prévue le 14 novembre". */
function frenchClosing(closeDate: string, today: string): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const diff = Math.round((day(closeDate).getTime() - day(today).getTime()) / 86_400_000);
  const [year, month, date] = closeDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[day(closeDate).getUTCDay()]!;
  const when =
    diff === 0 ? "aujourd'hui"
    : diff === 1 ? 'demain'
    : diff === -1 ? 'hier'
    : diff > 1 && diff < 7 ? weekday
    : diff < -1 && diff > -7 ? `${weekday} dernier`
    : `le ${date === 1 ? '1er' : date} ${MONTHS[month - 1]}${Math.abs(diff) > 300 ? ` ${year}` : ''}`;
  return `${diff < 0 ? 'prévue' : 'clôture'} ${when}`;
}

describe('in French (fr-FR), through the simulator, jsforce and the local org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);
  const french = () => talkTo(stack(), { accessToken: tokens().manager, locale: 'fr-FR', timeZone: TIME_ZONE });
  const mine = (): SObjectRecord[] => {
    const me = demoUser(stack(), 'manager').id;
    return byAmount(stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false && o.OwnerId === me));
  };
  const listed = (deal: SObjectRecord) => listedDeal(deal, stack().org.store.all('Account'));

  it('reads her three biggest open deals in order, each with its French figure and close date, the currency once', async () => {
    const expected = mine().slice(0, 3);
    const today = todayIn(TIME_ZONE);
    const { speech } = await french().say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    expect(speech).to.match(/^Vos 3 plus grosses affaires ouvertes, en dollars: /);
    const parts = expected.map((o) => said(`${listed(o)}: ${frenchFigure(Number(o.Amount))}, ${frenchClosing(String(o.CloseDate), today)}.`));
    const at = parts.map((p) => speech.indexOf(p));
    expect(at.every((p) => p >= 0), `${parts.join(' | ')} in: ${speech}`).to.equal(true);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expect(speech.match(/dollars/g)).to.have.length(1);
    expect(speech).to.match(/Voulez-vous les 3 suivantes\?$/);
  });

  it('goes on with "suivant", each deal said with its French ordinal', async () => {
    const expected = mine().slice(3, 6);
    const talk = french();
    await talk.say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    const { speech } = await talk.say('suivant');
    expect(speech).to.match(/^Voici les 3 suivantes: /);
    expected.forEach((o, i) => expect(speech).to.contain(said(`${i + 4}e, ${listed(o)}: ${frenchFigure(Number(o.Amount))}, `)));
  });

  it('says a deal\'s details with "de" after a million, and its stage as the org labels it in French', async () => {
    const first = mine()[0]!;
    const talk = french();
    await talk.say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    const { speech } = await talk.say("dites-m'en plus sur la première");
    const stage = String(first.StageName);
    expect(FRENCH_LABELS[stage], stage).to.be.a('string').and.not.equal(stage);
    expect(speech).to.contain(said(`${first.Name}: ${frenchDollars(Number(first.Amount))}, ${FRENCH_LABELS[stage]}, probabilité de ${first.Probability} pour cent`));
    expect(speech).to.contain("C'est la vôtre.");
  });

  it('answers who owns the deal spoken of, pointed at with "cette affaire"', async () => {
    const second = mine()[1]!;
    const talk = french();
    await talk.say('demande à assistant commercial quelles sont mes 3 plus grosses affaires');
    await talk.say("dites-m'en plus sur la deuxième");
    const { speech } = await talk.say('à qui appartient cette affaire');
    expect(speech).to.equal(`${second.Name} est à vous. Que voulez-vous savoir d'autre sur elle, ou sur une autre affaire?`);
  });

  it('sums her open pipeline closing this quarter in French: the total, "de" after a million, and the number of deals', async () => {
    const quarter = quarterRange(todayIn(TIME_ZONE));
    const open = mine().filter((o) => closesIn(o, quarter));
    const { speech } = await french().say('demande à assistant commercial où en est mon pipeline');
    const deals = `${open.length} affaire${open.length > 1 ? 's' : ''}`;
    expect(speech).to.contain(said(`Vous avez ${frenchDollars(amountOf(open))} en cours à clôturer ce trimestre, sur ${deals}`));
  });

  it('counts the team\'s slipping deals and their worth, biggest first', async () => {
    const me = demoUser(stack(), 'manager').id;
    const team = new Set(stack().org.store.all('User').filter((u) => u.Id === me || u.ManagerId === me).map((u) => u.Id));
    const today = todayIn(TIME_ZONE);
    const late = byAmount(stack().org.store.all('Opportunity').filter((o) => o.IsClosed === false && team.has(String(o.OwnerId)) && String(o.CloseDate) < today));
    const { speech } = await french().say("demande à assistant commercial qu'est-ce qui glisse");
    expect(speech).to.match(new RegExp(`^En retard parmi les affaires de votre équipe: ${late.length} affaires, pour ${said(frenchDollars(amountOf(late)))}\\. Les 3 plus grosses: `));
    expect(speech).to.contain(said(`${listed(late[0]!)}: ${frenchFigure(Number(late[0]!.Amount))}, ${frenchClosing(String(late[0]!.CloseDate), today)}.`));
  });

  it('sums the team\'s wins and losses of last quarter in French, with the win rate', async () => {
    const me = demoUser(stack(), 'manager').id;
    const team = teamOf(stack().org.store.all('User'), me);
    const quarter = quarterRange(todayIn(TIME_ZONE), -1);
    const closed = stack().org.store.all('Opportunity').filter((o) => o.IsClosed === true && team.has(String(o.OwnerId)) && closesIn(o, quarter));
    const won = closed.filter((o) => o.IsWon === true);
    const lost = closed.filter((o) => o.IsWon === false);
    const count = (n: number) => `${n} affaire${n > 1 ? 's' : ''}`;
    // The currency once: the losses' figure after the wins' amount.
    const wins = won.length === 0 ? 'aucune' : `${count(won.length)} pour ${frenchDollars(amountOf(won))}`;
    const losses = lost.length === 0 ? 'aucune' : `${count(lost.length)} pour ${won.length === 0 ? frenchDollars(amountOf(lost)) : frenchFigure(amountOf(lost))}`;
    const rate = Math.round((100 * won.length) / closed.length);
    const { speech } = await french().say("demande à assistant commercial qu'avons-nous gagné et perdu le trimestre dernier");
    expect(speech).to.match(new RegExp(`^${said(`Votre équipe, le trimestre dernier: gagnées, ${wins}; perdues, ${losses}. Taux de réussite: ${rate} pour cent.`).replace(/[.?]/g, '\\$&')}`));
  });
  it('writes a deal\'s probability on its card the French way, a space before the percent sign ("50 %"), as English writes "50%"', async () => {
    const first = mine()[0]!;
    const percent = Number(first.Probability);
    const talk = french();
    await talk.say('ouvre assistant commercial');
    await talk.say('mes 3 plus grosses affaires');
    const { response } = await talk.say('la première');
    const card = response.response.card as { content?: string } | undefined;
    // French typography puts a no-break space between a figure and "%".
    expect(card?.content).to.include(`Probabilité : ${percent}\u00a0%`);
    const english = talkTo(stack(), { accessToken: tokens().manager, timeZone: TIME_ZONE });
    await english.say('open sales assistant');
    await english.say('my 3 biggest deals');
    const { response: englishResponse } = await english.say('the first one');
    expect((englishResponse.response.card as { content?: string } | undefined)?.content).to.include(`Probability: ${percent}%`);
  });
});
