/**
 * "Brief me", "what's new since yesterday", "what changed on my deals": what changed on the user's deals (a
 * manager: the team's) since their last briefing, and the day ahead. One composite call; the time of the
 * briefing is kept per Salesforce user in the state table, and the first one covers the last day.
 */
import { intentHandler } from '../../alexa/intentHandler';
import { todayIn } from '../../dates/todayIn';
import { defaultOwner } from '../../deals/owner';
import { speakingFor } from '../../speaking/speakingFor';
import { lastBriefing, rememberBriefing } from '../../state/briefings';
import type { RequestContext } from '../../context';
import { type BriefingView, briefingOutput } from './output';
import { briefing } from './query';

const DAY_MS = 24 * 3600 * 1000;

/** The briefing since the user's last one (the first covers the last day), which it then becomes: the skill's and the MCP tool's. */
export async function briefUser(ctx: RequestContext): Promise<BriefingView & { since: Date }> {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const last = await lastBriefing(ctx.table, identity.orgId, identity.userId);
  const since = last ?? new Date(ctx.now.getTime() - DAY_MS);
  const owner = defaultOwner(identity.hasReports);
  const today = todayIn(identity.timeZone, ctx.now);
  const answer = await briefing(port, { userId: identity.userId, owner, since, today, timeZone: identity.timeZone });
  await rememberBriefing(ctx.table, identity.orgId, identity.userId, ctx.now);
  return { briefing: answer, first: !last, scope: owner.scope === 'TEAM' ? 'TEAM' : 'MINE', speaking: speakingFor(ctx, identity), since };
}

export const briefingHandler = intentHandler(['BriefingIntent'], async (_input, ctx) => briefingOutput(ctx.t, await briefUser(ctx)));
