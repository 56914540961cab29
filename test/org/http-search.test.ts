import { expect } from 'chai';
import { startOrg, type OrgEmulator } from '../../local/org';
import { OrgClient } from './http-fixture';

type Found = { attributes: { type: string; url: string }; Id?: string; Name?: string };

describe('org emulator: SOSL search', () => {
  let org: OrgEmulator;
  let rep: OrgClient;

  before(async () => {
    org = await startOrg();
    rep = OrgClient.as(org, 'rep');
  });
  after(() => org.close());

  async function names(sosl: string): Promise<string[]> {
    const { searchRecords } = await rep.conn.search(sosl);
    return (searchRecords as Found[]).map((r) => String(r.Name));
  }

  it('finds accounts by a prefix wildcard, case-insensitively, with the requested fields', async () => {
    const { searchRecords } = await rep.conn.search('FIND {acme*} IN NAME FIELDS RETURNING Account(Id, Name LIMIT 5)');
    const found = searchRecords as Found[];
    expect(found.map((r) => r.Name)).to.have.members(['Acme Logistics', 'Acme Robotics']);
    for (const record of found) {
      expect(Object.keys(record)).to.deep.equal(['attributes', 'Id', 'Name']);
      expect(record.attributes).to.deep.equal({ type: 'Account', url: `/services/data/v66.0/sobjects/Account/${String(record.Id)}` });
    }
  });

  it('matches whole words only without a wildcard, and honours LIMIT', async () => {
    expect(await names('FIND {Acme} IN NAME FIELDS RETURNING Account(Name)')).to.have.length(2);
    expect(await names('FIND {Acm} IN NAME FIELDS RETURNING Account(Name)')).to.deep.equal([]);
    expect(await names('FIND {acme*} IN NAME FIELDS RETURNING Account(Name LIMIT 1)')).to.have.length(1);
    expect(await names('FIND {acme*} IN NAME FIELDS RETURNING Account(Name) LIMIT 1')).to.have.length(1);
  });

  it('finds names with escaped reserved characters, apostrophes and accents', async () => {
    expect(await names("FIND {O\\'Reilly*} IN NAME FIELDS RETURNING Account(Name)")).to.deep.equal(["O'Reilly Freight"]);
    expect(await names('FIND {Smith \\& Sons} IN NAME FIELDS RETURNING Account(Name)')).to.deep.equal(['Smith & Sons']);
    expect(await names('FIND {\\<Beta\\>} IN NAME FIELDS RETURNING Account(Name)')).to.deep.equal(['<Beta> Labs']);
    expect(await names('FIND {muller} IN NAME FIELDS RETURNING Account(Name)')).to.deep.equal(['Müller Maschinenbau']);
  });

  it('combines terms with OR and quoted phrases, across several objects', async () => {
    expect(await names('FIND {"Harbor View" OR Evergreen} IN NAME FIELDS RETURNING Account(Name)'))
      .to.have.members(['Harbor View Hotels', 'Evergreen Energy']);
    expect(await names('FIND {"View Harbor"} IN NAME FIELDS RETURNING Account(Name)')).to.deep.equal([]);
    const contact = org.store.all('Contact')[0]!;
    const { searchRecords } = await rep.conn.search(`FIND {${String(contact.LastName).replace("'", "\\'")}} RETURNING Account(Name), Contact(Id, Name WHERE Id = '${contact.Id}')`);
    expect((searchRecords as Found[]).filter((r) => r.attributes.type === 'Contact').map((r) => r.Id)).to.deep.equal([contact.Id]);
  });

  it('answers malformed searches with MALFORMED_SEARCH and one-letter ones with INVALID_SEARCH', async () => {
    const malformed = await rep.call('GET', `/search?q=${encodeURIComponent('FIND Acme RETURNING Account')}`);
    expect(malformed.status).to.equal(400);
    expect((malformed.body as { errorCode: string }[])[0]?.errorCode).to.equal('MALFORMED_SEARCH');
    const short = await rep.call('GET', `/search?q=${encodeURIComponent('FIND {a*} RETURNING Account')}`);
    expect(short.status).to.equal(400);
    expect((short.body as { errorCode: string }[])[0]?.errorCode).to.equal('INVALID_SEARCH');
  });
});
