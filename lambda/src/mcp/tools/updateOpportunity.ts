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
import { type Kind, type UpdateDraft, holds, matchStage, matchValue, saidOf, staleSaid, updateConversations } from '../../conversations/update-deal/handler';
import { type DealChange, type DealState, dealState, lossReasonField, orgStages, stateOf } from '../../conversations/update-deal/query';
import { FORECAST_CATEGORY_NAMES } from '../../deals/forecastCategories';
import { DealStageIds, ForecastCategoryIds, LossReasonIds } from '../../generated/model';
import type { RequestContext } from '../../context';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { SalesforceRequestError } from '../../salesforce/errors';
import type { SalesforcePort } from '../../salesforce/port';
import { spokenList } from '../../speaking/list';
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
type Read = Pick<UpdateDraft, 'kind' | 'change' | 'stageLabel' | 'lossReason' | 'note'>;

/** The change the arguments ask, by the skill's readers' rules (the org's own stages and loss reasons, no past close date). */
async function changeOf(ctx: RequestContext, port: SalesforcePort, args: Args, deal: DealState, speaking: Speaking): Promise<Read> {
  const { t } = ctx;
  const text = (ssml: string) => new AskBackError(ssmlToText(ssml));
  const change = (kind: Kind, c: DealChange): Read => ({ kind, change: c });
  if (args.stage) {
    const all = await orgStages(port);
    const stage = matchStage(all, args.stage, args.stage);
    if (!stage) throw new AskBackError(`This org has no stage "${args.stage}"; its stages are ${all.map((s) => s.label).join(', ')}.`);
    return { kind: 'StageName', change: { field: 'StageName', value: stage.apiName }, stageLabel: stage.label };
  }
  if (args.closeDate) {
    if (args.closeDate < speaking.today && !deal.isClosed) throw text(t('updateDeal.pastCloseDate'));
    return change('CloseDate', { field: 'CloseDate', value: args.closeDate });
  }
  if (args.amount !== undefined) return change('Amount', { field: 'Amount', value: args.amount });
  if (args.nextStep) {
    const words = args.nextStep.trim().replace(/^(is|to)\s+/i, '');
    return change('NextStep', { field: 'NextStep', value: words[0]!.toUpperCase() + words.slice(1) });
  }
  if (args.forecastCategory) return change('ForecastCategoryName', { field: 'ForecastCategoryName', value: FORECAST_CATEGORY_NAMES[args.forecastCategory] });
  const won = args.outcome === 'WON';
  const kind = won ? 'won' : 'lost';
  const stage = (await orgStages(port)).find((s) => s.isClosed && s.isWon === won);
  if (!stage) throw text(t('updateDeal.noClosedStage', { outcome: won ? 'closed won' : 'closed lost', name: deal.name }));
  const closing: Read = { kind, change: { field: 'StageName', value: stage.apiName }, stageLabel: stage.label };
  if (won) return closing;
  const field = await lossReasonField(port);
  if (!field) return args.lossReason ? { ...closing, note: t('updateDeal.noLossReasonField') } : closing;
  const choices = spokenList(field.values.slice(0, 4), ctx.locale, 'disjunction');
  if (!args.lossReason) throw text(t('updateDeal.askLossReason', { choices }));
  const value = matchValue(field.values, args.lossReason, args.lossReason);
  if (!value) throw text(t('updateDeal.unknownLossReason', { heard: args.lossReason, choices }));
  return { ...closing, lossReason: { field: field.name, value } };
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
      throw new AskBackError(`${ssmlToText(staleSaid(ctx.t, draft, now))} Nothing was changed. To go ahead, ask the user, then call again with lastModified "${now.lastModified}".`);
    }
    const { result, repeated } = written;
    const words = held ? saidOf(ctx.t, 'already', draft.kind, result, speaking, draft.stageLabel) : await update.done(ctx, draft, result, repeated);
    const { id, name, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified } = result;
    return {
      said: ssmlToText(draft.note && !repeated ? `${draft.note} ${words}` : words),
      deal: { id, name, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified },
      changed: !held && !repeated,
      repeated,
    };
  }));
}
