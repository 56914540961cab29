/**
 * The demo org's "Closed Won vs Lost This Quarter": closed opportunities with a close date this quarter, grouped by
 * Won (won first), with record count, total amount and the largest amount; details list each deal, biggest first. The skill's optional
 * wins-and-losses path runs it when an admin sets WINS_LOSSES_REPORT_ID. Column names are the standard Opportunities
 * report type's.
 */
import { makeId } from '../ids';
import type { ReportColumn, SummaryReport } from './report';

const AMOUNT: ReportColumn = { name: 'AMOUNT', label: 'Amount', dataType: 'currency', field: 'Amount' };

export const winsAndLosses: SummaryReport = {
  id: makeId('00O', 1),
  name: 'Closed Won vs Lost This Quarter',
  developerName: 'Closed_Won_vs_Lost_This_Quarter',
  description: 'Closed opportunities this quarter, won and lost: how many and how much.',
  reportType: { type: 'Opportunity', label: 'Opportunities' },
  object: 'Opportunity',
  where: 'IsClosed = true',
  reportFilters: [{ column: 'CLOSED', operator: 'equals', value: 'True' }],
  standardDateFilter: { column: 'CLOSE_DATE', field: 'CloseDate', durationValue: 'THIS_QUARTER' },
  grouping: { name: 'WON', label: 'Won', dataType: 'boolean', field: 'IsWon', sortOrder: 'Desc' },
  aggregates: [
    { name: 'RowCount', label: 'Record Count', dataType: 'int', soql: 'COUNT(Id)' },
    { name: 's!AMOUNT', label: 'Sum of Amount', dataType: 'currency', soql: 'SUM(Amount)' },
    { name: 'x!AMOUNT', label: 'Largest Amount', dataType: 'currency', soql: 'MAX(Amount)' },
  ],
  filterColumns: [{ name: 'CLOSED', label: 'Closed', dataType: 'boolean', field: 'IsClosed' }],
  detailColumns: [
    { name: 'OPPORTUNITY_NAME', label: 'Opportunity Name', dataType: 'string', field: 'Id', labelField: 'Name' },
    { name: 'ACCOUNT_NAME', label: 'Account Name', dataType: 'string', field: 'AccountId', labelField: 'Account.Name' },
    AMOUNT,
    { name: 'CLOSE_DATE', label: 'Close Date', dataType: 'date', field: 'CloseDate' },
    { name: 'STAGE_NAME', label: 'Stage', dataType: 'picklist', field: 'StageName' },
    { name: 'FULL_NAME', label: 'Opportunity Owner', dataType: 'string', field: 'OwnerId', labelField: 'Owner.Name' },
  ],
  sortBy: { column: AMOUNT, sortOrder: 'Desc' },
};
