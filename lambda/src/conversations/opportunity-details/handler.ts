/**
 * "Tell me more about the second one", "number seven": one item of the list the user is talking about, by
 * the position they heard it at — an opportunity's details, or a campaign's results after the campaign list.
 */
import { SLOTS } from '../../generated/model';
import { campaignReportOutput } from '../campaigns/output';
import { noListOutput } from '../../lists/page';
import { goneOutput, outOfRangeOutput, whichOneOutput } from '../../lists/pick';
import { opportunityDetailsOutput } from './output';
import { campaignReportById } from '../campaigns/query';
import { opportunityDetails } from './query';
import { recallList, setPending } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';
import { numberSlot } from '../../alexa/slots';
import { speakingFor } from '../../speaking/speakingFor';

const slots = SLOTS.OpportunityDetailsIntent;

export const detailsHandler = intentHandler(['OpportunityDetailsIntent'], async (input, ctx) => {
  const list = await recallList(input, ctx.now);
  if (!list) return noListOutput(ctx.t, 'list.pick.noList');
  const position = numberSlot(input, slots.position) ?? numberSlot(input, slots.number);
  if (position === undefined) return whichOneOutput(ctx.t);
  const id = position >= 1 ? list.itemIds[position - 1] : undefined;
  if (!id) return outOfRangeOutput(ctx.t, position, list.itemIds.length);
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  // After the details, "yes" to "want the next five?" goes on with the list.
  const followUp = { hasMore: list.hasMore, pageSize: list.pageSize };
  setPending(input, list.hasMore ? 'nextPage' : undefined);
  const speaking = speakingFor(ctx, identity);
  if (list.kind === 'campaigns') {
    const campaign = await campaignReportById(port, id);
    return campaign ? campaignReportOutput(ctx.t, campaign, speaking, followUp) : goneOutput(ctx.t);
  }
  const deal = await opportunityDetails(port, id);
  return deal ? opportunityDetailsOutput(ctx.t, deal, speaking, followUp) : goneOutput(ctx.t);
});
