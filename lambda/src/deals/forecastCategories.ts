/** The model's ForecastCategory ids and the ForecastCategoryName values Salesforce stores for them. */
import type { ForecastCategoryId } from '../generated/model';

export const FORECAST_CATEGORY_NAMES: Readonly<Record<ForecastCategoryId, string>> = {
  COMMIT: 'Commit',
  BEST_CASE: 'Best Case',
  PIPELINE: 'Pipeline',
  OMITTED: 'Omitted',
};

/** The model id for a ForecastCategoryName; undefined for 'Closed' or a value the skill does not speak of. */
export function forecastCategoryId(name: string | null | undefined): ForecastCategoryId | undefined {
  const found = Object.entries(FORECAST_CATEGORY_NAMES).find(([, value]) => value === name);
  return found?.[0] as ForecastCategoryId | undefined;
}
