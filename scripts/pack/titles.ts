/**
 * Monarchs, emirs, sultans, crown princes and popes are named by title: "King
 * Charles III", "re Carlo", "le pape François", "the Emir of Qatar". These
 * aliases are derived from the office facts the pack already has (the title
 * is the office's), in each language's word for the title and, where it
 * differs, the language's regnal name (data/curated/regnal-names.json).
 *
 * Dating: aliases carry no dates, so a form that names the holder ("King
 * Charles III") is strong, while a form two holders share ("King Abdullah",
 * "Emir of Kuwait") becomes weak at the registry's ambiguity check, and a weak
 * person alias links only for whoever holds office on the article's date
 * (resolve.ts: salient terms). A form naming only the office ("the Emir of
 * Qatar") is weak from the start for the same reason.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './curated-io.ts';
import { OfficeTitlesFile } from './curated-files.ts';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import type { Draft, PerLang, Registry } from './registry.ts';

interface Title {
  /** Matched against the office's qualifier, folded. */
  match: RegExp;
  /** The five languages always; Portuguese and Russian where the table has them. */
  words: PerLang<string>;
}

/**
 * The regnal rows of data/curated/office-titles.json, the one table of office titles, in file
 * order: "Crown Prince and Prime Minister" is a crown prince, "Prince" alone the sovereign of Monaco.
 */
export const TITLES: Title[] = readJsonFile(resolve(import.meta.dirname, '../../data/curated'), 'office-titles.json', OfficeTitlesFile)
  .filter((r) => r.regnal)
  .map((r) => {
    const o = normaliseAlias(r.office).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { match: new RegExp(r.match === 'anywhere' ? `\\b${o}\\b` : `^${o}\\b`), words: r.words };
  });

/** The title an office qualifier names, if it is one of a monarch's, a pope's or a crown prince's. */
export function titleOf(q: string): Title | undefined {
  const k = normaliseAlias(q);
  return TITLES.find((t) => t.match.test(k));
}

const Row = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  names: z.partialRecord(z.enum(LANGS), z.string().min(1)).optional(),
  weakAliases: z.array(z.string().min(1)).optional(),
  sources: z.array(z.url()).min(1),
});
export type RegnalRow = z.infer<typeof Row>;

export function readRegnalNames(curatedDir: string): RegnalRow[] {
  const raw = JSON.parse(readFileSync(join(curatedDir, 'regnal-names.json'), 'utf8')) as { people: unknown[] };
  return raw.people.map((r, i) => {
    const p = Row.safeParse(r);
    if (!p.success) throw new Error(`regnal-names.json row ${i + 1}: ${p.error.issues[0]?.path.join('.')}: ${p.error.issues[0]?.message}`);
    return p.data;
  });
}

const NUMERAL = /\s+[IVXL]+\.?$/;
const PATRONYMIC = /\s(bin|bint|ibn|ben)\s/i;

/**
 * The name a title goes with, from the label: "Felipe VI of Spain" → "Felipe VI",
 * "Albert II, Prince of Monaco" → "Albert II", "Pope Francis" → "Francis".
 */
export function regnalFromLabel(label: string, title: Title): string {
  let n = label.replace(/,.*$/, '').replace(/\s+of\s+(the\s+)?\p{Lu}.*$/u, '').trim();
  const lead = new RegExp(`^${title.words.en}\\s+`, 'i');
  n = n.replace(lead, '');
  return n;
}

/** German writes a regnal number as an ordinal: "Charles III.", "Felipe VI.". */
const inLang = (name: string, lang: Lang) => (lang === 'de' && /\s[IVXL]+$/.test(name) ? `${name}.` : name);

/**
 * The forms of one person's title in one language: with the full regnal
 * name, without the number ("King Charles"), and for a patronymic name the
 * given name and its first patronymic ("Emir Tamim", "Emir Tamim bin Hamad").
 */
export function titleForms(word: string, name: string): string[] {
  const out = [`${word} ${name}`];
  if (NUMERAL.test(name)) out.push(`${word} ${name.replace(NUMERAL, '')}`);
  else if (PATRONYMIC.test(` ${name} `)) {
    const toks = name.split(/\s+/);
    const at = toks.findIndex((t) => /^(bin|bint|ibn|ben)$/i.test(t));
    if (at > 0) {
      out.push(`${word} ${toks.slice(0, at + 2).join(' ')}`);
      out.push(`${word} ${toks[0]}`);
    }
  }
  return [...new Set(out)];
}

