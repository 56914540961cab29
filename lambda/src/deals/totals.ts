/** Count and amount of a set of opportunities, from an aggregate query's `COUNT(Id) n, SUM(Amount) total`. */

/** The aggregate columns every totals query selects, aliased so the answer's keys are stable. */
export const TOTALS_COLUMNS = 'COUNT(Id) n, SUM(Amount) total';

export interface TotalsRow {
  n: number;
  /** Null when every amount is empty. */
  total: number | null;
}

export interface Totals {
  count: number;
  amount: number;
}

export const NO_TOTALS: Totals = { count: 0, amount: 0 };

export function toTotals(row: TotalsRow | undefined): Totals {
  return row ? { count: Number(row.n) || 0, amount: Number(row.total) || 0 } : NO_TOTALS;
}
