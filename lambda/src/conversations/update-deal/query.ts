/**
 * Updating one opportunity: the deal as the update needs it (what it holds now and when it last changed), the
 * org's stages, and the update itself — a PATCH guarded by `If-Unmodified-Since` (the LastModifiedDate the user's
 * confirmation was based on) and the read-back, in one composite request.
 */
import type { SalesforcePort } from '../../salesforce/port';
import { soqlId } from '../../salesforce/soql';
import type { OpportunityDetails } from '../opportunity-details/query';

export interface DealState {
  id: string;
  name: string;
  accountName: string | null;
  stage: string;
  amount: number | null;
  closeDate: string;
  nextStep: string | null;
  forecastCategory: string | null;
  isClosed: boolean;
  isWon: boolean;
  /** ISO datetime, as Salesforce printed it. */
  lastModified: string;
  /** The loss reason, when the org has such a field and it was read. */
  lossReason?: string | null;
}

const COLUMNS = 'Id, Name, Account.Name, StageName, Amount, CloseDate, NextStep, ForecastCategoryName, IsClosed, IsWon, LastModifiedDate';

interface Row {
  Id: string;
  Name: string;
  Account: { Name: string } | null;
  StageName: string;
  Amount: number | null;
  CloseDate: string;
  NextStep: string | null;
  ForecastCategoryName: string | null;
  IsClosed: boolean;
  IsWon: boolean;
  LastModifiedDate: string;
  [field: string]: unknown;
}

function toState(r: Row, lossReasonField?: string): DealState {
  return {
    ...(lossReasonField ? { lossReason: (r[lossReasonField] as string | null) ?? null } : {}),
    id: r.Id,
    name: r.Name,
    accountName: r.Account?.Name ?? null,
    stage: r.StageName,
    amount: r.Amount,
    closeDate: r.CloseDate,
    nextStep: r.NextStep || null,
    forecastCategory: r.ForecastCategoryName,
    isClosed: r.IsClosed,
    isWon: r.IsWon,
    lastModified: r.LastModifiedDate,
  };
}

/** The state of a deal the name search read (opportunity-details' columns hold every field an update needs). */
export function stateOf(d: OpportunityDetails): DealState {
  const { id, name, accountName, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified } = d;
  return { id, name, accountName, stage, amount, closeDate, nextStep, forecastCategory, isClosed, isWon, lastModified };
}

export function dealStateSoql(id: string, lossReasonField?: string): string {
  return `SELECT ${COLUMNS}${lossReasonField ? `, ${lossReasonField}` : ''} FROM Opportunity WHERE Id = ${soqlId(id)}`;
}

/** The deal now, or null when it is gone or no longer shared with the user. */
export async function dealState(port: SalesforcePort, id: string): Promise<DealState | null> {
  const [row] = (await port.query<Row>(dealStateSoql(id))).records;
  return row ? toState(row) : null;
}

export interface OrgStage {
  apiName: string;
  label: string;
  isClosed: boolean;
  isWon: boolean;
}

/** The org's active stages in their order (OpportunityStage is readable by every user). */
export const STAGES_SOQL = 'SELECT ApiName, MasterLabel, IsClosed, IsWon, SortOrder FROM OpportunityStage WHERE IsActive = true ORDER BY SortOrder';

export async function orgStages(port: SalesforcePort): Promise<OrgStage[]> {
  const { records } = await port.query<{ ApiName: string; MasterLabel: string; IsClosed: boolean; IsWon: boolean }>(STAGES_SOQL);
  return records.map((r) => ({ apiName: r.ApiName, label: r.MasterLabel, isClosed: r.IsClosed, isWon: r.IsWon }));
}

/** The fields one update writes. */
export type DealChange =
  | { field: 'StageName'; value: string }
  | { field: 'CloseDate'; value: string }
  | { field: 'Amount'; value: number }
  | { field: 'NextStep'; value: string }
  | { field: 'ForecastCategoryName'; value: string };

/** An HTTP date (RFC 7231 IMF-fixdate), as `If-Unmodified-Since` takes it. */
export function httpDate(iso: string): string {
  // Salesforce prints `2026-03-31T14:00:00.000+0000`; Date.parse needs the offset as +00:00.
  return new Date(Date.parse(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).toUTCString();
}

/**
 * Writes the change unless the record changed after `seenModified`, and reads the deal back. A record changed
 * meanwhile fails the PATCH with 412 PRECONDITION_FAILED, which the port throws as a SalesforceRequestError.
 * [unsure] that a composite subrequest honours `httpHeaders: {"If-Unmodified-Since"}` exactly as a single PATCH
 * does; the Composite resource documents httpHeaders per subrequest, and a real org should confirm it.
 */
/** `closedOn`: the day a deal marked won or lost closed (CloseDate is the actual close date of a closed deal). */
export async function updateDeal(port: SalesforcePort, id: string, change: DealChange, seenModified: string, lossReason?: LossReason, closedOn?: string): Promise<DealState> {
  const url = `/services/data/v${port.apiVersion}/sobjects/Opportunity/${id}`;
  const body = { [change.field]: change.value, ...(lossReason ? { [lossReason.field]: lossReason.value } : {}), ...(closedOn ? { CloseDate: closedOn } : {}) };
  const [, read] = await port.composite(
    [
      { method: 'PATCH', url, referenceId: 'update', body, httpHeaders: { 'If-Unmodified-Since': httpDate(seenModified) } },
      { method: 'GET', url: port.queryUrl(dealStateSoql(id, lossReason?.field)), referenceId: 'deal' },
    ],
    { allOrNone: true },
  );
  const [row] = (read!.body as { records: Row[] }).records;
  return toState(row!, lossReason?.field);
}

/** A loss reason to write with "we lost it": the org's field and one of its values. */
export interface LossReason {
  field: string;
  value: string;
}

/** The org's loss-reason picklist on Opportunity, if it has one an update may set (by describe: it is a custom field when there is one). */
export interface LossReasonField {
  name: string;
  values: string[];
}

interface DescribedField {
  name: string;
  label: string;
  type: string;
  updateable: boolean;
  picklistValues?: { value: string; active: boolean }[];
}

const LOSS_REASON = /\b(loss|lost) ?reason\b|\breason ?(for )?(loss|lost)\b|\breason lost\b/i;

export function lossReasonFieldOf(fields: readonly DescribedField[]): LossReasonField | undefined {
  const words = (f: DescribedField) => `${f.name.replace(/__c$/i, '').replace(/_/g, ' ')} | ${f.label}`;
  const found = fields.find((f) => f.type === 'picklist' && f.updateable && LOSS_REASON.test(words(f)));
  return found && { name: found.name, values: (found.picklistValues ?? []).filter((v) => v.active).map((v) => v.value) };
}

export async function lossReasonField(port: SalesforcePort): Promise<LossReasonField | undefined> {
  const describe = await port.get<{ fields: DescribedField[] }>('/sobjects/Opportunity/describe');
  return lossReasonFieldOf(describe.fields);
}