// "King of the Netherlands", "Emir of the United Arab Emirates": names read with "the" after "of".
const THE_EN = /^(United|Netherlands|Bahamas|Solomon|Holy See|Philippines|Czech|Dominican|Central African)/;
// German names that take an article: "König der Niederlande", "König von den Bahamas".
const DE_GENITIVE: Record<string, string> = {
  Niederlande: 'der Niederlande', 'Vereinigte Arabische Emirate': 'der Vereinigten Arabischen Emirate', 'Vereinigtes Königreich': 'des Vereinigten Königreichs',
  Bahamas: 'der Bahamas', Salomonen: 'der Salomonen',
};

/** The office named without a person ("Emir of Qatar", "König von Spanien"): English and German, where the title is capitalised. */
export function officeForms(title: Title, country: PerLang<string>): PerLang<string[]> {
  const out: PerLang<string[]> = {};
  // The Pope is not called "Pope of the Holy See"; the bare "the Pope" is one word, too weak to link.
  if (title.words.en === 'Pope') return out;
  if (country.en) out.en = [`${title.words.en} of ${THE_EN.test(country.en) ? 'the ' : ''}${country.en}`];
  if (country.de) out.de = [`${title.words.de} ${DE_GENITIVE[country.de] ?? `von ${country.de}`}`];
  return out;
}

export interface TitleStats { people: number; aliases: number }

export function buildTitles(reg: Registry, curatedDir: string): TitleStats {
  return addTitles(reg, readRegnalNames(curatedDir));
}

export function addTitles(reg: Registry, regnal: RegnalRow[]): TitleStats {
  const rows = new Map(regnal.map((r) => [r.id, r]));
  for (const r of regnal) {
    const d = reg.get(r.id);
    if (!d || d.labels.en !== r.label) throw new Error(`regnal-names.json: ${r.id} is not "${r.label}" in the pack (${d?.labels.en ?? 'missing'})`);
    if (r.weakAliases) for (const l of LANGS) reg.alias(d, l, r.weakAliases, true);
  }
  const stats: TitleStats = { people: 0, aliases: 0 };
  for (const d of reg.drafts.values()) {
    if (d.type !== 'person') continue;
    const held = new Map<Title, Set<string>>();
    for (const f of d.facts) {
      if (f.p !== 'office' || !f.q || !f.ref) continue;
      const t = titleOf(f.q);
      const of = reg.get(String(f.v));
      if (!t || !of || of.type !== 'country') continue;
      if (!held.has(t)) held.set(t, new Set());
      held.get(t)!.add(of.id);
    }
    if (!held.size) continue;
    stats.people++;
    for (const [t, countries] of held) {
      const row = rows.get(d.id);
      for (const l of LANGS) {
        const word = t.words[l];
        const name = row?.names?.[l] ?? inLang(regnalFromLabel(d.labels.en ?? '', t), l);
        // Russian puts a Cyrillic name after the title ("король Карл III"): a Latin one would be no Russian form.
        if (!word || (l === 'ru' && !/\p{Script=Cyrillic}/u.test(name))) continue;
        const forms = titleForms(word, name);
        add(reg, d, l, forms, false, stats);
      }
      // The office alone names whoever holds it on the day: weak, so the date decides.
      for (const c of countries) {
        const forms = officeForms(t, reg.get(c)!.labels);
        for (const l of LANGS) add(reg, d, l, forms[l] ?? [], true, stats);
      }
    }
  }
  reg.notes.push(`titles: ${stats.people} people named by a title, ${stats.aliases} title aliases`);
  return stats;
}

function add(reg: Registry, d: Draft, l: Lang, forms: string[], weak: boolean, stats: TitleStats) {
  const have = new Set([...d.aliases[l], ...d.weak[l]].map(normaliseAlias));
  const fresh = forms.filter((f) => !have.has(normaliseAlias(f)));
  reg.alias(d, l, fresh, weak);
  stats.aliases += fresh.length;
}
