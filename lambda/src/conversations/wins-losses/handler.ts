/**
 * "What are the latest wins and losses", "how did we do last quarter", "wins and losses this month for the team".
 * With WINS_LOSSES_REPORT_ID set, a question that names neither period nor scope is answered by that saved report.
 */
import { DatePeriodIds, OwnerScopeIds, SLOTS } from '../../generated/model';
import { winsLossesOutput } from './output';
import { winsLosses } from './query';
import { winsLossesFromReport } from './report';
import { intentHandler } from '../../alexa/intentHandler';
import { resolveScope } from '../../deals/scope';
import { resolvedId } from '../../alexa/slots';
import { speakingFor } from '../../speaking/speakingFor';

const slots = SLOTS.WinsLossesIntent;

export const winsLossesHandler = intentHandler(['WinsLossesIntent'], async (input, ctx) => {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const speaking = speakingFor(ctx, identity);
  const saidPeriod = resolvedId(input, slots.period, DatePeriodIds);
  const reportId = ctx.settings.winsLossesReportId;
  if (reportId && !saidPeriod && !resolvedId(input, slots.scope, OwnerScopeIds)) {
    const reported = await winsLossesFromReport(port, reportId);
    return winsLossesOutput(ctx.t, { ...reported, noTeam: false, ...speaking });
  }
  const { scope, noTeam } = resolveScope(input, slots.scope, identity);
  const period = saidPeriod ?? 'THIS_QUARTER';
  const result = await winsLosses(port, { scope, period, userId: identity.userId });
  return winsLossesOutput(ctx.t, { ...result, scope, period, noTeam, ...speaking });
});
