/**
 * Speaks quota attainment: the percent first, then what was won against which quota. A manager hears the team's
 * number and then each rep's percent, highest first — who carries the quarter and who needs help — in at most five
 * names, so the turn stays well under 60 words.
 */
import type { Output } from '../../alexa/output';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { notesSpeech, ownerWords, spokenPeriod } from '../../deals/phrases';
import type { Note } from '../../deals/question';
import type { Translate } from '../../i18n';
import { spokenList } from '../../speaking/list';
import { cardAmount, totalAmount } from '../../speaking/money';
import type { Speaking } from '../../speaking/speakingFor';
import type { PersonQuota, QuotaResult } from './query';
import type { DateWindow } from './window';

/** Reps named in a team answer; more are counted, not named. */
export const MAX_REPS_SPOKEN = 5;

export type QuotaView = Speaking & {
  owner: Owner;
  period: Period;
  window: DateWindow;
  result: QuotaResult;
  notes: Note[];
  /** Whether the speaker manages anyone (a rep cannot see another person's quota). */
  hasReports: boolean;
  /** The user asked for everyone's attainment and hears their own forecast hierarchy's. */
  everyone?: 'TEAM' | 'MINE';
};

type Quota = Extract<PersonQuota, { kind: 'quota' }>;

/** Closed won over quota, a whole percent. */
export function attainmentPercent(won: number, quota: number): number {
  return Math.round((100 * won) / quota);
}

export interface RepAttainment {
  quota: Quota;
  won: number;
  percent: number;
}

/** Reps (everyone with a quota but the manager), highest attainment first, then by name. */
export function repAttainments(result: Extract<QuotaResult, { kind: 'read' }>, managerId: string): RepAttainment[] {
  return [...result.quotas.values()]
    .filter((q): q is Quota => q.kind === 'quota' && q.id !== managerId)
    .map((quota) => {
      const won = result.won.get(quota.id)?.amount ?? 0;
      return { quota, won, percent: attainmentPercent(won, quota.amount) };
    })
    .sort((a, b) => b.percent - a.percent || a.quota.name.localeCompare(b.quota.name));
}

/** First names, unless two reps share one. */
function repNames(reps: readonly RepAttainment[]): Map<string, string> {
  const firsts = reps.map((r) => r.quota.firstName);
  return new Map(reps.map((r) => [r.quota.id, firsts.filter((f) => f === r.quota.firstName).length > 1 ? r.quota.name : r.quota.firstName]));
}

function repsSpeech(t: Translate, reps: readonly RepAttainment[], locale: string): string {
  const names = repNames(reps);
  const spoken = reps.slice(0, MAX_REPS_SPOKEN).map((r) => t('quota.rep', { name: names.get(r.quota.id) ?? r.quota.name, percent: r.percent }));
  if (reps.length > MAX_REPS_SPOKEN) spoken.push(t('quota.moreReps', { count: reps.length - MAX_REPS_SPOKEN }));
  return t('quota.byRep', { reps: spokenList(spoken, locale, 'conjunction') });
}

function card(t: Translate, view: QuotaView, quota: number, won: number, reps: readonly RepAttainment[]): Output['card'] {
  const plain = { interpolation: { escapeValue: false } };
  const lines = [
    t('quota.card', { ...plain, quota: cardAmount(quota, view), won: cardAmount(won, view), percent: attainmentPercent(won, quota) }),
    ...reps.map((r) => t('quota.cardRep', { ...plain, name: r.quota.name, percent: r.percent, quota: cardAmount(r.quota.amount, view) })),
  ];
  return { type: 'Simple', title: t('quota.cardTitle', { ...plain, period: spokenPeriod(t, view.period, view.today) }), content: lines.join('\n') };
}

export interface QuotaFigures {
  scope: 'PERSON' | 'TEAM' | 'MINE';
  /** Closed won of the quota owner and their reports (query.ts): all of it counts against the quota. */
  won: number;
  /** The asked owner's own quota over the window. */
  own: PersonQuota;
  /** For the team: each rep's attainment. */
  reps: RepAttainment[];
  /** The quota the won amount is measured against: the owner's, or for a team without one the sum of the reps'. */
  quota?: number;
  fromReps: boolean;
}

/** The numbers a quota answer is made of: what the skill says and what the MCP tool returns. */
export function quotaFigures(view: Pick<QuotaView, 'owner' | 'userId'>, result: Extract<QuotaResult, { kind: 'read' }>): QuotaFigures {
  const { owner } = view;
  const asked = owner.scope === 'PERSON' ? owner.person.id : view.userId;
  const scope = owner.scope === 'PERSON' ? 'PERSON' : owner.scope === 'TEAM' ? 'TEAM' : 'MINE';
  const won = [...result.won.values()].reduce((sum, w) => sum + w.amount, 0);
  const own: PersonQuota = result.quotas.get(asked) ?? { kind: 'none', id: asked };
  const reps = scope === 'TEAM' ? repAttainments(result, view.userId) : [];
  if (own.kind === 'quota') return { scope, won, own, reps, quota: own.amount, fromReps: false };
  if (scope === 'TEAM' && reps.length > 0) return { scope, won, own, reps, quota: reps.reduce((sum, r) => sum + r.quota.amount, 0), fromReps: true };
  return { scope, won, own, reps, fromReps: false };
}

export function quotaOutput(t: Translate, view: QuotaView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const said = (...parts: string[]): Output => ({
    speech: [...(view.everyone ? [t(`quota.everyone.${view.everyone}`)] : []), ...notesSpeech(t, view.notes, { owner: view.owner, period }), ...parts, t('list.whatElse')]
      .filter(Boolean)
      .join(' '),
    reprompt: t('help.reprompt'),
  });
  const { result, owner } = view;
  if (result.kind === 'noForecasting') return said(t('quota.noForecasting', { period }));

  const { scope, won, own, reps, quota, fromReps } = quotaFigures(view, result);
  const words = { ...ownerWords(owner), period };
  const wonPhrase = won > 0 ? t('quota.won', { amount: totalAmount(t, won, view) }) : t('quota.nothingWon');
  const lead = fromReps ? [t('quota.teamFromReps', { period })] : [];

  if (quota === undefined) {
    if (own.kind === 'otherPeriods') return said(t(`quota.otherPeriods.${periodTypeKey(own.periodType)}`, { period }));
    if (scope === 'PERSON' && !view.hasReports) return said(t('quota.hidden', words));
    return said(t(`quota.none.${scope}`, { ...words, won: wonPhrase }));
  }

  const ahead = view.window.from > view.today && won === 0;
  const headline = ahead
    ? t(`quota.ahead.${scope}`, { ...words, quota: totalAmount(t, quota, view) })
    : t(`quota.at.${scope}`, { ...words, percent: attainmentPercent(won, quota), won: wonPhrase, quota: totalAmount(t, quota, view) });
  const byRep = scope === 'TEAM' && reps.length > 0 && !ahead ? repsSpeech(t, reps, view.locale) : scope === 'TEAM' && reps.length === 0 ? t('quota.noRepQuotas', { period }) : '';
  return { ...said(...lead, headline, byRep), card: card(t, view, quota, won, reps) };
}

function periodTypeKey(type: string): 'Quarter' | 'Month' | 'Year' | 'Week' {
  return type === 'Month' || type === 'Year' || type === 'Week' ? type : 'Quarter';
}
