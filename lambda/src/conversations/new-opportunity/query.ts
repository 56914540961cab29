/**
 * Registering an opportunity at the org's first open stage: the stage lookup, the insert and the read-back
 * travel in one composite request (the insert refers to the stage query's answer).
 */
import type { SalesforcePort } from '../../salesforce/port';
import { createdBySince } from '../../salesforce/recent';
import { soqlId, soqlString } from '../../salesforce/soql';

export interface NewOpportunity {
  accountId: string;
  name: string;
  amount: number;
  closeDate: string;
}

export interface CreatedOpportunity {
  id: string;
  name: string;
  stage: string;
}

export const FIRST_OPEN_STAGE_SOQL =
  'SELECT ApiName, MasterLabel FROM OpportunityStage WHERE IsActive = true AND IsClosed = false ORDER BY SortOrder LIMIT 1';

export async function createOpportunity(port: SalesforcePort, o: NewOpportunity): Promise<CreatedOpportunity> {
  const base = `/services/data/v${port.apiVersion}/sobjects/Opportunity`;
  const [, , created] = await port.composite(
    [
      { method: 'GET', url: port.queryUrl(FIRST_OPEN_STAGE_SOQL), referenceId: 'stage' },
      {
        method: 'POST',
        url: base,
        referenceId: 'newOpportunity',
        body: { Name: o.name, AccountId: o.accountId, Amount: o.amount, CloseDate: o.closeDate, StageName: '@{stage.records[0].ApiName}' },
      },
      { method: 'GET', url: `${base}/@{newOpportunity.id}?fields=Name,StageName`, referenceId: 'created' },
    ],
    { allOrNone: true },
  );
  const body = created!.body as { Id: string; Name: string; StageName: string };
  return { id: body.Id, name: body.Name, stage: body.StageName };
}

export async function findCreatedOpportunity(port: SalesforcePort, o: NewOpportunity, userId: string, since: Date): Promise<CreatedOpportunity | undefined> {
  const { records } = await port.query<{ Id: string; Name: string; StageName: string }>(
    `SELECT Id, Name, StageName FROM Opportunity WHERE AccountId = ${soqlId(o.accountId)} AND Name = ${soqlString(o.name)} AND ${createdBySince(userId, since)} ORDER BY CreatedDate DESC LIMIT 1`,
  );
  const found = records[0];
  return found && { id: found.Id, name: found.Name, stage: found.StageName };
}
