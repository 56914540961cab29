import { expect } from 'chai';
import type { RequestEnvelope, dialog } from 'ask-sdk-model';
import { createSalesforcePort } from '../../lambda/src/salesforce/port';
import { fetchPeople } from '../../lambda/src/people/query';
import { lookUpUserProfile } from '../../lambda/src/salesforce/identity';
import { LOCAL_SKILL_ID } from '../../local/stack';
import { demoUser, linkDemoUsers, useLocalStack } from '../support/conversation';

describe('the people a user can name, from the org', () => {
  const stack = useLocalStack();
  const tokens = linkDemoUsers(stack);

  /** Users added to this suite's own org: a second James reporting to Maria, his report, a second manager's team. */
  let added: { jamesLee: string; report: string; otherManager: string; otherRep: string; inactive: string };
  before(() => {
    const { store } = stack().org;
    const maria = demoUser(stack(), 'manager').id;
    const user = (first: string, last: string, extra: Record<string, unknown>) =>
      store.insert('User', {
        Username: `${first}.${last}@people.test`.toLowerCase(), FirstName: first, LastName: last, Email: `${first}@people.test`, Alias: first.slice(0, 5),
        TimeZoneSidKey: 'America/New_York', LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', IsActive: true, ...extra,
      }, { trusted: true }).Id;
    const jamesLee = user('James', 'Lee', { ManagerId: maria });
    const report = user('Ana', 'Souza', { ManagerId: jamesLee });
    const otherManager = user('Grace', 'Hopper', {});
    const otherRep = user('Alan', 'Turing', { ManagerId: otherManager });
    const inactive = user('Gone', 'Away', { ManagerId: maria, IsActive: false });
    added = { jamesLee, report, otherManager, otherRep, inactive };
  });

  /** Computed from the store: Maria, her active reports and their active reports (she has no manager). */
  function expectedForMaria(): Set<string> {
    const users = stack().org.store.all('User').filter((u) => u.IsActive === true);
    const maria = demoUser(stack(), 'manager').id;
    const reports = new Set(users.filter((u) => u.ManagerId === maria).map((u) => u.Id));
    return new Set([maria, ...reports, ...users.filter((u) => reports.has(String(u.ManagerId))).map((u) => u.Id)]);
  }

  it('asks the org through jsforce for the user, two levels of reports, manager and peers, active only', async () => {
    const port = createSalesforcePort({ instanceUrl: stack().org.url, accessToken: tokens().manager, apiVersion: stack().config.salesforceApiVersion }, { deadline: () => Date.now() + 5000 });
    const maria = demoUser(stack(), 'manager').id;
    const people = await fetchPeople(port, maria, null);
    expect(new Set(people.map((p) => p.id))).to.deep.equal(expectedForMaria());
    expect(people.map((p) => p.id)).to.include.members([added.jamesLee, added.report]).and.not.include.members([added.otherRep, added.otherManager, added.inactive]);

    const rep = demoUser(stack(), 'rep');
    const store = stack().org.store.all('User');
    const repManager = String(store.find((u) => u.Id === rep.id)!.ManagerId);
    const forRep = await fetchPeople(port, rep.id, repManager);
    const expected = store.filter((u) => u.IsActive === true && (u.Id === rep.id || u.ManagerId === rep.id || u.Id === repManager || u.ManagerId === repManager));
    expect(new Set(forRep.map((p) => p.id))).to.deep.equal(new Set(expected.map((u) => u.Id)));
    expect(forRep[0]!.id, 'the speaker first').to.equal(rep.id);
  });

  it('finds the same people in the profile\'s one composite request: below the user, and above through their manager', async () => {
    const port = (token: string) => createSalesforcePort({ instanceUrl: stack().org.url, accessToken: token, apiVersion: stack().config.salesforceApiVersion }, { deadline: () => Date.now() + 5000 });
    const maria = await lookUpUserProfile(port(tokens().manager), demoUser(stack(), 'manager').id);
    expect(maria).to.include({ managerId: null, hasReports: true });
    expect(new Set(maria.people!.map((p) => p.id)), 'no manager: no one above, and no failure').to.deep.equal(expectedForMaria());

    const rep = demoUser(stack(), 'rep');
    const store = stack().org.store.all('User');
    const repManager = String(store.find((u) => u.Id === rep.id)!.ManagerId);
    stack().org.resetCounters();
    const profile = await lookUpUserProfile(port(tokens().rep), rep.id);
    expect(stack().org.counters().byPath, 'one composite request').to.deep.equal({ [`/services/data/v${stack().config.salesforceApiVersion}/composite`]: 1 });
    expect(profile).to.include({ managerId: repManager, hasReports: false });
    const expected = store.filter((u) => u.IsActive === true && (u.Id === rep.id || u.ManagerId === rep.id || u.Id === repManager || u.ManagerId === repManager));
    expect(profile.people!.map((p) => p.id)).to.have.members(expected.map((u) => u.Id));
    expect(profile.people![0]!.id, 'the speaker first').to.equal(rep.id);
    const repDeals = stack().org.store.all('Opportunity').filter((o) => o.OwnerId === rep.id && o.IsClosed === false);
    expect(profile.deals!.map((d) => d.id)).to.have.members(repDeals.map((o) => o.Id).slice(0, 50));
  });

  it('reads the profile of a user who cannot see the org\'s currency: dollars, and the fiscal year asked for alone', async () => {
    const rep = demoUser(stack(), 'rep');
    stack().org.restrictField(rep.username, 'Organization.DefaultCurrencyIsoCode', 'none');
    try {
      const port = createSalesforcePort({ instanceUrl: stack().org.url, accessToken: tokens().rep, apiVersion: stack().config.salesforceApiVersion }, { deadline: () => Date.now() + 5000 });
      stack().org.resetCounters();
      const profile = await lookUpUserProfile(port, rep.id);
      const fiscal = Number(stack().org.store.organization().FiscalYearStartMonth);
      expect(profile).to.include({ currency: 'USD', fiscalYearStartMonth: fiscal });
      expect(profile.people, 'the rest of the profile still read').to.not.equal(undefined);
      expect(stack().org.counters().dataApiCalls, 'the composite request, then the fiscal year alone').to.equal(2);
    } finally {
      stack().org.clearFieldRestrictions(rep.username);
    }
  });

  it('sends them to Alexa as Person entities on the first answer of a linked session, once', async () => {
    const env = (isNew: boolean, attributes: Record<string, unknown>): RequestEnvelope => {
      const user = { userId: 'amzn1.ask.account.people', accessToken: tokens().manager };
      return {
        version: '1.0',
        session: { new: isNew, sessionId: 'sess-people', application: { applicationId: LOCAL_SKILL_ID }, user, attributes },
        context: { System: { application: { applicationId: LOCAL_SKILL_ID }, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:9' } },
        request: { type: 'LaunchRequest', requestId: `req-${isNew}`, timestamp: new Date().toISOString(), locale: 'en-US' },
      };
    };
    const first = await stack().app.skill.invoke(env(true, {}));
    const directives = (first.response.directives ?? []).filter((d): d is dialog.DynamicEntitiesDirective => d.type === 'Dialog.UpdateDynamicEntities');
    expect(directives).to.have.length(1);
    const values = directives[0]!.types![0]!.values;
    expect(directives[0]!.types![0]!.name).to.equal('Person');
    expect(new Set(values.map((v) => v.id))).to.deep.equal(expectedForMaria());
    const users = new Map(stack().org.store.all('User').map((u) => [u.Id, u]));
    for (const v of values) expect(v.name.value).to.equal(`${users.get(v.id!)!.FirstName} ${users.get(v.id!)!.LastName}`);

    const again = await stack().app.skill.invoke(env(false, first.sessionAttributes ?? {}));
    expect((again.response.directives ?? []).map((d) => d.type)).to.not.include('Dialog.UpdateDynamicEntities');
  });
});
