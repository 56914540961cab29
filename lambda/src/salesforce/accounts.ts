/** The account a user names when creating a case or an opportunity. */
import { type NameMatch, findByName } from './nameSearch';
import type { SalesforcePort } from './port';

export interface AccountRecord {
  Id: string;
  Name: string;
}

export function findAccount(port: SalesforcePort, spoken: string): Promise<NameMatch<AccountRecord>> {
  return findByName<AccountRecord>(port, { sobject: 'Account', spoken });
}
