/**
 * "What are the latest wins and losses", "how did we do last quarter", "how did James do in Q3", "what did
 * Priya win this month". With WINS_LOSSES_REPORT_ID set, a question that names no period, person or scope is
 * answered by that saved report.
 */
import { todayIn } from '../../dates/todayIn';
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { speakingFor } from '../../speaking/speakingFor';
import { winsLossesOutput } from './output';
import { winsLosses, winsLossesQueryOf } from './query';
import { winsLossesFromReport } from './report';

export const winsLossesConversation: DealConversation = {
  kind: 'winsLosses',
  intent: 'WinsLossesIntent',
  slots: ['scope', 'person', 'period', 'amount'],
  honours: ['scope', 'person', 'period', 'amount', 'outcome'],
  async answer(input, ctx, identity, q, notes) {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    const reportId = ctx.settings.winsLossesReportId;
    const outcome = q.outcome === 'BOTH' ? undefined : q.outcome;
    const saidNothing = !outcome && !q.period && q.owner.scope === (identity.hasReports ? 'TEAM' : 'MINE') && q.minAmount === undefined && notes.length === 0;
    if (reportId && saidNothing) {
      const reported = await winsLossesFromReport(port, reportId);
      return winsLossesOutput(ctx.t, { ...reported, notes: [], ...speaking });
    }
    const query = winsLossesQueryOf(q, identity.userId, todayIn(identity.timeZone, ctx.now), identity.fiscalYearStartMonth);
    const result = await winsLosses(port, query);
    return winsLossesOutput(ctx.t, { ...result, owner: q.owner, period: query.period, minAmount: q.minAmount, outcome, notes, ...speaking });
  },
};

export const winsLossesHandler = questionHandler(winsLossesConversation);
/** "What did we lose last quarter", "what did Lena win": the same conversation, only the losses or only the wins. */
export const lostDealsHandler = questionHandler({ ...winsLossesConversation, intent: 'LostDealsIntent', fixed: { outcome: 'LOST' } });
export const wonDealsHandler = questionHandler({ ...winsLossesConversation, intent: 'WonDealsIntent', fixed: { outcome: 'WON' } });
