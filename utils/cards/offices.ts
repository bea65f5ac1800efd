/**
 * Office titles as a card shows them. The pack words offices in English,
 * some naming their country ("Prime Minister of the United Kingdom", from
 * Wikidata) and some not ("President", from the Factbook, with the country
 * as the fact's reference). Cards show every office the same way: the title
 * alone, in the reader's UI language, with the country beside it.
 *
 * Portuguese titles are one table for Portugal and Brazil. Where the two
 * spell or name a thing differently and neither form is shared ("Econômico"/
 * "Económico", "Esporte"/"Desporto", "Prefeito"/"Presidente da Câmara",
 * "Relações Exteriores"/"Negócios Estrangeiros"), the table follows CLDR's
 * "pt", which is Brazilian usage and is where the pack's Portuguese country
 * names come from ("Polônia", "Quênia"), so a title and the country beside it
 * keep to one norm; official EU titles keep their EU wording.
 *
 * Russian titles name their own place in the genitive, as the Russian press
 * does ("Мэр Москвы", "Премьер-министр Баварии"); the country a card adds
 * beside a title stays in the nominative, in brackets (strings.ts, officeIn).
 * Italian regions are "Президент области Ломбардия", the region's name in
 * apposition, as Russian writes them.
 */
import titlesDe from './office-titles-de.json';
import titlesEs from './office-titles-es.json';
import titlesFr from './office-titles-fr.json';
import titlesIt from './office-titles-it.json';
import titlesPt from './office-titles-pt.json';
import titlesRu from './office-titles-ru.json';

const TITLES: Record<string, Record<string, string> | undefined> = { it: titlesIt, fr: titlesFr, de: titlesDe, es: titlesEs, pt: titlesPt, ru: titlesRu };

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
