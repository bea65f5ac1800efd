/**
 * Office titles as a card shows them. The pack words offices in English,
 * some naming their country ("Prime Minister of the United Kingdom", from
 * Wikidata) and some not ("President", from the Factbook, with the country
 * as the fact's reference). Cards show every office the same way: the title
 * alone, in the reader's UI language, with the country beside it.
 */
import titlesDe from './office-titles-de.json';
import titlesEs from './office-titles-es.json';
import titlesFr from './office-titles-fr.json';
import titlesIt from './office-titles-it.json';

const TITLES: Record<string, Record<string, string> | undefined> = { it: titlesIt, fr: titlesFr, de: titlesDe, es: titlesEs };

/** The title without the entity it belongs to: "Prime Minister of the United Kingdom" → "Prime Minister". */
export function officeTitle(q: string, ofLabelEn: string | undefined): string {
  const t = q.trim();
  if (!ofLabelEn) return t;
  for (const tail of [` of the ${ofLabelEn}`, ` of ${ofLabelEn}`]) {
    if (t.length > tail.length && t.endsWith(tail)) return t.slice(0, -tail.length);
  }
  return t;
}

/** The title in the UI language, or as the pack has it where no translation is known. */
export function localTitle(title: string, uiLang: string): string {
  return TITLES[uiLang.slice(0, 2).toLowerCase()]?.[title] ?? title;
}

/** Both steps, for a fact's qualifier. */
export function officeLabel(q: string, ofLabelEn: string | undefined, uiLang: string): string {
  return localTitle(officeTitle(q, ofLabelEn), uiLang);
}
