/**
 * "Brief me", "what's new since yesterday", "what changed on my deals", "brief me on Lena's deals": what changed
 * on the user's deals (a manager: the team's; or whose they name) since their last briefing, and the day ahead.
 * One composite call; the time of the briefing is kept per Salesforce user in the state table, and the first one
 * covers the last day. Only the usual briefing (no one named) moves that time on: a look at Lena's deals does
 * not make the manager miss what changed on the team's.
 */
import { saidFirst } from '../../alexa/output';
import { intentHandler } from '../../alexa/intentHandler';
import { todayIn } from '../../dates/todayIn';
import { type Owner, defaultOwner } from '../../deals/owner';
import { notesSpeech } from '../../deals/phrases';
import { hearQuestion } from '../../deals/question';
import { speakingFor } from '../../speaking/speakingFor';
import { lastBriefing, rememberBriefing } from '../../state/briefings';
import type { RequestContext } from '../../context';
import type { Identity } from '../../salesforce/identity';
import { type BriefingView, briefingOutput } from './output';
import { briefing } from './query';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The briefing on `owner`'s deals since the user's last one (the first covers the last day). Only the usual one (on
 * the deals a question names none of) becomes the last briefing. The skill's handler and the MCP tool both ask it.
 */
export async function briefUser(ctx: RequestContext, identity: Identity, owner: Owner): Promise<BriefingView & { since: Date }> {
  const port = await ctx.salesforce();
  const last = await lastBriefing(ctx.table, identity.orgId, identity.userId);
  const since = last ?? new Date(ctx.now.getTime() - DAY_MS);
  const today = todayIn(identity.timeZone, ctx.now);
  const [answer, stageLabel] = await Promise.all([briefing(port, { userId: identity.userId, owner, since, today, timeZone: identity.timeZone }), ctx.picklistLabel('Opportunity', 'StageName')]);
  if (owner.scope === defaultOwner(identity.hasReports).scope) await rememberBriefing(ctx.table, identity.orgId, identity.userId, ctx.now);
  const whose = owner.scope === 'PERSON' ? { scope: owner.scope, name: owner.person.name } : { scope: owner.scope };
  return { briefing: answer, first: !last, whose, speaking: speakingFor(ctx, identity), stageLabel, since };
}

export const briefingHandler = intentHandler(['BriefingIntent'], async (input, ctx) => {
  const identity = await ctx.identity();
  const heard = await hearQuestion(input, ctx, identity, ['scope', 'person']);
  if ('ask' in heard) return heard.ask;
  const { owner } = heard.question;
  return saidFirst(notesSpeech(ctx.t, heard.notes, { owner }), briefingOutput(ctx.t, await briefUser(ctx, identity, owner)));
});
