/** The account a user names when creating a case or an opportunity. */
import { type NameMatch, findByName } from './nameSearch';
import type { SalesforcePort } from './port';

export interface AccountRecord {
  Id: string;
  Name: string;
}

/** An account slot may catch more than the name ("Globex, their scanner won't sync"): the rest comes back. */
export function findAccount(port: SalesforcePort, spoken: string): Promise<NameMatch<AccountRecord>> {
  return findByName<AccountRecord>(port, { sobject: 'Account', spoken, leading: true });
}
