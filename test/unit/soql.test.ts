import { expect } from 'chai';
import { openOpportunitiesSoql } from '../../lambda/src/deals/query';
import { soqlId, soqlLike, soqlString } from '../../lambda/src/salesforce/soql';

describe('SOQL building', () => {
  it('escapes backslashes before quotes, so a trailing backslash cannot end the literal', () => {
    expect(soqlString(`O'Reilly\\`)).to.equal(`'O\\'Reilly\\\\'`);
    expect(soqlString(`\\'; DELETE`)).to.equal(`'\\\\\\'; DELETE'`);
  });
  it('escapes LIKE wildcards so spoken words match literally', () => {
    expect(soqlLike('50%_off')).to.equal(`'%50\\%\\_off%'`);
    expect(soqlLike('Acme', { contains: false })).to.equal(`'Acme'`);
  });
  it('accepts only well-formed ids', () => {
    expect(soqlId('005000000000001AAA')).to.equal(`'005000000000001AAA'`);
    expect(() => soqlId(`005' OR Id != '`)).to.throw(/not a Salesforce id/);
  });
  it('filters by owner for MINE, by owner or manager for TEAM, not at all for ALL', () => {
    const base = { userId: '005000000000001AAA', limit: 5, offset: 0 } as const;
    expect(openOpportunitiesSoql({ ...base, owner: { scope: 'MINE' as const } })).to.contain(`WHERE IsClosed = false AND OwnerId = '005000000000001AAA' ORDER BY`);
    expect(openOpportunitiesSoql({ ...base, owner: { scope: 'TEAM' as const } })).to.contain(
      `(OwnerId = '005000000000001AAA' OR Owner.ManagerId = '005000000000001AAA')`,
    );
    expect(openOpportunitiesSoql({ ...base, owner: { scope: 'ALL' as const } })).to.contain('WHERE IsClosed = false ORDER BY');
  });
  it('asks for one row beyond the page, at the page offset, with a period literal', () => {
    const soql = openOpportunitiesSoql({ owner: { scope: 'ALL' as const }, userId: '005000000000001AAA', limit: 5, offset: 10, period: { kind: 'relative' as const, id: 'THIS_QUARTER' as const } });
    expect(soql).to.contain('CloseDate = THIS_QUARTER');
    expect(soql).to.match(/ORDER BY Amount DESC NULLS LAST, CloseDate ASC, Id ASC LIMIT 6 OFFSET 10$/);
  });
});
