import { expect } from 'chai';
import { translatorFor } from '../../lambda/src/i18n';
import { activeCampaignsOutput, campaignChoicesSpeech, campaignReportOutput } from '../../lambda/src/conversations/campaigns/output';
import { opportunityDetailsOutput } from '../../lambda/src/conversations/opportunity-details/output';
import { pipelineSliceHeadline, pipelineSummaryOutput } from '../../lambda/src/conversations/pipeline/output';
import { winRate, winsLossesOutput } from '../../lambda/src/conversations/wins-losses/output';
import type { OpportunityDetails } from '../../lambda/src/conversations/opportunity-details/query';
import type { OpportunitySummary } from '../../lambda/src/deals/query';
import { MAX_REMEMBERED, withPageIds } from '../../lambda/src/state/session';

const t = translatorFor('en-US');
const ME = '005000000000001AAA';
const speaking = { currency: 'USD', locale: 'en-US', today: '2026-11-26', userId: ME };

function deal(fields: Partial<OpportunitySummary> = {}): OpportunitySummary {
  return { id: '006000000000001AAA', name: 'Smith & Sons - Shelving', accountName: 'Smith & Sons', amount: 1_250_000, stage: 'Negotiation/Review', closeDate: '2026-11-27', ownerId: '005000000000002AAA', ownerName: "Pat O'Neil", ...fields };
}

