/**
 * Facts the pack states as English text (a country's form of government, a
 * treaty's status and depositary, an organisation's seat), in the UI language
 * where a translation is known; as the pack states them otherwise.
 */
import valuesIt from './fact-values-it.json';

const IT = valuesIt as Record<string, Record<string, string> | undefined>;

export function localValue(p: string, value: string, uiLang: string): string {
  return (uiLang.toLowerCase().startsWith('it') ? IT[p]?.[value] : undefined) ?? value;
}
