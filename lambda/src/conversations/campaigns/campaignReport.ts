/**
 * "How is the spring launch campaign doing": the campaign found by its spoken name, then its results. Several
 * close matches → "Did you mean A or B?", listening for the name again; none → offer the active campaigns.
 */
import { getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { SLOTS } from '../../generated/model';
import { askCampaignOutput, campaignNotFoundOutput, campaignReportOutput } from './output';
import { findCampaign } from './query';
import { withStatusLabels } from './status';
import { setPending } from '../../state/session';
import { intentHandler } from '../../alexa/intentHandler';
import { speakingFor } from '../../speaking/speakingFor';

const slots = SLOTS.CampaignReportIntent;

export const campaignReportHandler = intentHandler(['CampaignReportIntent'], async (input, ctx) => {
  const intent = (input.requestEnvelope.request as IntentRequest).intent;
  const spoken = getSlotValue(input.requestEnvelope, slots.campaign)?.trim();
  if (!spoken) return askCampaignOutput(ctx.t, intent, slots.campaign);
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const match = await findCampaign(port, spoken);
  if (match.kind === 'several') return askCampaignOutput(ctx.t, intent, slots.campaign, { names: match.names, locale: ctx.locale });
  if (match.kind === 'none') {
    setPending(input, 'activeCampaigns');
    return campaignNotFoundOutput(ctx.t, spoken);
  }
  const [campaign] = await withStatusLabels(ctx, [match.campaign]);
  return campaignReportOutput(ctx.t, campaign!, speakingFor(ctx, identity));
});
