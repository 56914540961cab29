import { expect } from 'chai';
import { rankByName, searchWords, soslTerm, spokenForm } from '../../lambda/src/salesforce/nameSearch';

const records = (...names: string[]) => names.map((Name, i) => ({ Id: `001${i}`, Name }));

describe('finding a record by a spoken name', () => {
  it('hears names the way they are said', () => {
    expect(spokenForm('Smith & Sons')).to.equal('smith and sons');
    expect(spokenForm('Müller Maschinenbau GmbH')).to.equal('muller maschinenbau gmbh');
    expect(spokenForm("O'Reilly Freight")).to.equal('o reilly freight');
  });

  it('searches on the words that carry the name', () => {
    expect(searchWords('the Acme corporation')).to.deep.equal(['acme']);
    expect(searchWords('smith and sons')).to.deep.equal(['smith', 'sons']);
  });

  it('escapes SOSL reserved characters', () => {
    expect(soslTerm('a&b(c)')).to.equal('a\\&b\\(c\\)');
    expect(soslTerm('o\'reilly-"x"')).to.equal("o\\'reilly\\-\\\"x\\\"");
  });

  it('takes the one clear match', () => {
    const match = rankByName('smith and sons', records('Smith & Sons', 'Smithfield Foods', 'Sons of Norway'));
    expect(match).to.deep.include({ kind: 'one' });
    expect(match.kind === 'one' && match.record.Name).to.equal('Smith & Sons');
  });

  it('asks when several names fit about as well', () => {
    const match = rankByName('acme', records('Acme Logistics', 'Acme Robotics', 'Initech'));
    expect(match.kind).to.equal('several');
    expect(match.kind === 'several' && match.records.map((r) => r.Name).sort()).to.deep.equal(['Acme Logistics', 'Acme Robotics']);
  });

  it('takes an exact name even when longer names contain it', () => {
    const match = rankByName('acme', records('Acme', 'Acme Logistics'));
    expect(match.kind === 'one' && match.record.Name).to.equal('Acme');
  });

  it('says none when nothing is close', () => {
    expect(rankByName('globex', records('Initech', 'Umbrella Health')).kind).to.equal('none');
  });

  describe('records with a second name and a preference (deals: their account, open before closed)', () => {
    const deals = [
      { Id: '006A', Name: 'Lakeside Dental Group - Forklift Lease', account: 'Lakeside Dental Group', open: true },
      { Id: '006B', Name: 'Globex Corporation - Forklift Lease', account: 'Globex Corporation', open: true },
      { Id: '006C', Name: 'Renewal', account: 'Acme Robotics', open: false },
      { Id: '006D', Name: 'Expansion', account: 'Acme Robotics', open: true },
    ];
    const options = { alsoNamed: (d: (typeof deals)[number]) => d.account, prefer: (d: (typeof deals)[number]) => d.open, everyWord: true };

    it('needs every spoken word, so a shared run of letters does not win', () => {
      const match = rankByName('globex forklift lease', deals, options);
      expect(match.kind === 'one' && match.record.Id).to.equal('006B');
    });

    it('finds a deal by its account name, the open one before a closed one', () => {
      const match = rankByName('acme robotics', deals, options);
      expect(match.kind === 'one' && match.record.Id).to.equal('006D');
    });

    it('takes a closed deal when no open one matches', () => {
      const match = rankByName('acme renewal', deals, options);
      expect(match.kind === 'one' && match.record.Id).to.equal('006C');
    });
  });

  it('with `leading`, takes a record whose name begins the words heard, and hands back the rest as said', () => {
    const globex = { Id: '001000000000001AAA', Name: 'Globex Corporation' };
    const acme = [{ Id: '001000000000002AAA', Name: 'Acme Logistics' }, { Id: '001000000000003AAA', Name: 'Acme Robotics' }];
    expect(rankByName("globex, their scanner won't sync", [globex, ...acme], { leading: true })).to.deep.equal({ kind: 'one', record: globex, rest: "their scanner won't sync" });
    expect(rankByName('acme the printer is broken', [globex, ...acme], { leading: true })).to.deep.equal({ kind: 'several', records: acme });
    expect(rankByName("globex, their scanner won't sync", [globex], {})).to.deep.equal({ kind: 'none' });
  });
});
