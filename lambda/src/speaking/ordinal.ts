/** "1st", "2nd" … in the request's language. */
import type { Translate } from '../i18n';

/**
 * `FEMININE` when the ordinal stands for a feminine noun, for the languages that inflect it (French "1re" for an
 * affaire or a campagne, "1er" for a person); a language without an `ordinal_FEMININE_…` key falls back to the plain one
 * (i18next's context fallback: https://www.i18next.com/translation-function/context).
 */
export function ordinal(t: Translate, position: number, gender?: 'FEMININE'): string {
  return t('ordinal', { count: position, ordinal: true, ...(gender ? { context: gender } : {}) });
}
