/**
 * Every person in the pack from a country whose names are written in Cyrillic, Arabic or Korean script
 * gets the spellings each pack language's press uses, derived by the rule tables of this folder from a
 * Cyrillic original (EveryPolitician, by QID) or, lacking one, from the English romanisation.
 */
import { LANGS, type Lang } from '../../../utils/pack/schema.ts';
import { normaliseAlias } from '../../../utils/pack/normalize.ts';
import type { Draft, Registry } from '../registry.ts';
import { russianPersonName, type EpFile } from '../sources/everypolitician.ts';
import { transliterate, type Phonology } from './engine.ts';
import { CYRILLIC_TABLES } from './cyrillic.ts';
import { ROMANISED_TO_CYRILLIC } from './romanised.ts';
import { arabicForms, georgianForms, koreanGerman } from './latin.ts';
import { latinSourceOf, latinToRussian } from './latin-russian.ts';

/**
 * Countries whose people's names are Cyrillic, with the phonology their Latin spellings follow.
 * Serbia and North Macedonia are left out on purpose: their leaders' names reach every pack language in
 * the countries' own Latin spelling ("Vučić", "Mickoski"), which no press re-transliterates.
 */
export const CYRILLIC_COUNTRIES: Record<string, Phonology> = {
  RU: 'ru', BY: 'ru', KZ: 'ru', KG: 'ru', TJ: 'ru', MN: 'ru', UA: 'uk', BG: 'bg',
};
/**
 * Arabic script (Arabic, Persian, Dari, Pashto). The Maghreb is left out: its names are already in the
 * French spelling that every language's press copies ("Abdelmadjid Tebboune", "Kaïs Saïed").
 */
export const ARABIC_COUNTRIES = new Set([
  'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'PS', 'EG', 'LY', 'SD', 'IR', 'AF',
]);
export const KOREAN_COUNTRIES = new Set(['KR', 'KP']);
export const GEORGIAN_COUNTRIES = new Set(['GE']);

/** EveryPolitician's column for each phonology's Cyrillic. */
const EP_COLUMN: Record<Phonology, string> = { ru: 'name__ru', uk: 'name__uk', bg: 'name__bg' };

