// National armed forces, their branches and commands (data/curated/armed-forces.json), as organisations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IsoDate, Lang, LANGS, Source } from '../../utils/pack/schema.ts';
import { russianGenitive } from '../../utils/recognition/russian.ts';
import type { CountryIndex } from './countries.ts';
import type { Registry } from './registry.ts';

const FILE = 'armed-forces.json';
const perLang = <T extends z.ZodType>(t: T) => z.partialRecord(Lang, t);
// The five languages the pack was built for are required; Portuguese and Russian are filled in where a row has them.
const full = z.object({ en: z.string().min(1), it: z.string().min(1), fr: z.string().min(1), de: z.string().min(1), es: z.string().min(1), pt: z.string().min(1).optional(), ru: z.string().min(1).optional() });
const forms = perLang(z.array(z.string().min(1)));

export const FORCE_KINDS = ['armedForces', 'army', 'navy', 'airForce', 'marines', 'coastGuard', 'command', 'guard', 'unit'] as const;
export type ForceKind = (typeof FORCE_KINDS)[number];

export const ForceRow = z.object({
  id: z.string().regex(/^bs-mil-[a-z0-9-]+$/, 'expected bs-mil-<slug>'),
  /** ISO 3166-1 alpha-2 code of the state the force belongs to. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  parent: z.string().regex(/^bs-mil-[a-z0-9-]+$/).optional(),
  /** What it is: the description is generated from it and the country's name. */
  kind: z.enum(FORCE_KINDS),
  /** An official page of the force or of its government. */
  src: z.url({ protocol: /^https?$/ }),
  srcTitle: z.string().min(1),
  labels: full,
  aliases: forms.optional(),
  weakAliases: forms.optional(),
  founded: z.object({ v: IsoDate, src: z.url({ protocol: /^https?$/ }), srcTitle: z.string().min(1) }).optional(),
});
export type ForceRow = z.infer<typeof ForceRow>;

