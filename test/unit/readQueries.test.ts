import { expect } from 'chai';
import { activeCampaignsSoql, campaignReportSoql, toCampaignReport } from '../../lambda/src/conversations/campaigns/query';
import { LinkRequiredError, SalesforceLimitError, SalesforceRequestError, SalesforceUnavailableError } from '../../lambda/src/salesforce/errors';
import { openOpportunitiesSoql, openTotalsSoql } from '../../lambda/src/deals/query';
import { opportunityDetailsSoql } from '../../lambda/src/conversations/opportunity-details/query';
import { ownerFilter } from '../../lambda/src/deals/owner';
import { whereAll } from '../../lambda/src/salesforce/soql';
import { pipelineSummarySoql, toPipelineSummary } from '../../lambda/src/conversations/pipeline/query';
import type { CompositeRequest, CompositeResponse, SalesforcePort } from '../../lambda/src/salesforce/port';
import { queryTogether } from '../../lambda/src/salesforce/queryTogether';
import { toWinsLosses, winsLossesSoql } from '../../lambda/src/conversations/wins-losses/query';
import { type ReportRun, biggestOf, toSummary, winsLossesReportPath } from '../../lambda/src/conversations/wins-losses/report';

const USER = '005000000000001AAA';

describe('read queries', () => {
  describe('owner filter', () => {
    it('is shared by every conversation: owner for MINE, owner or manager for TEAM, none for ALL', () => {
      expect(ownerFilter({ scope: 'MINE' }, USER)).to.equal(`OwnerId = '${USER}'`);
      expect(ownerFilter({ scope: 'TEAM' }, USER)).to.equal(`(OwnerId = '${USER}' OR Owner.ManagerId = '${USER}')`);
      expect(ownerFilter({ scope: 'ALL' }, USER)).to.equal(undefined);
      expect(() => ownerFilter({ scope: 'MINE' }, "005' OR Name != '")).to.throw(/not a Salesforce id/);
    });
    it('joins only the conditions that are set', () => {
      expect(whereAll(['A = 1', undefined, false, 'B = 2'])).to.equal(' WHERE A = 1 AND B = 2');
      expect(whereAll([undefined])).to.equal('');
    });
  });

  describe('wins and losses', () => {
    const soql = winsLossesSoql({ owner: { scope: 'TEAM' as const }, userId: USER, period: { kind: 'relative' as const, id: 'LAST_QUARTER' as const } });
    it('groups closed deals of the period by outcome, with count and amount', () => {
      expect(soql.totals).to.equal(
        `SELECT IsWon, COUNT(Id) n, SUM(Amount) total FROM Opportunity WHERE IsClosed = true AND CloseDate = LAST_QUARTER AND (OwnerId = '${USER}' OR Owner.ManagerId = '${USER}') GROUP BY IsWon`,
      );
    });
    it('asks for the single biggest win and the single biggest loss', () => {
      expect(soql.biggestWin).to.contain('WHERE IsClosed = true AND IsWon = true AND CloseDate = LAST_QUARTER');
      expect(soql.biggestLoss).to.contain('AND IsWon = false AND');
      for (const q of [soql.biggestWin, soql.biggestLoss]) expect(q).to.match(/ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC LIMIT 1$/);
    });
    it('reads aggregate rows, treating a missing outcome or an empty sum as zero', () => {
      const result = toWinsLosses([{ IsWon: true, n: 2, total: null }], [], []);
      expect(result).to.deep.equal({ won: { count: 2, amount: 0 }, lost: { count: 0, amount: 0 }, biggestWin: null, biggestLoss: null });
    });
  });

  describe('pipeline', () => {
    it('filters open deals by category and by slipping, where slipping ignores the period', () => {
      expect(openOpportunitiesSoql({ owner: { scope: 'ALL' as const }, userId: USER, period: { kind: 'relative' as const, id: 'THIS_QUARTER' as const }, category: 'BEST_CASE', limit: 3, offset: 0 })).to.contain(
        "WHERE IsClosed = false AND CloseDate = THIS_QUARTER AND ForecastCategoryName = 'Best Case' ORDER BY",
      );
      expect(openTotalsSoql({ owner: { scope: 'MINE' as const }, period: { kind: 'relative' as const, id: 'THIS_QUARTER' as const }, due: 'past' }, USER)).to.equal(
        `SELECT COUNT(Id) n, SUM(Amount) total FROM Opportunity WHERE IsClosed = false AND OwnerId = '${USER}' AND CloseDate < TODAY`,
      );
    });
    it('sums by forecast category for the period, and this month and slipping for any period', () => {
      const soql = pipelineSummarySoql({ owner: { scope: 'MINE' as const }, period: { kind: 'relative' as const, id: 'NEXT_QUARTER' as const } }, USER);
      expect(soql.byCategory).to.match(/^SELECT ForecastCategoryName, COUNT\(Id\) n, SUM\(Amount\) total FROM Opportunity WHERE IsClosed = false AND OwnerId = '\w+' AND CloseDate = NEXT_QUARTER GROUP BY ForecastCategoryName$/);
      expect(soql.closingThisMonth).to.match(/CloseDate = THIS_MONTH AND CloseDate >= TODAY$/);
      expect(soql.slipping).to.match(/CloseDate < TODAY$/);
      expect(soql.slipping).to.not.contain('NEXT_QUARTER');
    });
    it('orders categories as a forecast reads them and leaves out Closed', () => {
      const summary = toPipelineSummary(
        [
          { ForecastCategoryName: 'Pipeline', n: 3, total: 300 },
          { ForecastCategoryName: 'Commit', n: 1, total: 100 },
          { ForecastCategoryName: 'Closed', n: 9, total: 900 },
        ],
        [{ n: 1, total: 50 }],
        [],
      );
      expect(summary.categories.map((c) => c.category)).to.deep.equal(['COMMIT', 'PIPELINE']);
      expect(summary.slipping).to.deep.equal({ count: 0, amount: 0 });
    });
  });

  describe('details and campaigns', () => {
    it('reads one opportunity with probability, next step and last activity, by a checked id', () => {
      expect(opportunityDetailsSoql('006000000000001AAA')).to.match(/Probability, NextStep, LastActivityDate, .* WHERE Id = '006000000000001AAA'$/);
      expect(() => opportunityDetailsSoql("x' OR Id != '")).to.throw(/not a Salesforce id/);
    });
    it('pages active campaigns newest first, one row beyond the page', () => {
      expect(activeCampaignsSoql(5, 10)).to.match(/WHERE IsActive = true ORDER BY StartDate DESC NULLS LAST, Id ASC LIMIT 6 OFFSET 10$/);
      expect(campaignReportSoql('701000000000001AAA')).to.contain('NumberOfLeads, NumberOfConvertedLeads, NumberOfOpportunities, NumberOfWonOpportunities, AmountWonOpportunities');
    });
    it('reads a campaign’s statistics as numbers, empty ones as zero', () => {
      const report = toCampaignReport({ Id: '701000000000001AAA', Name: 'X', Status: null, StartDate: null, EndDate: null, NumberOfLeads: 3, AmountWonOpportunities: null });
      expect(report).to.include({ leads: 3, convertedLeads: 0, wonAmount: 0, isActive: false });
    });
  });

  describe('wins and losses from a saved report', () => {
    const cell = (value: unknown, label: string) => ({ value, label });
    const row = (id: string, name: string, amount: number) => ({
      dataCells: [cell(id, name), cell('001000000000001AAA', 'Acme'), cell({ amount, currency: null }, String(amount)), cell('005000000000002AAA', 'Pat Lee')],
    });
    const run = (grouping = 'WON'): ReportRun => ({
      reportMetadata: {
        name: 'Won vs Lost', aggregates: ['s!AMOUNT', 'x!AMOUNT', 'RowCount'], detailColumns: ['OPPORTUNITY_NAME', 'ACCOUNT_NAME', 'AMOUNT', 'FULL_NAME'],
        groupingsDown: [{ name: grouping }], reportFilters: [],
      },
      // Salesforce may give a checkbox grouping's value as text.
      groupingsDown: { groupings: [{ key: '0', value: 'true', label: 'True' }, { key: '1', value: false, label: 'False' }] },
      factMap: {
        '0!T': { aggregates: [cell(30_000, '$30,000'), cell(20_000, '$20,000'), cell(2, '2')], rows: [row('006000000000001AAA', 'Small win', 10_000), row('006000000000002AAA', 'Big win', 20_000)] },
        '1!T': { aggregates: [cell(5000, '$5,000'), cell(5000, '$5,000'), cell(1, '1')], rows: [row('006000000000003AAA', 'The loss', 5000)] },
        'T!T': { aggregates: [cell(35_000, '$35,000'), cell(20_000, '$20,000'), cell(3, '3')] },
      },
    });

    it('runs the report for its summary alone, and with details only when filtered', () => {
      expect(winsLossesReportPath('00O000000000001AAA', false)).to.equal('/analytics/reports/00O000000000001AAA?includeDetails=false');
      expect(winsLossesReportPath('00O000000000001AAA', true)).to.equal('/analytics/reports/00O000000000001AAA?includeDetails=true');
    });
    it('reads counts, sums and largest amounts by the aggregates the report names', () => {
      const { won, lost } = toSummary(run());
      expect(won).to.deep.equal({ totals: { count: 2, amount: 30_000 }, largest: 20_000 });
      expect(lost).to.deep.equal({ totals: { count: 1, amount: 5000 }, largest: 5000 });
    });
    it('names the deal of each side\'s largest amount, by the Won grouping\'s value, not its position', () => {
      expect(biggestOf(run(), true, 20_000)).to.include({ id: '006000000000002AAA', name: 'Big win', accountName: 'Acme', amount: 20_000, ownerName: 'Pat Lee' });
      expect(biggestOf(run(), false, 5000)).to.include({ name: 'The loss' });
      expect(biggestOf(run(), false, 20_000), 'a win of that amount is not the biggest loss').to.equal(null);
    });
    it('refuses a report that is not grouped by Won, or lacks the largest amount', () => {
      expect(() => toSummary(run('STAGE_NAME'))).to.throw(SalesforceRequestError, /grouped by Won/);
      expect(() => toSummary({ ...run(), reportMetadata: { ...run().reportMetadata, aggregates: ['s!AMOUNT', 'RowCount'] } })).to.throw(SalesforceRequestError, /Largest Amount/);
    });
  });

  describe('queryTogether', () => {
    function portAnswering(answer: (requests: CompositeRequest[]) => CompositeResponse[]): SalesforcePort & { sent: CompositeRequest[][] } {
      const sent: CompositeRequest[][] = [];
      return {
        sent,
        apiVersion: '66.0',
        queryUrl: (soql) => `/services/data/v66.0/query?q=${encodeURIComponent(soql)}`,
        composite: async (requests) => {
          sent.push(requests);
          return answer(requests);
        },
        query: () => Promise.reject(new Error('not used')),
        search: () => Promise.reject(new Error('not used')),
        get: () => Promise.reject(new Error('not used')),
        post: () => Promise.reject(new Error('not used')),
        create: () => Promise.reject(new Error('not used')),
        runFlow: () => Promise.reject(new Error('not used')),
      };
    }

    it('sends every query as a GET subrequest of one composite call and answers by name', async () => {
      const port = portAnswering((requests) => requests.map((r) => ({ referenceId: r.referenceId, httpStatusCode: 200, body: { totalSize: 1, done: true, records: [{ q: r.url }] } })).reverse());
      const result = await queryTogether<{ a: { q: string }; b: { q: string } }>(port, { a: 'SELECT Id FROM A', b: 'SELECT Id FROM B' });
      expect(port.sent).to.have.length(1);
      expect(port.sent[0]!.map((r) => [r.method, r.referenceId])).to.deep.equal([['GET', 'a'], ['GET', 'b']]);
      expect(result.a.records[0]!.q).to.contain(encodeURIComponent('FROM A'));
      expect(result.b.records[0]!.q).to.contain(encodeURIComponent('FROM B'));
    });

    it('throws the kind of error a failed subrequest means', async () => {
      const failing = (status: number, body: unknown) =>
        queryTogether(portAnswering((requests) => requests.map((r) => ({ referenceId: r.referenceId, httpStatusCode: status, body }))), { a: 'SELECT Id FROM A' }).then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(await failing(401, [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }])).to.be.instanceOf(LinkRequiredError);
      expect(await failing(403, [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' }])).to.be.instanceOf(SalesforceLimitError);
      expect(await failing(503, null)).to.be.instanceOf(SalesforceUnavailableError);
      const bad = await failing(400, [{ errorCode: 'MALFORMED_QUERY', message: 'unexpected token' }]);
      expect(bad).to.be.instanceOf(SalesforceRequestError);
      expect((bad as SalesforceRequestError).errorCode).to.equal('MALFORMED_QUERY');
    });
  });
});
