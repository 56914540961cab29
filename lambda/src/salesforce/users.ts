/** Queries about the linked user and their org, asked once per token when the identity is looked up. */
import { SalesforceRequestError } from './errors';
import type { SalesforcePort } from './port';
import { soqlId } from './soql';

/**
 * The corporate currency (amounts in a single-currency org are in it) and the month the fiscal year starts
 * (named quarters are fiscal quarters).
 */
export const ORG_SETTINGS_SOQL = 'SELECT DefaultCurrencyIsoCode, FiscalYearStartMonth FROM Organization LIMIT 1';
const ORG_FISCAL_SOQL = 'SELECT FiscalYearStartMonth FROM Organization LIMIT 1';

/**
 * The user's own row (for their manager) and at most one active direct report (whether they manage anyone,
 * which makes "the team" their default scope): one query instead of two.
 */
export function placeInTeamSoql(userId: string): string {
  const id = soqlId(userId);
  return `SELECT Id, ManagerId FROM User WHERE Id = ${id} OR (ManagerId = ${id} AND IsActive = true) LIMIT 2`;
}

const DEFAULT_CURRENCY = 'USD';

export interface OrgSettings {
  currency: string;
  /** 1–12. */
  fiscalYearStartMonth: number;
}

export async function orgSettings(port: SalesforcePort): Promise<OrgSettings> {
  type Row = { DefaultCurrencyIsoCode?: string | null; FiscalYearStartMonth?: number | null };
  let row: Row | undefined;
  try {
    row = (await port.query<Row>(ORG_SETTINGS_SOQL)).records[0];
  } catch (err) {
    // An org or profile that cannot read the currency field must not block every answer: amounts are still
    // right, only the currency's name falls back. The fiscal year is still asked for: quarters depend on it.
    if (!(err instanceof SalesforceRequestError)) throw err;
    row = { ...(await port.query<Row>(ORG_FISCAL_SOQL)).records[0], DefaultCurrencyIsoCode: DEFAULT_CURRENCY };
  }
  return { currency: row?.DefaultCurrencyIsoCode ?? DEFAULT_CURRENCY, fiscalYearStartMonth: Number(row?.FiscalYearStartMonth) || 1 };
}

export interface PlaceInTeam {
  managerId: string | null;
  hasReports: boolean;
}

export async function placeInTeam(port: SalesforcePort, userId: string): Promise<PlaceInTeam> {
  const { records } = await port.query<{ Id: string; ManagerId: string | null }>(placeInTeamSoql(userId));
  return {
    managerId: records.find((r) => r.Id === userId)?.ManagerId ?? null,
    hasReports: records.some((r) => r.Id !== userId),
  };
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
