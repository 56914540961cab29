/** Creating a case and reading back the number Salesforce gave it, in one round trip. */
import type { SalesforcePort } from '../../salesforce/port';
import { createdBySince } from '../../salesforce/recent';
import { soqlId, soqlString } from '../../salesforce/soql';

export interface NewCase {
  accountId: string;
  subject: string;
  priority: 'High' | 'Medium' | 'Low';
}

export interface CreatedCase {
  id: string;
  caseNumber: string;
}

/** Cases logged by voice come in by phone, as far as Salesforce's Origin picklist goes. */
const ORIGIN = 'Phone';

export async function createCase(port: SalesforcePort, c: NewCase): Promise<CreatedCase> {
  const base = `/services/data/v${port.apiVersion}/sobjects/Case`;
  const [, created] = await port.composite(
    [
      { method: 'POST', url: base, referenceId: 'newCase', body: { AccountId: c.accountId, Subject: c.subject, Priority: c.priority, Origin: ORIGIN } },
      { method: 'GET', url: `${base}/@{newCase.id}?fields=CaseNumber`, referenceId: 'created' },
    ],
    { allOrNone: true },
  );
  const body = created!.body as { Id: string; CaseNumber: string };
  return { id: body.Id, caseNumber: body.CaseNumber };
}

export async function findCreatedCase(port: SalesforcePort, c: NewCase, userId: string, since: Date): Promise<CreatedCase | undefined> {
  const { records } = await port.query<{ Id: string; CaseNumber: string }>(
    `SELECT Id, CaseNumber FROM Case WHERE AccountId = ${soqlId(c.accountId)} AND Subject = ${soqlString(c.subject)} AND ${createdBySince(userId, since)} ORDER BY CreatedDate DESC LIMIT 1`,
  );
  const found = records[0];
  return found && { id: found.Id, caseNumber: found.CaseNumber };
}
