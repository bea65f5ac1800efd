import { normaliseKey } from '../recognition/normalise.ts';

/**
 * The form aliases are compared in when the build checks them for collisions.
 * It is the matcher's own key (case, diacritics, ß/æ/ø…, apostrophes, dashes
 * and spaces folded exactly as page text is), so two aliases the build lets
 * stay strong can never fold to one key at run time.
 */
export function normaliseAlias(s: string): string {
  return normaliseKey(s);
}