/** Each row is checked on its own, so an error names the row (counted from 1) and its id. */
export function parseForces(data: unknown, file = FILE): ForceRow[] {
  const top = z.object({ forces: z.array(z.unknown()) }).safeParse(data);
  if (!top.success) throw new Error(`${file}: expected {"forces": [...]}`);
  const rows: ForceRow[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  top.data.forces.forEach((raw, i) => {
    const res = ForceRow.safeParse(raw);
    if (res.success) {
      if (seen.has(res.data.id)) errors.push(`row ${i + 1}: duplicate id ${res.data.id}`);
      seen.add(res.data.id);
      rows.push(res.data);
    } else {
      const id = typeof raw === 'object' && raw && typeof (raw as { id?: unknown }).id === 'string' ? ` (${(raw as { id: string }).id})` : '';
      errors.push(`row ${i + 1}${id}: ${res.error.issues.map((x) => `${x.path.join('.') || '(row)'}: ${x.message}`).join('; ')}`);
    }
  });
  if (errors.length) throw new Error(`${file}: ${errors.join('\n')}`);
  return rows;
}

// English names that read with "the" after "of" ("armed forces of the United States").
const THE_EN = /^(United|Central African|Dominican|Democratic|Czech|Solomon|Marshall|Philippines|Netherlands|Gambia|Comoros|Bahamas|Maldives)/;
// Italian and French names without an article ("di Israele", "d'Israël"), plurals, and masculine names in -a / -e.
const IT_BARE = new Set(['Israele', 'Cuba', 'Singapore', 'Malta', 'Cipro', 'Taiwan', 'Haiti', 'Monaco', 'San Marino', 'Andorra', 'Gibuti', 'Panama', 'Timor Est']);
const IT_PLURAL: Record<string, string> = { 'Stati Uniti': 'degli', Filippine: 'delle', 'Paesi Bassi': 'dei', 'Emirati Arabi Uniti': 'degli', Maldive: 'delle', Comore: 'delle', Seychelles: 'delle', Bahamas: 'delle', Figi: 'delle' };
const IT_MASC_A = new Set(['Canada', 'Kenya', 'Botswana', 'Ghana', 'Guatemala', 'Nicaragua', 'Venezuela', 'Ruanda', 'Malawi', 'Lesotho']);
const FR_BARE = new Set(['Israël', 'Cuba', 'Singapour', 'Malte', 'Chypre', 'Taïwan', 'Haïti', 'Madagascar', 'Monaco', 'Bahreïn', 'Oman', 'Djibouti', 'Andorre']);
const FR_PLURAL = new Set(['États-Unis', 'Philippines', 'Pays-Bas', 'Émirats arabes unis', 'Maldives', 'Comores', 'Seychelles', 'Bahamas', 'Fidji']);
const FR_MASC_E = new Set(['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname', 'Libéria', 'Costa Rica']);
// German: countries named with an article, in the genitive ("der Ukraine", "des Iran", "der Vereinigten Staaten").
const DE_GENITIVE: Record<string, string> = {
  'Vereinigte Staaten': 'der Vereinigten Staaten', 'Vereinigtes Königreich': 'des Vereinigten Königreichs',
  'Vereinigte Arabische Emirate': 'der Vereinigten Arabischen Emirate', Philippinen: 'der Philippinen', Niederlande: 'der Niederlande',
  Malediven: 'der Malediven', Seychellen: 'der Seychellen', Komoren: 'der Komoren', Bahamas: 'der Bahamas',
  Ukraine: 'der Ukraine', Schweiz: 'der Schweiz', Türkei: 'der Türkei', Slowakei: 'der Slowakei', Mongolei: 'der Mongolei',
  Elfenbeinküste: 'der Elfenbeinküste', Iran: 'des Iran', Irak: 'des Irak', Jemen: 'des Jemen', Libanon: 'des Libanon',
  Sudan: 'des Sudan', Südsudan: 'des Südsudan', Tschad: 'des Tschad', Niger: 'des Niger', Oman: 'des Oman', Kongo: 'der Republik Kongo',
};
// Portuguese: names without an article ("de Portugal", "de Israel"), plurals, and masculine names in -a.
const PT_BARE = new Set(['Portugal', 'Israel', 'Cuba', 'Angola', 'Moçambique', 'Cabo Verde', 'São Tomé e Príncipe', 'Timor-Leste', 'Macau', 'Malta', 'Chipre', 'Singapura', 'Taiwan', 'Andorra', 'Mônaco', 'Mónaco', 'Omã', 'Barein', 'Barém', 'Bahrein', 'Madagáscar', 'Madagascar', 'Honduras', 'El Salvador', 'Porto Rico', 'Hong Kong']);
const PT_PLURAL: Record<string, string> = { 'Estados Unidos': 'dos', Filipinas: 'das', 'Países Baixos': 'dos', 'Emirados Árabes Unidos': 'dos', Maldivas: 'das', Comores: 'das', Seicheles: 'das', Bahamas: 'das', Baamas: 'das', Fiji: 'das' };
const PT_MASC_A = new Set(['Canadá', 'Panamá', 'Botsuana', 'Botswana', 'Gana', 'Quénia', 'Quênia', 'Malawi', 'Ruanda']);
const ES_ARTICLE: Record<string, string> = { India: 'de la India', 'Reino Unido': 'del Reino Unido', 'Países Bajos': 'de los Países Bajos', 'Emiratos Árabes Unidos': 'de los Emiratos Árabes Unidos' };
const VOWEL = /^[AEIOUÀÈÉÌÒÙÂÊÎÔÛaeiouéèêh]/u;

/** "of Israel" / "di Israele" / "d'Israël" / "Israels" / "de Israel", built from the country's own label. */
export function ofCountry(lang: Lang, name: string): string {
  switch (lang) {
    case 'en':
      return `of ${THE_EN.test(name) ? 'the ' : ''}${name}`;
    case 'it':
      if (IT_BARE.has(name)) return `di ${name}`;
      if (IT_PLURAL[name]) return `${IT_PLURAL[name]} ${name}`;
      if (VOWEL.test(name) && !name.startsWith('H')) return `dell'${name}`;
      return name.endsWith('a') && !IT_MASC_A.has(name) ? `della ${name}` : `del ${name}`;
    case 'fr':
      if (FR_BARE.has(name)) return VOWEL.test(name) ? `d'${name}` : `de ${name}`;
      if (FR_PLURAL.has(name)) return `des ${name}`;
      if (VOWEL.test(name) && !name.startsWith('H')) return `de l'${name}`;
      return name.endsWith('e') && !FR_MASC_E.has(name) ? `de la ${name}` : `du ${name}`;
    case 'de':
      if (DE_GENITIVE[name]) return DE_GENITIVE[name];
      return /[sßxz]$/.test(name) ? `von ${name}` : `${name}s`;
    case 'es':
      return ES_ARTICLE[name] ?? `de ${name}`;
    case 'pt':
      if (PT_BARE.has(name)) return `de ${name}`;
      if (PT_PLURAL[name]) return `${PT_PLURAL[name]} ${name}`;
      return name.endsWith('a') && !PT_MASC_A.has(name) ? `da ${name}` : `do ${name}`;
    case 'ru':
      // A name no source gives in Cyrillic can't be declined: it stands apart in brackets.
      return /\p{Script=Cyrillic}/u.test(name) ? russianGenitive(name) : `(${name})`;
  }
}

/** The head of each description; the country follows ("armed forces" + "of Israel"). */
const HEAD: Record<ForceKind, Record<Lang, string>> = {
  armedForces: { en: 'armed forces', it: 'forze armate', fr: 'forces armées', de: 'Streitkräfte', es: 'fuerzas armadas', pt: 'forças armadas', ru: 'вооружённые силы' },
  army: { en: 'army', it: 'esercito', fr: 'armée de terre', de: 'Heer', es: 'ejército de tierra', pt: 'exército', ru: 'сухопутные войска' },
  navy: { en: 'navy', it: 'marina militare', fr: 'marine de guerre', de: 'Marine', es: 'armada', pt: 'marinha de guerra', ru: 'военно-морские силы' },
  airForce: { en: 'air force', it: 'aeronautica militare', fr: 'armée de l’air', de: 'Luftwaffe', es: 'fuerza aérea', pt: 'força aérea', ru: 'военно-воздушные силы' },
  marines: { en: 'marine corps', it: 'fanteria di marina', fr: 'infanterie de marine', de: 'Marineinfanterie', es: 'infantería de marina', pt: 'corpo de fuzileiros navais', ru: 'морская пехота' },
  coastGuard: { en: 'coast guard', it: 'guardia costiera', fr: 'garde côtière', de: 'Küstenwache', es: 'guardia costera', pt: 'guarda costeira', ru: 'береговая охрана' },
  command: { en: 'military command', it: 'comando militare', fr: 'commandement militaire', de: 'Militärkommando', es: 'mando militar', pt: 'comando militar', ru: 'военное командование' },
  guard: { en: 'branch of the armed forces', it: 'corpo delle forze armate', fr: 'branche des forces armées', de: 'Teilstreitkraft', es: 'rama de las fuerzas armadas', pt: 'ramo das forças armadas', ru: 'род войск' },
  unit: { en: 'military unit', it: 'unità militare', fr: 'unité militaire', de: 'Militäreinheit', es: 'unidad militar', pt: 'unidade militar', ru: 'воинская часть' },
};

export function describeForce(kind: ForceKind, country: Partial<Record<Lang, string>>): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const l of LANGS) out[l] = `${HEAD[kind][l]} ${ofCountry(l, country[l] ?? country.en ?? '')}`;
  return out;
}

