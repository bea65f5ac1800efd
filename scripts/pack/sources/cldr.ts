// CLDR territory names (unicode-org/cldr-json, package cldr-localenames-full) as aliases of the pack's countries.
import { createRequire } from 'node:module';
import { LANGS, type Lang } from '../../../utils/pack/schema.ts';
import { normaliseAlias } from '../../../utils/pack/normalize.ts';
import type { Registry } from '../registry.ts';

const require = createRequire(import.meta.url);

interface TerritoriesFile {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
}

/**
 * Regional locales whose press the pack's languages also cover: Swiss and Austrian German ("Zimbabwe"),
 * Latin American Spanish ("Rumania"), Canadian and Belgian French ("Bélarus"). CLDR lists only where
 * they differ from the base language.
 */
export const CLDR_REGIONAL: Record<Lang, string[]> = {
  en: ['en-GB'], it: ['it-CH'], fr: ['fr-BE', 'fr-CA', 'fr-CH'], de: ['de-AT', 'de-CH'], es: ['es-419', 'es-AR', 'es-MX'],
  pt: ['pt-PT'], ru: [],
};

/** ISO alpha-2 → every name CLDR gives the territory in `lang`: the main one first, then `-alt-short`, `-alt-variant`, regional forms. */
export function cldrTerritoryNames(lang: Lang): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const locale of [lang, ...CLDR_REGIONAL[lang]]) readLocale(locale, names);
  return names;
}

function readLocale(locale: string, names: Map<string, string[]>) {
  const file = require(`cldr-localenames-full/main/${locale}/territories.json`) as TerritoriesFile;
  for (const [key, name] of Object.entries(file.main[locale]!.localeDisplayNames.territories)) {
    // Numeric keys are regions ("150" = Europe), not territories.
    const m = /^([A-Z]{2})(?:-alt-[a-z]+)?$/.exec(key);
    if (!m) continue;
    const code = m[1]!;
    const list = names.get(code) ?? [];
    if (list.includes(name)) continue;
    if (key === code && !names.has(code)) list.unshift(name);
    else list.push(name);
    names.set(code, list);
  }
}

// "Kongo (Demokratische Republik)", "Falklandinseln (Malwinen)": a qualified name is a gloss, not how a text names the country.
// Abbreviations ("R.-U.", Spanish "RU" for the United Kingdom, which is Russia's code elsewhere) are left to the curated names.
const plainName = (n: string) => !/[,().]/.test(n) && n !== n.toUpperCase();

/**
 * Adds CLDR's names to the countries in `byIso`. A form the entity already lists as weak in that language
 * ("Georgia", "Chad") stays weak: CLDR must not promote a common word that the curated data demoted.
 */
export function addCldrNames(reg: Registry, byIso: Map<string, string>): void {
  for (const lang of LANGS) {
    const all = cldrTerritoryNames(lang);
    for (const [code, id] of byIso) {
      const d = reg.get(id);
      const names = all.get(code);
      if (!d || !names) continue;
      const weak = new Set(d.weak[lang].map(normaliseAlias));
      const forms = names.filter(plainName);
      reg.alias(d, lang, forms.filter((f) => !weak.has(normaliseAlias(f))));
      reg.alias(d, lang, forms.filter((f) => weak.has(normaliseAlias(f))), true);
    }
  }
}
