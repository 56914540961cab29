/**
 * Records of the local org's store as the write tests look them up: what a write added, an account by name, its one
 * open deal, and accounts of plain words (a name a test can say) each test takes for itself.
 */
import { expect } from 'chai';
import type { SObjectRecord } from '../../local/org/types';
import type { LocalStack } from '../../local/stack';

/** The ids of every record of `type` now: what a write adds is what is not among them afterwards. */
export const ids = (stack: LocalStack, type: string): Set<string> => new Set(stack.org.store.all(type).map((r) => r.Id));

/** The records of `type` added since `before` was taken with `ids`. */
export const newSince = (stack: LocalStack, type: string, before: Set<string>): SObjectRecord[] => stack.org.store.all(type).filter((r) => !before.has(r.Id));

export const accountNamed = (stack: LocalStack, name: string): SObjectRecord => stack.org.store.all('Account').find((a) => a.Name === name)!;

/** The one open deal of an account, by the account's name; fails when it has none or several. */
export function openDealOf(stack: LocalStack, account: string): SObjectRecord {
  const deals = stack.org.store.all('Opportunity').filter((o) => o.AccountId === accountNamed(stack, account).Id && o.IsClosed === false);
  expect(deals, `${account} has one open deal`).to.have.length(1);
  return deals[0]!;
}

/**
 * Accounts whose name is plain words with one open deal ("tell me more about the <account> deal" finds it), a new one
 * each call, so tests that change one don't meet each other's changes; Globex is left to the tests that name it.
 */
export function plainAccounts(stack: () => LocalStack): () => SObjectRecord {
  const taken = new Set<string>(['Globex Corporation']);
  return () => {
    const store = stack().org.store;
    const open = store.all('Opportunity').filter((o) => o.IsClosed === false);
    const account = store.all('Account').find((a) => !taken.has(String(a.Name)) && /^[A-Za-z]+( [A-Za-z]+)*$/.test(String(a.Name)) && open.filter((o) => o.AccountId === a.Id).length === 1)!;
    taken.add(String(account.Name));
    return account;
  };
}
