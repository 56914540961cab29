import { expect } from 'chai';
import { dealName, listClosing } from '../../lambda/src/deals/listOutput';
import { translatorFor } from '../../lambda/src/i18n';

describe('a deal in a list, in one breath', () => {
  const t = translatorFor('en-US');

  it('says the account, then the name without the account it starts with; never the account twice', () => {
    expect(dealName(t, { name: 'Northwind Traders - Loading Dock Upgrade', accountName: 'Northwind Traders' })).to.equal('Northwind Traders, Loading Dock Upgrade');
    expect(dealName(t, { name: 'northwind traders: renewal', accountName: 'Northwind Traders' })).to.equal('Northwind Traders, renewal');
    expect(dealName(t, { name: 'Renewal for Northwind Traders', accountName: 'Northwind Traders' })).to.equal('Renewal for Northwind Traders');
    expect(dealName(t, { name: 'Northwind Traders', accountName: 'Northwind Traders' })).to.equal('Northwind Traders');
    expect(dealName(t, { name: 'Big <Rush>', accountName: 'Smith & Sons' })).to.equal('Smith &amp; Sons, Big &lt;Rush&gt;');
    expect(dealName(t, { name: 'Walk-in order', accountName: null })).to.equal('Walk-in order');
  });

  it('says when it closes as briefly as stays clear: relative nearby, the year only when far off', () => {
    const today = '2026-11-27'; // a Friday
    expect(listClosing(t, '2026-11-27', today)).to.equal('closing today');
    expect(listClosing(t, '2026-11-28', today)).to.equal('closing tomorrow');
    expect(listClosing(t, '2026-12-01', today)).to.equal('closing Tuesday');
    expect(listClosing(t, '2027-01-07', today)).to.equal('closing January 7th');
    expect(listClosing(t, '2027-11-20', today)).to.equal('closing November 20th, 2027');
    expect(listClosing(t, '2026-11-26', today)).to.equal('was due yesterday');
    expect(listClosing(t, '2026-11-24', today)).to.equal('was due last Tuesday');
    expect(listClosing(t, '2026-10-03', today)).to.equal('was due October 3rd');
    expect(listClosing(t, '2025-06-30', today)).to.equal('was due June 30th, 2025');
  });
});
