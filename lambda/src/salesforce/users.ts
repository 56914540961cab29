/** Queries about the linked user and their org, asked in one composite request when the user is first seen (identity.ts). */
import { soqlId } from './soql';
import type { SalesforcePort } from './port';

/**
 * The corporate currency (amounts in a single-currency org are in it) and the month the fiscal year starts
 * (named quarters are fiscal quarters).
 */
export const ORG_SETTINGS_SOQL = 'SELECT DefaultCurrencyIsoCode, FiscalYearStartMonth FROM Organization LIMIT 1';
/** For an org or profile that cannot read the currency field: amounts are still right, only the currency's name falls back. */
export const ORG_FISCAL_SOQL = 'SELECT FiscalYearStartMonth FROM Organization LIMIT 1';

const DEFAULT_CURRENCY = 'USD';

export interface OrgSettings {
  currency: string;
  /** 1–12. */
  fiscalYearStartMonth: number;
}

export type OrgRow = { DefaultCurrencyIsoCode?: string | null; FiscalYearStartMonth?: number | null };

export function toOrgSettings(row: OrgRow | undefined): OrgSettings {
  return { currency: row?.DefaultCurrencyIsoCode ?? DEFAULT_CURRENCY, fiscalYearStartMonth: Number(row?.FiscalYearStartMonth) || 1 };
}

/**
 * The user's own row — their manager, always the first record, so a later subrequest can refer to it — and at
 * most one active direct report (whether they manage anyone, which makes "the team" their default scope).
 */
export function placeInTeamSoql(userId: string): string {
  return `SELECT Id, ManagerId, (SELECT Id FROM ManagedUsers WHERE IsActive = true LIMIT 1) FROM User WHERE Id = ${soqlId(userId)}`;
}

export interface PlaceInTeam {
  managerId: string | null;
  hasReports: boolean;
}

export type PlaceInTeamRow = { ManagerId: string | null; ManagedUsers: { totalSize: number } | null };

export function toPlaceInTeam(row: PlaceInTeamRow | undefined): PlaceInTeam {
  return { managerId: row?.ManagerId ?? null, hasReports: (row?.ManagedUsers?.totalSize ?? 0) > 0 };
}

/**
 * Who "the team" is for a meeting: a manager's direct reports; for someone without reports, their manager and
 * the colleagues who share that manager.
 */
export function teamMembersSoql(userId: string, managerId: string | null, hasReports: boolean): string {
  const me = soqlId(userId);
  const who = hasReports || !managerId ? `ManagerId = ${me}` : `(ManagerId = ${soqlId(managerId)} OR Id = ${soqlId(managerId)})`;
  return `SELECT Id, FirstName, Name FROM User WHERE IsActive = true AND Id != ${me} AND ${who} ORDER BY FirstName`;
}

export interface TeamMember {
  Id: string;
  FirstName: string | null;
  Name: string;
}

export async function teamMembers(port: SalesforcePort, userId: string, managerId: string | null, hasReports: boolean): Promise<TeamMember[]> {
  return (await port.query<TeamMember>(teamMembersSoql(userId, managerId, hasReports))).records;
}
