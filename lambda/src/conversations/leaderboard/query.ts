/**
 * The leaderboard: closed-won amount and count per owner over a period, biggest first — one aggregate query.
 * Owner.Name is grouped beside OwnerId, so the names come with the figures and no people list is needed
 * ("GROUP BY" on a relationship field: SOQL and SOSL Reference, "GROUP BY"). One row beyond the names read tells
 * whether someone below the cut is tied with the last one named.
 */
import { type Period, periodCondition } from '../../deals/period';
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId, whereAll } from '../../salesforce/soql';

/**
 * Whose wins are ranked. A manager's team: the manager and their direct reports (as "the team" everywhere in the
 * skill). A rep's team: everyone under the same manager, the peers a rep compares themself with — not the manager,
 * whose own deals are not part of the reps' race. ALL: whatever the user can see.
 */
export type Board = { kind: 'team'; managerId: string } | { kind: 'peers'; managerId: string } | { kind: 'mine'; userId: string } | { kind: 'all' };

export interface LeaderboardQuery {
  board: Board;
  period: Period;
  /** Names to read. */
  count: number;
}

export interface LeaderRow {
  OwnerId: string;
  Name: string | null;
  total: number | null;
  n: number;
}

export interface Leader {
  id: string;
  name: string;
  amount: number;
  count: number;
}

function boardFilter(board: Board): string | undefined {
  if (board.kind === 'team') return `(OwnerId = ${soqlId(board.managerId)} OR Owner.ManagerId = ${soqlId(board.managerId)})`;
  if (board.kind === 'peers') return `Owner.ManagerId = ${soqlId(board.managerId)}`;
  if (board.kind === 'mine') return `OwnerId = ${soqlId(board.userId)}`;
  return undefined;
}

export function leaderboardSoql(q: LeaderboardQuery): string {
  return (
    'SELECT OwnerId, Owner.Name, SUM(Amount) total, COUNT(Id) n FROM Opportunity' +
    whereAll(['IsWon = true', periodCondition('CloseDate', q.period), boardFilter(q.board)]) +
    ` GROUP BY OwnerId, Owner.Name ORDER BY SUM(Amount) DESC NULLS LAST, COUNT(Id) DESC, Owner.Name ASC LIMIT ${q.count + 1}`
  );
}

export function toLeaders(rows: readonly LeaderRow[]): Leader[] {
  return rows.map((r) => ({ id: r.OwnerId, name: r.Name ?? '', amount: Number(r.total) || 0, count: Number(r.n) || 0 }));
}

/** Up to `count` leaders and one more, when there is one. */
export async function leaderboard(port: SalesforcePort, q: LeaderboardQuery): Promise<Leader[]> {
  const { records } = await port.query<LeaderRow>(leaderboardSoql(q));
  return toLeaders(records);
}