/** A name that is not a plain romanised personal name ("Patriarch Kirill", "Mohammed bin Rashid Al Maktoum" stays). */
const TITLES = new Set(['patriarch', 'metropolitan', 'king', 'emir', 'sheikh', 'prince', 'sultan', 'pope', 'president']);
const plainLatin = (n: string) => /^[A-Za-z' -]+$/.test(n) && !n.split(/[\s-]+/).some((w) => TITLES.has(w.toLowerCase()));
const plainCyrillic = (n: string) => /^[\p{Script=Cyrillic} -]+$/u.test(n);

/** QID → Cyrillic name per column, from the EveryPolitician rows (the one reader, sources/everypolitician.ts). */
export function everyPoliticianCyrillic(files: readonly EpFile[], qids: Set<string>): Map<string, Partial<Record<string, string>>> {
  const out = new Map<string, Partial<Record<string, string>>>();
  for (const file of files) {
    for (const row of file.rows) {
      if (!row.id || !qids.has(row.id)) continue;
      const names = out.get(row.id) ?? {};
      for (const [ph, col] of Object.entries(EP_COLUMN)) {
        const v = row.names[ph as Phonology];
        if (v && !names[col]) names[col] = v;
      }
      out.set(row.id, names);
    }
  }
  return out;
}

function countriesOf(reg: Registry, d: Draft): string[] {
  const out: string[] = [];
  for (const f of d.facts) {
    if (!f.ref || typeof f.v !== 'string' || (f.p !== 'office' && f.p !== 'country')) continue;
    const c = reg.get(f.v);
    const iso = c?.type === 'country' ? c.facts.find((x) => x.p === 'iso2')?.v : undefined;
    if (typeof iso === 'string' && !out.includes(iso)) out.push(iso);
  }
  return out;
}

/** English full names a rule may start from: the label and the multi-word English aliases. */
function englishNames(d: Draft): string[] {
  const names = [d.labels.en, ...d.aliases.en].filter((n): n is string => !!n && n.includes(' ') && plainLatin(n));
  return [...new Set(names)];
}

export interface Generated {
  lang: Lang;
  full: string[];
  surnames: string[];
}

/** The surname counts only if the person already goes by it in some language: the existing surname rules decided that. */
function knownSurname(d: Draft, en: string): string | undefined {
  const toks = en.split(' ');
  if (toks.length !== 2 || toks[1]!.length < 4) return undefined;
  const k = normaliseAlias(toks[1]!);
  const known = LANGS.some((l) => [...d.aliases[l], ...d.weak[l]].some((f) => normaliseAlias(f) === k));
  return known ? toks[1] : undefined;
}

/**
 * A Cyrillic name's forms in one pack language. Russian writes a Russian name as it is; Portuguese follows the
 * English romanisation ("Vladimir Putin", "Serguei Lavrov" is rarer than "Sergei"), which its press mostly copies.
 */
export function cyrillicForms(cyrillic: string, ph: Phonology, lang: Lang): string[] {
  if (lang === 'ru') return ph === 'ru' ? [cyrillic] : [];
  return transliterate(cyrillic, CYRILLIC_TABLES[lang === 'pt' ? 'en' : lang], ph);
}

/** English romanisation → Cyrillic (one reading) → each language's press forms. */
export function fromRomanised(en: string, ph: Phonology, lang: Lang): string[] {
  const [cyr] = transliterate(en, ROMANISED_TO_CYRILLIC[ph], ph, 1);
  return cyr ? cyrillicForms(cyr, ph, lang) : [];
}

/** Forms in German, French and Spanish by a table from the English name, with the surname where the person goes by it. */
function fromEnglish(d: Draft, forms: (en: string, lang: 'de' | 'fr' | 'es') => string[]): Generated[] {
  return (['de', 'fr', 'es'] as const).map((lang) => {
    const g: Generated = { lang, full: [], surnames: [] };
    for (const en of englishNames(d)) {
      const fs = forms(en, lang);
      g.full.push(...fs);
      if (knownSurname(d, en)) for (const f of fs) { const t = f.split(' '); if (t.length === 2) g.surnames.push(t[1]!); }
    }
    return g;
  });
}

export function generateForPerson(reg: Registry, d: Draft, ep: Map<string, Partial<Record<string, string>>>): Generated[] {
  const isos = countriesOf(reg, d);
  const out: Generated[] = [];
  const cyrIso = isos.find((c) => CYRILLIC_COUNTRIES[c]);
  if (cyrIso) {
    const ph = CYRILLIC_COUNTRIES[cyrIso]!;
    // Russian Wikipedia titles people "Surname, Given Patronymic": read as the name the press writes.
    const listed = d.qid ? ep.get(d.qid)?.[EP_COLUMN[ph]] : undefined;
    const original = listed && ph === 'ru' ? (russianPersonName(listed)?.name ?? listed) : listed;
    // An original with more words than the English name carries a patronymic ("Алмазбек Шаршенович Атамбаев"),
    // which no press writes: the English romanisation is the better start then.
    const sameLength = (c: string) => c.split(/\s+/).length === (d.labels.en ?? '').split(/\s+/).length;
    const sources: { cyr?: string; en?: string }[] =
      original && plainCyrillic(original) && sameLength(original) ? [{ cyr: original }] : englishNames(d).map((en) => ({ en }));
    for (const lang of LANGS) {
      const g: Generated = { lang, full: [], surnames: [] };
      // Ukrainian and Bulgarian names are respelt by the Russian press ("Зеленский", not "Зеленський"): only a
      // Russian spelling a source gives (EveryPolitician's Russian label) is used, none is derived.
      const ruListed = lang === 'ru' && ph !== 'ru' && d.qid ? ep.get(d.qid)?.name__ru : undefined;
      const ruOriginal = ruListed ? russianPersonName(ruListed)?.name : undefined;
      if (ruOriginal && plainCyrillic(ruOriginal) && sameLength(ruOriginal)) g.full.push(ruOriginal);
      for (const s of sources) {
        const forms = s.cyr ? cyrillicForms(s.cyr, ph, lang) : fromRomanised(s.en!, ph, lang);
        g.full.push(...forms);
        const sur = knownSurname(d, s.en ?? d.labels.en ?? '');
        if (sur) for (const f of forms) { const t = f.split(' '); if (t.length === 2) g.surnames.push(t[1]!); }
      }
      out.push(g);
    }
    return out;
  }
  if (isos.some((c) => ARABIC_COUNTRIES.has(c))) return fromEnglish(d, arabicForms);
  if (isos.some((c) => GEORGIAN_COUNTRIES.has(c))) return fromEnglish(d, georgianForms);
  if (isos.some((c) => KOREAN_COUNTRIES.has(c))) out.push({ lang: 'de', full: englishNames(d).flatMap(koreanGerman), surnames: [] });
  return out;
}

export function addTransliterations(reg: Registry, epFiles: readonly EpFile[]): void {
  const people = [...reg.drafts.values()].filter((d) => d.type === 'person');
  const ep = everyPoliticianCyrillic(epFiles, new Set(people.flatMap((d) => (d.qid ? [d.qid] : []))));
  for (const d of people) {
    for (const g of generateForPerson(reg, d, ep)) {
      reg.alias(d, g.lang, g.full);
      // A Russian label in Latin letters was only the English name copied: the Cyrillic spelling replaces it.
      const cyr = g.lang === 'ru' ? g.full.find(plainCyrillic) : undefined;
      if (cyr && !plainCyrillic(d.labels.ru ?? '')) d.labels.ru = cyr;
      // Surnames alone stay weak (linked only with the full name or the office in context), as people.ts makes them.
      reg.alias(d, g.lang, g.surnames, true);
    }
    addRussianTranscription(reg, d);
  }
}

/**
 * A Latin-script person with no Russian spelling from a source gets the practical transcription of their
 * country's language (latin-russian.ts): the full name, and the surname (weak) where the person goes by it.
 */
function addRussianTranscription(reg: Registry, d: Draft): void {
  if (plainCyrillic(d.labels.ru ?? '')) return;
  const source = latinSourceOf(countriesOf(reg, d));
  const en = d.labels.en;
  if (!source || !en) return;
  const forms = latinToRussian(en, source);
  if (!forms.length) return;
  d.labels.ru = forms[0]!;
  reg.alias(d, 'ru', forms);
  const sur = knownSurname(d, en);
  // Strong where the English surname is ("Macron"), weak where it links only with context.
  const strong = sur !== undefined && d.aliases.en.some((f) => normaliseAlias(f) === normaliseAlias(sur));
  if (sur) reg.alias(d, 'ru', forms.flatMap((f) => { const t = f.split(' '); return t.length === 2 ? [t[1]!] : []; }), !strong);
}
