/** Speaks the leaderboard: the leaders by closed-won amount, each with their deal count; ties and empty boards said as they are. */
import type { Output } from '../../alexa/output';
import type { Owner } from '../../deals/owner';
import type { Period } from '../../deals/period';
import { notesSpeech, spokenPeriod } from '../../deals/phrases';
import type { Note } from '../../deals/question';
import type { Translate } from '../../i18n';
import { cardAmount, spokenFigure, totalAmount } from '../../speaking/money';
import { ordinal } from '../../speaking/ordinal';
import { escapeSsml } from '../../speaking/ssml';
import type { Speaking } from '../../speaking/speakingFor';
import type { Board, Leader } from './query';

export type LeaderboardView = Speaking & {
  board: Board;
  /** The owner the question was asked with, for the notes. */
  owner: Owner;
  period: Period;
  /** Names to read; `leaders` may hold one more, which is only looked at for a tie. */
  count: number;
  leaders: Leader[];
  notes: Note[];
  /** The user asked for more names than a leaderboard reads. */
  capped?: number;
};

/** Each leader's place: one more than the number of leaders with a bigger amount; equal amounts share it. */
export function ranks(leaders: readonly Leader[]): number[] {
  return leaders.map((l) => 1 + leaders.filter((o) => o.amount > l.amount).length);
}

export function leaderboardOutput(t: Translate, view: LeaderboardView): Output {
  const period = spokenPeriod(t, view.period, view.today);
  const said = (...parts: string[]): Output => ({
    speech: [...notesSpeech(t, view.notes, { owner: view.owner, period }), ...(view.capped ? [t('leaderboard.capped', { max: view.capped })] : []), ...parts, t('list.whatElse')]
      .filter(Boolean)
      .join(' '),
    reprompt: t('help.reprompt'),
  });
  const { board } = view;
  const deals = (count: number) => t('leaderboard.deals', { count });

  if (board.kind === 'mine') {
    const me = view.leaders[0];
    return said(t('leaderboard.alone'), me ? t('leaderboard.mine', { amount: totalAmount(t, me.amount, view), deals: deals(me.count), period }) : t('leaderboard.none.mine', { period }));
  }
  if (view.owner.scope === 'PERSON') return said(personPlace(t, view, view.owner.person, period));
  if (view.leaders.length === 0) return said(t(`leaderboard.none.${board.kind}`, { period }));

  const shown = view.leaders.slice(0, view.count);
  const beyond = view.leaders[view.count];
  const places = ranks(view.leaders);
  const entries = shown.map((l, i) => {
    const place = ordinal(t, places[i] ?? i + 1);
    const tied = view.leaders.some((o) => o !== l && o.amount === l.amount);
    return t('leaderboard.entry', {
      rank: tied ? t('leaderboard.tied', { rank: place }) : place,
      who: l.id === view.userId ? t('leaderboard.you') : escapeSsml(l.name),
      // The currency is said once, in the intro; the number of deals is on the card.
      amount: spokenFigure(l.amount, view.locale),
    });
  });
  const last = shown.at(-1);
  const after = beyond
    ? last && beyond.amount === last.amount
      ? beyond.id === view.userId ? t('leaderboard.tiedBelowYou') : t('leaderboard.tiedBelow', { name: beyond.name })
      : ''
    : view.capped ? '' : t(`leaderboard.everyone.${board.kind}`, { period });
  const intro = t(`leaderboard.intro.${board.kind}`, { period, currency: t(`currency.${view.currency}`, { count: 2, defaultValue: view.currency }) });
  const plain = { interpolation: { escapeValue: false } };
  return {
    ...said(intro, ...entries, after),
    card: {
      type: 'Simple',
      title: t('leaderboard.cardTitle', { ...plain, period }),
      content: shown.map((l, i) => t('leaderboard.cardEntry', { ...plain, rank: places[i], name: l.name, amount: cardAmount(l.amount, view), count: l.count })).join('\n'),
    },
  };
}

/** One person's place on the board: "Lena Fischer is 1st on your team's leaderboard this quarter, with …". */
function personPlace(t: Translate, view: LeaderboardView, person: { id: string; name: string }, period: string): string {
  const at = view.leaders.findIndex((l) => l.id === person.id);
  const leader = view.leaders[at];
  if (!leader) return t('leaderboard.personNone', { name: person.name, period });
  const places = ranks(view.leaders);
  const place = ordinal(t, places[at] ?? at + 1);
  const tied = view.leaders.some((o) => o !== leader && o.amount === leader.amount);
  return t(`leaderboard.person.${view.board.kind === 'all' ? 'all' : 'team'}`, {
    name: person.name,
    rank: tied ? t('leaderboard.tied', { rank: place }) : place,
    period,
    amount: totalAmount(t, leader.amount, view),
    deals: t('leaderboard.deals', { count: leader.count }),
    of: view.leaders.length,
  });
}
