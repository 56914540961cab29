/** Which locale the simulated Echo is set to (`npm start`). */
import { readLocales } from '../models/build';

/**
 * `--locale`, else the linked user's Salesforce locale ("de_DE") when the skill has that locale, as a rep in
 * Berlin sets their Echo to German; else en-US.
 */
export function deviceLocale(asked: string | undefined, salesforceLocale: string): string {
  const locales = readLocales();
  if (asked) {
    if (!locales[asked]) throw new Error(`no locale ${asked}; try one of: ${Object.keys(locales).join(', ')}`);
    return asked;
  }
  const theirs = salesforceLocale.replace('_', '-');
  return locales[theirs] ? theirs : 'en-US';
}
