/**
 * Speaks a briefing in one short turn (well under 40 seconds): what changed on the deals — how many, and the
 * latest change —, new and lost deals, new high-priority cases, then today's meetings, the deals closing this
 * week and the slipping ones. Counts first, at most one name each; when the names would make the turn too
 * long, only the latest change is named, or none (the card has them all).
 */
import type { Output } from '../../alexa/output';
import type { Translate } from '../../i18n';
import { spokenAmount } from '../../speaking/money';
import { spokenDayAfterPreposition } from '../../speaking/days';
import type { Speaking } from '../../speaking/speakingFor';
import type { Briefing, DealChange } from './query';
import type { PicklistLabel } from '../../salesforce/labels';

export interface BriefingView {
  briefing: Briefing;
  /** The first briefing covers the last day; later ones start at the one before. */
  first: boolean;
  /** Whose deals: the user's, the team's, everyone's, or one person's (by the name said). */
  whose: { scope: 'MINE' | 'TEAM' | 'ALL' } | { scope: 'PERSON'; name: string };
  speaking: Speaking;
  /** Says a stage as the org labels it in the user's language ("Verhandlung"); in English the value as stored. */
  stageLabel: PicklistLabel;
}

/**
 * Words a briefing may take, as counted below: a turn is heard in 25 seconds at most (62.5 words at 150 a
 * minute, what the test harness enforces); this leaves room for numbers said in more words than estimated.
 */
export const BRIEFING_WORDS = 55;

const NAME_WORDS = 8;

function name(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > NAME_WORDS ? `${words.slice(0, NAME_WORDS).join(' ')}…` : text.trim();
}

/** "Lena moved Acme Robotics to Negotiation" — or, when Salesforce does not say who, "Acme Robotics moved to …". */
function change(t: Translate, c: DealChange, s: Speaking, stageLabel: PicklistLabel): string {
  const deal = name(c.deal);
  const words = c.by ? 'briefing.changeBy' : 'briefing.change';
  const who = c.by ?? '';
  if (c.field === 'StageName') return t(`${words}.stage`, { who, deal, stage: stageLabel(String(c.to)) });
  if (c.field === 'Amount') {
    const money = (v: unknown) => (typeof v === 'number' ? spokenAmount(t, v, s.currency, s.locale) : t('briefing.change.noAmount'));
    return t(`${words}.amount`, { who, deal, from: money(c.from), to: money(c.to) });
  }
  const to = typeof c.to === 'string' ? c.to : '';
  const later = typeof c.from === 'string' && to > c.from;
  return t(`${words}.${later ? 'pushed' : 'pulled'}`, { who, deal, day: spokenDayAfterPreposition(t, to, s.today) });
}

/** How many names a briefing says: all it has, the latest change's only, or none (the counts alone). */
type Names = 'all' | 'latest' | 'none';

function sentences(t: Translate, v: BriefingView, level: Names): string[] {
  const names = level === 'all';
  const b = v.briefing;
  const lead = v.first ? t('briefing.lead.first') : t('briefing.lead.since');
  const latest = b.changes[0];
  const scope = v.whose.scope;
  const person = v.whose.scope === 'PERSON' ? v.whose.name : '';
  const changed =
    b.changedDeals === 0
      ? t(`briefing.changed.none.${scope}`, { lead, name: person })
      : `${t(`briefing.changed.${scope}`, { lead, count: b.changedDeals, name: person })}${level !== 'none' && latest ? t(b.changes.length > 1 ? 'briefing.latest' : 'briefing.only', { change: change(t, latest, v.speaking, v.stageLabel) }) : '.'}`;
  const created = b.created[0];
  const won = b.won[0];
  const lost = b.lost[0];
  const firstCase = b.cases[0];
  const week = b.closingThisWeek === 0 ? t(`briefing.week.none.${scope}`, { name: person }) : t(`briefing.week.${scope}`, { count: b.closingThisWeek, name: person });
  return [
    changed,
    created ? (names ? t('briefing.created.named', { count: b.created.length, deal: name(created.name) }) : t('briefing.created.count', { count: b.created.length })) : '',
    won ? (names ? t('briefing.won.named', { count: b.won.length, deal: name(won.name) }) : t('briefing.won.count', { count: b.won.length })) : '',
    lost ? (names ? t('briefing.lost.named', { count: b.lost.length, deal: name(lost.name) }) : t('briefing.lost.count', { count: b.lost.length })) : '',
    firstCase ? (names && firstCase.account ? t('briefing.cases.named', { count: b.cases.length, account: firstCase.account }) : t('briefing.cases.count', { count: b.cases.length })) : '',
    b.meetingsToday === 0 ? t('briefing.meetings.none') : t('briefing.meetings.some', { count: b.meetingsToday }),
    `${week}${b.slipping > 0 ? t('briefing.slipping', { count: b.slipping }) : ''}.`,
    t('briefing.whatElse'),
  ].filter(Boolean);
}

/** An estimate of the words said: a number up to twenty is one, a larger one two ("forty-two thousand"); a dash none. */
function words(text: string): number {
  return text.split(/\s+/).filter((token) => /\w/.test(token)).reduce((n, token) => {
    const number = /^\d[\d,.]*\W*$/.test(token) ? Number(token.replace(/[^\d.]/g, '')) : undefined;
    return n + (number === undefined ? 1 : number <= 20 ? 1 : 2);
  }, 0);
}

function card(t: Translate, v: BriefingView): Output['card'] {
  const b = v.briefing;
  const lines = [
    ...b.changes.map((c) => change(t, c, v.speaking, v.stageLabel)),
    ...b.created.map((d) => t('briefing.card.new', { deal: d.name })),
    ...b.won.map((d) => t('briefing.card.won', { deal: d.name })),
    ...b.lost.map((d) => t('briefing.card.lost', { deal: d.name })),
    ...b.cases.map((c) => t(c.account ? 'briefing.card.caseOn' : 'briefing.card.case', { subject: c.subject ?? '', account: c.account ?? '' })),
  ];
  return { type: 'Simple', title: t('briefing.cardTitle'), content: lines.join('\n') || '—' };
}

export function briefingOutput(t: Translate, v: BriefingView): Output {
  const levels: Names[] = ['all', 'latest', 'none'];
  const said = levels.map((level) => sentences(t, v, level).join(' '));
  const speech = said.find((text) => words(text) <= BRIEFING_WORDS) ?? said.at(-1)!;
  return { speech, reprompt: t('help.reprompt'), card: card(t, v) };
}
