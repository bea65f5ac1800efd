/**
 * Facts the pack states as English text (a country's form of government, a
 * treaty's status and depositary, an organisation's seat), in the UI language
 * where a translation is known; as the pack states them otherwise.
 * Portuguese follows the norm offices.ts describes (CLDR's "pt" where Portugal
 * and Brazil differ: "Nova York", "Montevidéu"); dates inside a value stay in
 * the ISO form the pack writes, as in every other language.
 */
import valuesDe from './fact-values-de.json';
import valuesEs from './fact-values-es.json';
import valuesFr from './fact-values-fr.json';
import valuesIt from './fact-values-it.json';
import valuesPt from './fact-values-pt.json';
import valuesRu from './fact-values-ru.json';

type Table = Record<string, Record<string, string> | undefined>;
const VALUES: Record<string, Table | undefined> = { it: valuesIt, fr: valuesFr, de: valuesDe, es: valuesEs, pt: valuesPt, ru: valuesRu };

export function localValue(p: string, value: string, uiLang: string): string {
  return VALUES[uiLang.slice(0, 2).toLowerCase()]?.[p]?.[value] ?? value;
}
