/** "1st", "2nd" … in the request's language. */
import type { Translate } from '../i18n';

export function ordinal(t: Translate, position: number): string {
  return t('ordinal', { count: position, ordinal: true });
}
