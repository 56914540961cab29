/** "What are my top five opportunities", "top three deals for Lena this quarter", "biggest deals over a million in commit". */
import { questionHandler, type DealConversation } from '../../deals/conversation';
import { PAGE_SIZE, readOpportunityPage } from '../../deals/pages';
import { todayIn } from '../../dates/todayIn';
import { topOpportunitiesFilter } from './query';

export const topOpportunities: DealConversation = {
  kind: 'topOpportunities',
  intent: 'TopOpportunitiesIntent',
  slots: ['scope', 'person', 'period', 'category', 'stage', 'amount', 'count'],
  honours: ['scope', 'person', 'period', 'category', 'stage', 'amount', 'count'],
  answer(input, ctx, identity, q, notes) {
    const filter = topOpportunitiesFilter(q, todayIn(identity.timeZone, ctx.now), identity.fiscalYearStartMonth);
    // "Top two" pages on in twos; a count above a page is read a page at a time up to the count, and says so.
    const pageSize = Math.min(q.count ?? PAGE_SIZE, PAGE_SIZE);
    const paged = q.count !== undefined && q.count > PAGE_SIZE ? [{ kind: 'paged' as const, pageSize }] : [];
    return readOpportunityPage(input, ctx, { ...filter, pageSize, offset: 0, total: q.count }, { turn: 'first', notes: [...notes, ...paged] });
  },
};

const listSlots = ['period', 'category', 'stage', 'amount', 'count'] as const;

export const topOpportunitiesHandlers = [
  questionHandler(topOpportunities),
  // "What's my biggest deal": a list of one.
  questionHandler({ ...topOpportunities, intent: 'BiggestDealIntent', slots: ['scope', 'person', 'period', 'category'], fixed: { count: 1 } }),
  // "My five biggest deals", "our ten biggest deals": the owner is a word, not a slot.
  questionHandler({ ...topOpportunities, intent: 'MyTopOpportunitiesIntent', slots: listSlots, fixed: { scope: 'MINE' } }),
  questionHandler({ ...topOpportunities, intent: 'TeamTopOpportunitiesIntent', slots: listSlots, fixed: { scope: 'TEAM' } }),
];
