import { expect } from 'chai';
import { SOBJECTS, STANDARD_STAGES } from '../../local/org/schema';
import { normalizeId, makeId } from '../../local/org/ids';

function def(name: string) {
  const found = SOBJECTS.find((object) => object.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}
function fieldOf(object: string, name: string) {
  const found = def(object).fields.find((field) => field.name === name);
  if (!found) throw new Error(`no ${object}.${name}`);
  return found;
}

describe('org schema', () => {
  it('uses the real key prefixes', () => {
    const prefixes = Object.fromEntries(SOBJECTS.map((object) => [object.name, object.keyPrefix]));
    expect(prefixes).to.include({ Account: '001', Contact: '003', User: '005', Opportunity: '006', Case: '500', Event: '00U', Campaign: '701', Organization: '00D', Lead: '00Q' });
    expect(new Set(Object.values(prefixes)).size).to.equal(SOBJECTS.length);
  });

  it('gives every object Id and the audit fields its field reference lists, read-only', () => {
    const AUDIT = ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted'];
    // Setup rows of the fiscal calendar carry SystemModstamp only; quotas and forecast items have no IsDeleted.
    const calendar = ['Id', 'SystemModstamp'];
    const noIsDeleted = AUDIT.filter((name) => name !== 'IsDeleted');
    // ContentDocumentLink lists Id, IsDeleted and SystemModstamp only (Field Reference, ContentDocumentLink).
    const linkAudit = ['Id', 'IsDeleted', 'SystemModstamp'];
    // Field history rows are never edited: Id, CreatedDate, CreatedById and IsDeleted (Field Reference, OpportunityFieldHistory).
    const history = ['Id', 'CreatedDate', 'CreatedById', 'IsDeleted'];
    const expected: Record<string, string[]> = {
      OpportunityFieldHistory: history, Period: calendar, FiscalYearSettings: calendar, ForecastingQuota: noIsDeleted, ForecastingItem: noIsDeleted, ContentDocumentLink: linkAudit,
    };
    for (const object of SOBJECTS) {
      const audit = expected[object.name] ?? AUDIT;
      expect(object.fields.filter((field) => AUDIT.includes(field.name)).map((field) => field.name).sort(), object.name).to.deep.equal([...audit].sort());
      for (const name of audit) {
        const field = fieldOf(object.name, name);
        expect(field.createable, `${object.name}.${name}`).to.equal(false);
        expect(field.updateable, `${object.name}.${name}`).to.equal(false);
      }
    }
  });

  it('describes relationships by their API names', () => {
    expect(fieldOf('Opportunity', 'AccountId')).to.include({ type: 'reference', relationshipName: 'Account' });
    expect(fieldOf('Opportunity', 'AccountId').referenceTo).to.deep.equal(['Account']);
    expect(fieldOf('User', 'ManagerId')).to.include({ relationshipName: 'Manager' });
    expect(fieldOf('Event', 'WhatId').referenceTo).to.include.members(['Account', 'Opportunity', 'Case', 'Campaign']);
    expect(fieldOf('Event', 'WhoId').referenceTo).to.deep.equal(['Contact', 'Lead']);
    expect(def('Account').childRelationships.map((r) => r.relationshipName)).to.include.members(['Opportunities', 'Contacts', 'Cases']);
    expect(def('User').childRelationships).to.deep.include({ childSObject: 'User', field: 'ManagerId', relationshipName: 'ManagedUsers' });
    expect(def('Event').childRelationships).to.deep.include({ childSObject: 'EventRelation', field: 'EventId', relationshipName: 'EventRelations' });
    expect(def('Campaign').childRelationships).to.deep.include({ childSObject: 'Opportunity', field: 'CampaignId', relationshipName: 'Opportunities' });
  });

  it('every child relationship points at a reference field of the child object', () => {
    for (const object of SOBJECTS) {
      for (const relation of object.childRelationships) {
        expect(fieldOf(relation.childSObject, relation.field).referenceTo, `${object.name}.${relation.relationshipName}`).to.include(object.name);
      }
    }
  });

  it('has the standard stage list with probabilities and forecast categories', () => {
    expect(STANDARD_STAGES.map((stage) => stage.label)).to.deep.equal([
      'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis',
      'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost',
    ]);
    expect(STANDARD_STAGES.find((stage) => stage.label === 'Closed Won')).to.include({ probability: 100, forecast: 'Closed', closed: true, won: true });
    expect(STANDARD_STAGES.find((stage) => stage.label === 'Closed Lost')).to.include({ probability: 0, forecast: 'Omitted', closed: true, won: false });
    expect(fieldOf('Opportunity', 'StageName').picklistValues?.map((v) => v.value)).to.include('Negotiation/Review');
  });

  it('marks derived fields read-only and the case picklists with their defaults', () => {
    for (const name of ['IsClosed', 'IsWon', 'ForecastCategory', 'FiscalYear', 'FiscalQuarter']) {
      expect(fieldOf('Opportunity', name).createable, name).to.equal(false);
    }
    expect(fieldOf('Case', 'CaseNumber')).to.include({ autoNumber: true, createable: false, nameField: true });
    expect(fieldOf('Case', 'Priority').picklistValues?.find((v) => v.defaultValue)?.value).to.equal('Medium');
    expect(fieldOf('Case', 'Status').picklistValues?.map((v) => v.value)).to.deep.equal(['New', 'Working', 'Escalated', 'Closed']);
    expect(fieldOf('Case', 'Origin').picklistValues?.map((v) => v.value)).to.deep.equal(['Phone', 'Email', 'Web']);
    expect(fieldOf('Opportunity', 'StageName').restrictedPicklist).to.not.equal(true);
    expect(fieldOf('User', 'TimeZoneSidKey').restrictedPicklist).to.equal(true);
  });

  it('says what a delete does to references: deletable objects only, and a required reference cannot be cleared', () => {
    expect(SOBJECTS.filter((object) => !object.deletable).map((object) => object.name).sort()).to.deep.equal([
      'FiscalYearSettings', 'ForecastingItem', 'ForecastingType', 'OpportunityFieldHistory', 'OpportunityInsight', 'OpportunityStage', 'Organization', 'Period', 'ScoreIntelligence', 'User',
    ]);
    for (const object of SOBJECTS) {
      for (const field of object.fields) {
        const deletableTargets = (field.referenceTo ?? []).filter((target) => def(target).deletable);
        if (field.onParentDelete) expect(field.type, `${object.name}.${field.name}`).to.equal('reference');
        if (!field.nillable && deletableTargets.length > 0) expect(field.onParentDelete, `${object.name}.${field.name}`).to.not.equal(undefined);
      }
    }
    expect(fieldOf('Opportunity', 'AccountId').onParentDelete).to.equal('cascade');
    expect(fieldOf('Case', 'AccountId').onParentDelete).to.equal('restrict');
    expect(fieldOf('EventRelation', 'EventId').onParentDelete).to.equal('cascade');
  });
});

describe('record ids', () => {
  it('makes 18-character ids with the key prefix and a case-safe suffix', () => {
    const id = makeId('006', 12345);
    expect(id).to.have.length(18);
    expect(id.startsWith('006')).to.equal(true);
    expect(normalizeId(id)).to.equal(id);
  });

  it('computes the suffix Salesforce computes', () => {
    // 15 → 18 conversions as Salesforce (and its CASESAFEID formula) performs them.
    expect(normalizeId('001A0000006Vm9r')).to.equal('001A0000006Vm9rIAC');
    expect(normalizeId('0015000000Gv7qJ')).to.equal('0015000000Gv7qJAAR');
  });

  it('restores the case of an 18-character id from its suffix', () => {
    expect(normalizeId('001a0000006vm9riac')).to.equal('001A0000006Vm9rIAC');
  });

  it('rejects text that is not an id', () => {
    expect(normalizeId('001A0000006Vm9')).to.equal(undefined);
    expect(normalizeId('001A0000006Vm9r!')).to.equal(undefined);
    expect(normalizeId("001A0000006Vm9r' OR")).to.equal(undefined);
  });
});