// Common nouns that head descriptive names: Italian, French and Spanish write them lowercase in running text.
const HEAD_NOUNS = new Set(
  ('forze forza esercito aeronautica marina guardia corpo comando fanteria unità forces force armée armées marine garde corps ' +
    'commandement infanterie fuerzas fuerza ejército armada guardia cuerpo comando mando infantería').split(' '),
);

/**
 * The forms a name is written in mid-sentence: "le forze armate indiane", "la Fuerza Aérea de la India", "die indische
 * Luftwaffe". A capital on a head noun or a German adjective would make the matcher demand one.
 */
export function runningForms(lang: Lang, name: string): string[] {
  const first = name.split(' ')[0]!;
  if (first === first.toLowerCase()) return [name];
  const lower = first.charAt(0).toLowerCase() + first.slice(1);
  const descriptive = lang === 'de' ? /^\p{Lu}\p{Ll}+isch(e|en|er|es|em)?$/u.test(first) : lang !== 'en' && HEAD_NOUNS.has(lower);
  return descriptive ? [name, lower + name.slice(first.length)] : [name];
}

/**
 * Adds the forces with armedForcesOf (the country) and partOf (the parent force), and a source per official page
 * to `sources` (facts cite sources by id). Acronyms stay where the row puts them: the short ones are weak.
 */
export function buildArmedForces(reg: Registry, idx: CountryIndex, rows: ForceRow[], asOf: string, sources: Source[]) {
  const byUrl = new Map<string, Source>();
  const sourceFor = (url: string, title: string, id: string): string => {
    let s = byUrl.get(url) ?? sources.find((x) => x.url === url);
    if (s && s.title !== title && byUrl.has(url)) throw new Error(`${FILE} ${id}: ${url} has two titles`);
    if (!s) {
      s = Source.parse({ id: `mil-${id.replace(/^bs-mil-/, '')}`, title, url });
      if (sources.some((x) => x.id === s!.id)) throw new Error(`${FILE} ${id}: source id ${s.id} is taken`);
      sources.push(s);
    }
    byUrl.set(url, s);
    return s.id;
  };
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const country = idx.byIso.get(r.country);
    if (!country) throw new Error(`${FILE} ${r.id}: no country ${r.country} in the pack`);
    if (r.parent && !ids.has(r.parent)) throw new Error(`${FILE} ${r.id}: parent ${r.parent} is not a row`);
    if (reg.get(r.id)) throw new Error(`${FILE} ${r.id}: already in the pack`);
    const d = reg.ensure(r.id, 'organization');
    reg.label(d, r.labels);
    for (const l of LANGS) reg.alias(d, l, [r.labels[l], ...(r.aliases?.[l] ?? [])].filter((f): f is string => !!f).flatMap((f) => runningForms(l, f)));
    reg.aliases(d, r.weakAliases, true);
    reg.describe(d, describeForce(r.kind, reg.get(country)!.labels));
    const src = sourceFor(r.src, r.srcTitle, r.id);
    reg.fact(d, { p: 'armedForcesOf', v: country, ref: true, src, asOf });
    if (r.parent) reg.fact(d, { p: 'partOf', v: r.parent, ref: true, src, asOf });
    if (r.founded) reg.fact(d, { p: 'founded', v: r.founded.v, src: sourceFor(r.founded.src, r.founded.srcTitle, `${r.id}-founded`), asOf });
  }
}

/** The build's entry; runs once the pack's sources are read, since it adds its own. */
export function addArmedForces(reg: Registry, idx: CountryIndex, curatedDir: string, asOf: string, sources: Source[]) {
  const rows = parseForces(JSON.parse(readFileSync(join(curatedDir, FILE), 'utf8')));
  buildArmedForces(reg, idx, rows, asOf, sources);
}
