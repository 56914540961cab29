/**
 * "Who closed the most this quarter", "top rep this month", "show me the leaderboard", "who's winning", "rank the
 * team by won deals last quarter": the speaker's team ranked by closed-won amount, this quarter unless a period is
 * said, at most five names.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { periodOf } from '../../deals/period';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import type { Identity } from '../../salesforce/identity';
import type { Owner } from '../../deals/owner';
import { leaderboardOutput } from './output';
import { type Board, leaderboard } from './query';

/** A leaderboard reads at most five names: more is a report, not a turn. */
export const MAX_LEADERS = 5;
/** Owners read to place one person on the board; a team is smaller than this. */
export const MAX_BOARD = 200;

/**
 * The board a question means. "My", "the team's" and no word at all mean the speaker's team: a manager's reports
 * and the manager; for a rep, everyone under the same manager (a rep asks how they compare with their peers).
 * "Everyone's" ranks every owner the user can see.
 */
export function boardFor(owner: Owner, identity: Pick<Identity, 'userId' | 'hasReports' | 'managerId'>): Board {
  if (owner.scope === 'ALL') return { kind: 'all' };
  // One person is placed on the speaker's own board ("where does Lena rank").
  if (identity.hasReports) return { kind: 'team', managerId: identity.userId };
  if (identity.managerId) return { kind: 'peers', managerId: identity.managerId };
  return { kind: 'mine', userId: identity.userId };
}

export const leaderboardConversation: DealConversation = {
  kind: 'leaderboard',
  intent: 'LeaderboardIntent',
  slots: ['scope', 'person', 'period', 'count'],
  honours: ['scope', 'person', 'period', 'count'],
  async answer(input, ctx, identity, q, notes) {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    setPending(input, undefined);
    // A rep asking for "the team" is answered with their peers, so "no one reports to you" would be wrong here.
    const kept = notes.filter((n) => n.kind !== 'noTeam' && n.kind !== 'capped');
    const count = Math.min(q.count ?? MAX_LEADERS, MAX_LEADERS);
    const period = periodOf(q.period ?? 'THIS_QUARTER', speaking.today, identity.fiscalYearStartMonth, 'past');
    const board = boardFor(q.owner, identity);
    // "Where does Lena rank" (or "and Lena?" after a leaderboard): the whole board, to find her place on it.
    const read = board.kind === 'mine' ? 1 : q.owner.scope === 'PERSON' ? MAX_BOARD : count;
    const leaders = await leaderboard(port, { board, period, count: read });
    return leaderboardOutput(ctx.t, {
      ...speaking, board, owner: q.owner, period, count, leaders, notes: kept,
      ...(q.count !== undefined && q.count > MAX_LEADERS ? { capped: MAX_LEADERS } : {}),
    });
  },
};

export const leaderboardHandlers = [
  questionHandler(leaderboardConversation),
  // "… for the team last quarter": the team is a word, not a slot, so no slot sits next to the period.
  questionHandler({ ...leaderboardConversation, intent: 'TeamLeaderboardIntent', slots: ['period'], fixed: { scope: 'TEAM' } }),
];
