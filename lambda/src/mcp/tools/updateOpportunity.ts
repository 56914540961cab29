/**
 * The update-deal conversation as a tool: one field of one opportunity (stage, close date, amount, next step,
 * forecast category) or closing it won or lost with the loss reason, written through the skill's own update
 * (conversations/update-deal: its readers' rules, its once-records, its guarded PATCH and read-back, its words).
 *
 * The PATCH carries `If-Unmodified-Since` with the `lastModified` the caller read (deal_details gives it), or else
 * the one read here: when someone changed the deal since, nothing is written and the answer says how the deal is
 * now and asks again, as the skill does after its "yes".
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  type Read, type UpdateDraft, closingChange, holds, lossReasonOf, matchStage, nextStepOf, saidOf, stageMovedTo, staleSaid, updateConversations,
} from '../../conversations/update-deal/handler';
import { type DealState, dealState, lossReasonField, orgStages, stateOf } from '../../conversations/update-deal/query';
import { FORECAST_CATEGORY_NAMES } from '../../deals/forecastCategories';
import { DealStageIds, ForecastCategoryIds, LossReasonIds } from '../../generated/model';
import type { RequestContext } from '../../context';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { SalesforceRequestError } from '../../salesforce/errors';
import type { SalesforcePort } from '../../salesforce/port';
import { type Speaking, speakingFor } from '../../speaking/speakingFor';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { DEAL_ID, DEAL_NAME, dealNamed } from './records';
import { IDEMPOTENCY_KEY } from './logCall';

const CHANGES = ['stage', 'closeDate', 'amount', 'nextStep', 'forecastCategory', 'outcome'] as const;

const ARGS = {
  dealId: DEAL_ID.optional(),
  dealName: DEAL_NAME.optional(),
  stage: z.enum(DealStageIds).optional().describe('Move it to this stage'),
  closeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('New close date, YYYY-MM-DD (not past, for an open deal)'),
  amount: z.number().positive().optional().describe('New amount, in the org currency'),
  nextStep: z.string().min(1).max(255).optional().describe('The next step, as the user said it'),
  forecastCategory: z.enum(ForecastCategoryIds).optional().describe('Put it in this forecast category'),
  outcome: z.enum(['WON', 'LOST']).optional().describe("Close it won, or lost (at the org's closed stage)"),
  lossReason: z.enum(LossReasonIds).optional().describe('With outcome LOST, when the org keeps a loss reason'),
  lastModified: z.string().min(10).max(40).optional()
    .describe("The deal's lastModified as the user last heard it (from deal_details): if someone changed the deal since, nothing is written"),
  idempotencyKey: IDEMPOTENCY_KEY,
};

type Args = { [K in keyof typeof ARGS]: z.infer<(typeof ARGS)[K]> };
type Asked = Read & Pick<UpdateDraft, 'kind'>;

/** The change the arguments ask, by the skill's own rules (the org's stages and loss reasons, no past close date). */
async function changeOf(ctx: RequestContext, port: SalesforcePort, args: Args, deal: DealState, speaking: Speaking): Promise<Asked> {
  const { t } = ctx;
  const refused = (ssml: string) => new AskBackError(ssmlToText(ssml));
  if (args.stage) {
    const all = await orgStages(port);
    const stage = matchStage(all, args.stage, args.stage, ctx.locale);
    if (!stage) throw new AskBackError(`This org has no stage "${args.stage}"; its stages are ${all.map((s) => s.label).join(', ')}.`);
    return { kind: 'StageName', change: { field: 'StageName', value: stage.apiName }, stageLabel: stage.label };
  }
  if (args.closeDate) {
    if (args.closeDate < speaking.today && !deal.isClosed) throw refused(t('updateDeal.pastCloseDate'));
    return { kind: 'CloseDate', change: { field: 'CloseDate', value: args.closeDate } };
  }
  if (args.amount !== undefined) return { kind: 'Amount', change: { field: 'Amount', value: args.amount } };
  if (args.nextStep) return { kind: 'NextStep', change: { field: 'NextStep', value: nextStepOf(args.nextStep, ctx.locale)! } };
  if (args.forecastCategory) return { kind: 'ForecastCategoryName', change: { field: 'ForecastCategoryName', value: FORECAST_CATEGORY_NAMES[args.forecastCategory] } };
  const won = args.outcome === 'WON';
  const closing = closingChange(t, await orgStages(port), won, deal);
  if ('say' in closing) throw refused(closing.say);
  if (won) return { kind: 'won', ...closing };
  const reason = lossReasonOf(ctx, await lossReasonField(port), args.lossReason, args.lossReason);
  if ('question' in reason) throw refused(reason.question);
  return { kind: 'lost', ...closing, ...reason };
}

export function registerUpdateOpportunity(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('update_opportunity', {
    title: 'Update an opportunity',
    description: 'Changes one thing on a deal: its stage, close date, amount, next step or forecast category, or closes it won or lost (with the loss reason). Exactly one change per call. Confirm the deal and the change with the user first; pass the lastModified of the deal they heard (deal_details) so a deal someone changed since is not overwritten. Like "move the Acme deal to negotiation", "push it to March 15", "we lost Globex on price".',
    inputSchema: ARGS,
    outputSchema: {
      said: SAID,
      deal: z.object({
        id: z.string(), name: z.string(), stage: z.string(), amount: z.number().nullable(), closeDate: z.string(), nextStep: z.string().nullable(),
        forecastCategory: z.string().nullable(), isClosed: z.boolean(), isWon: z.boolean(), lastModified: z.string(),
      }).describe('The deal as Salesforce holds it after the update'),
      changed: z.boolean().describe('False when the deal already held the value, or this key had already written it'),
      repeated: z.boolean().describe('True when this key had already made the change: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const asked = CHANGES.filter((name) => args[name] !== undefined);
    if (asked.length !== 1) throw new AskBackError(`Give exactly one change (${CHANGES.join(', ')}); got ${asked.length ? asked.join(', ') : 'none'}.`);
    const port = await ctx.salesforce();
    const deal = stateOf(await dealNamed(port, args));
    const speaking = speakingFor(ctx, identity);
    const read = await changeOf(ctx, port, args, deal, speaking);
    const draft: UpdateDraft = { ...read, deal, seen: args.lastModified ?? deal.lastModified, speaking };
    const update = updateConversations[draft.kind];
    // Already so: nothing to write, but through the once-record still, so a retry of a change made answers "repeated".
    const held = holds(deal, draft.change);
    let written: { result: DealState; repeated: boolean };
    try {
      written = await writeOnce(ctx, { ...update, perform: (p, c, d) => (held ? Promise.resolve(d.deal) : update.perform(p, c, d)) }, draft, args.idempotencyKey);
    } catch (err) {
      if (!(err instanceof SalesforceRequestError) || err.errorCode !== 'PRECONDITION_FAILED') throw err;
      const now = await dealState(port, deal.id);
      if (!now) throw err;
      throw new AskBackError(`${ssmlToText(staleSaid(ctx.t, draft, now, await ctx.picklistLabel('Opportunity', 'StageName')))} Nothing was changed. To go ahead, ask the user, then call again with lastModified "${now.lastModified}".`);
    }
    const { result, repeated } = written;
    const words = held ? saidOf(ctx.t, 'already', draft.kind, result, speaking, stageMovedTo(draft)) : await update.done(ctx, draft, result, repeated);
    const { id, name, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified } = result;
    return {
      said: ssmlToText(draft.note && !repeated ? `${draft.note} ${words}` : words),
      deal: { id, name, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified },
      changed: !held && !repeated,
      repeated,
    };
  }));
}