describe('read outputs', () => {
  describe('wins and losses', () => {
    it('rates wins by count, rounded, and has no rate without closed deals', () => {
      expect(winRate(7, 3)).to.equal(70);
      expect(winRate(2, 1)).to.equal(67);
      expect(winRate(0, 4)).to.equal(0);
      expect(winRate(0, 0)).to.equal(undefined);
    });

    it('leads with counts, amounts and the rate, then the biggest win and loss, names escaped once, the currency said once', () => {
      const out = winsLossesOutput(t, {
        ...speaking, owner: { scope: 'TEAM' as const }, period: { kind: 'relative' as const, id: 'LAST_QUARTER' as const }, notes: [],
        won: { count: 7, amount: 3_120_500 }, lost: { count: 1, amount: 20_000 },
        biggestWin: deal(), biggestLoss: deal({ name: '<Beta> Labs - Gloves', accountName: 'Globex', amount: 20_000, ownerId: ME }),
      });
      expect(out.speech).to.equal(
        'Your team won 7 deals worth 3.1 million dollars and lost 1 deal worth 20,000 last quarter. Win rate: 88 percent. ' +
          'Biggest win: Smith &amp; Sons - Shelving, 1.25 million, by Pat O&apos;Neil. ' +
          // The only loss: its amount was just said.
          'Biggest loss: &lt;Beta&gt; Labs - Gloves for Globex, one of yours. What else?',
      );
      expect(out.reprompt).to.be.a('string');
      expect(out.card).to.deep.include({ type: 'Simple', title: 'Wins and losses, last quarter' });
    });

    it('says "no deals" for a side with none, and "no closed deals" when nothing closed', () => {
      const base = { ...speaking, owner: { scope: 'MINE' as const }, period: { kind: 'relative' as const, id: 'THIS_MONTH' as const }, notes: [{ kind: 'noTeam' as const }], biggestWin: null, biggestLoss: null };
      const onlyLosses = winsLossesOutput(t, { ...base, won: { count: 0, amount: 0 }, lost: { count: 2, amount: 9000 } });
      expect(onlyLosses.speech).to.match(/^No one reports to you in Salesforce, so here are your own\. You won no deals and lost 2 deals worth 9,000 dollars this month\. Win rate: 0 percent\./);
      const nothing = winsLossesOutput(t, { ...base, notes: [], won: { count: 0, amount: 0 }, lost: { count: 0, amount: 0 } });
      expect(nothing.speech).to.equal('You have no closed deals this month. What else?');
      expect(nothing.reprompt).to.be.a('string');
    });
  });

  describe('pipeline', () => {
    const base = { ...speaking, owner: { scope: 'ALL' as const }, period: { kind: 'relative' as const, id: 'THIS_QUARTER' as const }, notes: [], closingThisMonth: { count: 1, amount: 5000 }, slipping: { count: 0, amount: 0 } };
    it('splits the open amount by category, in forecast order, the currency said once, and ends with a question', () => {
      const out = pipelineSummaryOutput(t, { ...base, categories: [{ category: 'COMMIT', count: 2, amount: 1_200_000 }, { category: 'BEST_CASE', count: 1, amount: 300_000 }, { category: 'PIPELINE', count: 4, amount: 2_000_000 }] });
      expect(out.speech).to.equal(
        'Your org has 3.5 million dollars open, closing this quarter, in 7 deals: 1.2 million in commit, 300 thousand in best case, and 2 million in pipeline. ' +
          'Closing this month: 1 deal, 5,000. Nothing is slipping. Want to hear what’s in commit, or what’s slipping?',
      );
    });
    it('says "all of it" for one category and "no open deals" for none, then says the currency where it comes first', () => {
      expect(pipelineSummaryOutput(t, { ...base, categories: [{ category: 'PIPELINE', count: 1, amount: 10_000 }] }).speech).to.contain('in 1 deal: all of it in pipeline.');
      expect(pipelineSummaryOutput(t, { ...base, owner: { scope: 'MINE' as const }, categories: [] }).speech).to.match(/^You have no open deals closing this quarter\. Closing this month: 1 deal, 5,000 dollars\./);
    });
    it('heads a category or the slipping deals with their totals and how many follow', () => {
      expect(pipelineSliceHeadline(t, { owner: { scope: 'TEAM' as const }, period: { kind: 'relative' as const, id: 'NEXT_QUARTER' as const }, category: 'COMMIT', totals: { count: 5, amount: 800_000 }, shown: 3, notes: [] }, speaking)).to.equal(
        'Your team has 800 thousand dollars in commit closing next quarter, from 5 deals. The biggest 3:',
      );
      expect(pipelineSliceHeadline(t, { owner: { scope: 'MINE' as const }, totals: { count: 1, amount: 6000 }, shown: 1, notes: [] }, speaking)).to.equal(
        '1 of your deals, worth 6,000 dollars, is slipping.',
      );
    });
  });

  describe('opportunity details', () => {
    const details = (fields: Partial<OpportunityDetails> = {}): OpportunityDetails => ({ ...deal(), probability: 90, nextStep: 'Send the <final> quote', lastActivityDate: '2026-11-20', isClosed: false, isWon: false, forecastCategory: 'Commit', lastModified: '2026-11-20T10:00:00.000+0000', ...fields });
    it('speaks stage, amount, probability, next step, owner and last activity, then offers the next page', () => {
      const out = opportunityDetailsOutput(t, details(), speaking, { hasMore: true, pageSize: 5 });
      expect(out.speech).to.equal(
        'Smith &amp; Sons - Shelving: 1.25 million dollars, Negotiation/Review, 90 percent likely, closing tomorrow. Next step: Send the &lt;final&gt; quote. ' +
          'It’s owned by Pat O&apos;Neil. The last activity was last Friday. Want the next 5, or details on another one?',
      );
      expect(out.reprompt).to.equal('Want the next 5, or details on another one?');
    });
    it('says when there is no next step, no activity or a planned one, leaves out an unknown probability, and tells a closed deal', () => {
      const none = opportunityDetailsOutput(t, details({ probability: null, nextStep: null, lastActivityDate: null, ownerId: ME }), speaking, { hasMore: false, pageSize: 5 });
      expect(none.speech).to.contain('Negotiation/Review, closing tomorrow. No next step is set. It’s yours. No activity is logged yet. Which other one');
      const planned = opportunityDetailsOutput(t, details({ lastActivityDate: '2026-12-01' }), speaking, { hasMore: false, pageSize: 5 });
      expect(planned.speech).to.contain('There’s an activity planned on Tuesday.');
      const won = opportunityDetailsOutput(t, details({ isClosed: true, isWon: true, closeDate: '2026-11-25' }), speaking, { hasMore: false, pageSize: 5 });
      expect(won.speech).to.contain(', won yesterday.');
    });
  });

  describe('campaigns', () => {
    it('offers close matches as a spoken choice, each name escaped once', () => {
      expect(campaignChoicesSpeech(t, ['Spring Launch', 'Smith & Sons Spring', 'Spring <Promo>'], 'en-US')).to.equal(
        'Did you mean Spring Launch, Smith &amp; Sons Spring, or Spring &lt;Promo&gt;?',
      );
      expect(campaignChoicesSpeech(t, ['A', 'B'], 'en-US')).to.equal('Did you mean A or B?');
    });
    it('reports status, dates, leads, opportunities and the won amount', () => {
      const report = { id: '701000000000001AAA', name: 'Spring Launch', status: 'In Progress', startDate: '2026-10-27', endDate: '2027-01-10', isActive: true, leads: 1, convertedLeads: 0, opportunities: 5, wonOpportunities: 3, wonAmount: 1_279_500 };
      expect(campaignReportOutput(t, report, speaking).speech).to.equal(
        'Spring Launch is in progress: it started on October 27th and ends on January 10th, 2027. It has 1 lead, 0 converted, and 5 opportunities, 3 won for 1.3 million dollars. What else?',
      );
    });
    it('introduces a single active campaign as the only one, and asks which to hear about', () => {
      const out = activeCampaignsOutput(t, { ...speaking, items: [{ id: '701000000000001AAA', name: 'Spring Launch', status: 'In Progress', startDate: null, endDate: null }], turn: 'first', firstPosition: 1, hasMore: false, pageSize: 5 });
      expect(out.speech).to.equal('There’s one active campaign: 1st, Spring Launch. To hear how one is doing, say its number, like the first one. What would you like?');
    });
  });

  describe('positions heard', () => {
    it('places a page at its offset, keeping the positions before and after it', () => {
      expect(withPageIds([], 0, ['a', 'b'])).to.deep.equal(['a', 'b']);
      expect(withPageIds(['a', 'b'], 2, ['c', 'd'])).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(withPageIds(['a', 'b', 'c', 'd'], 0, ['a2', 'b2'])).to.deep.equal(['a2', 'b2', 'c', 'd']);
    });
    it('remembers at most MAX_REMEMBERED, and never leaves a gap', () => {
      const many = Array.from({ length: MAX_REMEMBERED }, (_, i) => `id${i}`);
      expect(withPageIds(many, MAX_REMEMBERED, ['x'])).to.have.length(MAX_REMEMBERED);
      expect(withPageIds(['a'], 5, ['x'])).to.deep.equal(['a']);
    });
  });
});
