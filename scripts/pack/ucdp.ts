// Non-state armed groups from the UCDP Actor Dataset, as organisations, merged with those the pack already has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import type { CountryIndex } from './countries.ts';
import type { Draft, Registry } from './registry.ts';
import { readUcdp, UCDP, UCDP_AS_OF, type UcdpActor } from './sources/ucdp.ts';

export const GwFile = z.object({
  src: z.string().min(1),
  codes: z.array(z.object({ gw: z.number().int().positive(), ucdp: z.string().min(1), iso2: z.string().regex(/^[A-Z]{2}$/).nullable() })),
});
export type GwFile = z.infer<typeof GwFile>;

/** Pack entities a UCDP actor is, where the names differ too much to match ("al-Qaida" / "al-Qaeda", "Taleban"). */
export const UcdpMergeFile = z.object({ merge: z.array(z.object({ ucdp: z.number().int().positive(), id: z.string().min(1), why: z.string().min(1) })) });
export type UcdpMergeFile = z.infer<typeof UcdpMergeFile>;

/** Parses a curated JSON file with a schema; a bad row is named by its index. */
export function parseCurated<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const res = schema.safeParse(data);
  if (!res.success) throw new Error(`${file}: ${res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  return res.data;
}

/*
 * Words organisation names are made of, in the five languages and in the transliterations UCDP uses. A name made only
 * of these ("Popular Front", "La Familia", "Southern Bloc") is a phrase any article may use, not a name.
 */
const GENERIC = new Set(
  ('the of and for in on to a an la le les el los las il lo gli i de del della di du des da do dos das der die das und ' +
    'y e et al el front fronte frente forces force forze fuerzas army armee armée armata ejército ejercito movement ' +
    'movimento mouvement movimiento bewegung party partito parti partido partei union unione unión council consiglio ' +
    'conseil consejo rat group groupe gruppo grupo gruppe brigade brigades brigata brigada brigada brigaden battalion ' +
    'militia militias milizia milice milicia miliz national nazionale nationale nacional popular popolare populaire people ' +
    "people's peoples popolo peuple pueblo volk democratic democratica démocratique democrático demokratische republic " +
    'republica república république repubblica republik revolutionary rivoluzionario révolutionnaire revolucionario ' +
    'liberation liberazione libération liberación befreiung islamic islamica islamique islámico islamische united unite ' +
    'unie unidos vereinigte free libero libre freie patriotic patriottico patriotique patriótico patriotische ' +
    'alliance alleanza alianza allianz coalition coalizione coalición koalition resistance resistenza résistance ' +
    'resistencia widerstand defence defense difesa défense defensa verteidigung self socialist socialista socialiste ' +
    'sozialistische communist comunista communiste kommunistische organisation organization organizzazione organización ' +
    'organisation congress congresso congrès congreso kongress committee comitato comité comite komitee southern northern ' +
    'eastern western southern sud nord est ovest ouest sur norte este oeste süd ost west central centrale new nuovo nouveau ' +
    'nuevo neue family familia famiglia famille familie brothers fratelli frères hermanos brüder forest bloc blocco bloque ' +
    'block military militare militaire militar militär faction fazione faction facción fraktion insurgents insorti ' +
    'insurgés insurgentes aufständische rebels ribelli rebelles rebeldes rebellen dissidents dissidenti dissidenti ' +
    'disidentes dissidenten supporters sostenitori partisans partidarios anhänger tribe tribù tribu tribu stamm ' +
    'opposition opposizione oposición guard guardia garde guardia garde warriors guerrieri guerreros krieger ' +
    'soldiers soldati soldats soldados soldaten fighters combattenti combattants combatientes kämpfer revolution ' +
    'rivoluzione révolution revolución justice giustizia justicia gerechtigkeit democracy democrazia démocratie democracia ' +
    'demokratie development sviluppo développement desarrollo entwicklung peace pace paix paz frieden unity unità unité ' +
    'unidad einheit solidarity solidarietà solidarité solidaridad freedom libertà liberté libertad freiheit community ' +
    'comunità communauté comunidad gemeinschaft change cambiamento changement cambio wandel state stato état estado staat ' +
    'salvation salvezza salut salvación progress progresso progrès progreso fortschritt independence indipendenza ' +
    'indépendance independencia unabhängigkeit groups gang gangs base youth gioventù jeunesse juventud jugend god dio dieu ' +
    'dios gott').split(' '),
);

const ARTICLES = new Set('the la le les el los las il lo gli die der das a an un una une ein eine'.split(' '));

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

/**
 * A name that is an acronym, a single word or a phrase of common words links only when capitalised and
 * supported by context (a weak alias): without a dictionary of the five languages, a single word may always
 * be a common one ("Contras", "Ninjas", "Istiqlal" is also a party, "Taleban" a plural).
 */
export function isWeakName(name: string): boolean {
  const l = letters(name);
  if (l.length < 5 || !/\p{Ll}/u.test(l) || /\d/.test(name)) return true;
  const words = name.split(/[\s\u00a0]+/).filter((w) => letters(w).length > 0);
  if (words.length < 2) return true;
  // "The Base", "La Familia": an article and one word is how prose names anything.
  if (words.length === 2 && ARTICLES.has(words[0]!.toLowerCase())) return true;
  return words.every((w) => GENERIC.has(w.toLowerCase().replace(/^(al|el)-/, '').replace(/[’']s$/, '').replace(/[^\p{L}'’]/gu, '')));
}

/** Names no article writes as such: descriptions with a parenthesis or a slash, "Government of ...", factions. */
function usableName(name: string): boolean {
  return !/[()/]|^Government of\b|\bfaction\b/i.test(name);
}

/**
 * Short acronyms of groups stand for too much else: "MPS" matches "MPs", "PF" the "PF" of "Zanu-PF", "ZANU" the party
 * of today and "RSF" Reporters sans frontières; the matcher links acronyms on their case alone. Five letters and more
 * ("POLISARIO", "RENAMO") or a digit ("M23") are names of their own.
 */
export function ambiguousAcronym(name: string): boolean {
  const l = letters(name);
  return !/\p{Ll}/u.test(l) && (/\d/.test(name) ? name.replace(/\s/g, '').length < 3 : l.length <= 4);
}

/** The organised groups (UCDP "Org" 1). Supporters of candidates (2) and identity groups (3, "Dinka", "Fulani") are not organisations, governments (4) are the countries. */
export const isArmedGroup = (a: UcdpActor) => a.Org === 1;

function originalNames(a: UcdpActor): string[] {
  return [a.NameData, a.NameOrig, a.NameOrigFull, ...a.NewName, ...a.NewNameFullMotherTongue].filter((x): x is string => !!x);
}
function englishNames(a: UcdpActor): string[] {
  return [a.NameOrigFullEng, ...a.NewNameFullEng].filter((x): x is string => !!x);
}

/** The countries an actor was active in, as pack country ids, in UCDP's order. */
export function activeCountries(a: UcdpActor, gw: Map<number, string | null>, idx: CountryIndex): string[] {
  const out: string[] = [];
  for (const code of a.GWNOLoc) {
    if (!gw.has(code)) throw new Error(`UCDP actor ${a.ActorId}: Gleditsch–Ward code ${code} is not in data/curated/gleditsch-ward.json`);
    const iso = gw.get(code);
    const id = iso ? idx.byIso.get(iso) : undefined;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

const THE_EN = /^(United|Central African|Dominican|Democratic|Philippines|Netherlands|Gambia|Comoros|Bahamas)/;

/** "armed group active in Syria and Iraq (UCDP)", in five languages, from the countries' own labels. */
export function describeArmedGroup(countries: PerLangNames[]): Record<Lang, string> {
  const list = (lang: Lang, and: (w: string) => string, more: (n: number) => string) => {
    const names = countries.map((c) => c[lang] ?? c.en ?? '').filter(Boolean);
    const shown = names.length > 3 ? names.slice(0, 2) : names;
    if (names.length > 3) return `${shown.join(', ')} ${and(more(names.length - 2))}`;
    if (names.length <= 1) return names.join('');
    return `${shown.slice(0, -1).join(', ')} ${and(shown[shown.length - 1]!)}`;
  };
  if (!countries.length) {
    return { en: 'armed group (UCDP)', it: 'gruppo armato (UCDP)', fr: 'groupe armé (UCDP)', de: 'bewaffnete Gruppe (UCDP)', es: 'grupo armado (UCDP)', pt: 'grupo armado (UCDP)', ru: 'вооружённая группировка (UCDP)' };
  }
  const en = countries.map((c) => ({ ...c, en: c.en && THE_EN.test(c.en) ? `the ${c.en}` : c.en }));
  const enList = (() => {
    const names = en.map((c) => c.en ?? '');
    if (names.length > 3) return `${names.slice(0, 2).join(', ')} and ${names.length - 2} other countries`;
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  })();
  // Spanish "y" becomes "e" before an i- sound ("Siria e Irak").
  const y = (w: string) => (/^(i|hi)(?!e)/i.test(w) ? `e ${w}` : `y ${w}`);
  // Italian, French and German need an article or a preposition that depends on each country; a colon spares it.
  return {
    en: `armed group active in ${enList} (UCDP)`,
    it: `gruppo armato attivo in: ${list('it', (w) => `e ${w}`, (n) => `altri ${n} paesi`)} (UCDP)`,
    fr: `groupe armé actif dans : ${list('fr', (w) => `et ${w}`, (n) => `${n} autres pays`)} (UCDP)`,
    de: `bewaffnete Gruppe, aktiv in: ${list('de', (w) => `und ${w}`, (n) => `${n} weiteren Ländern`)} (UCDP)`,
    es: `grupo armado activo en ${list('es', y, (n) => `otros ${n} países`)} (UCDP)`,
    pt: `grupo armado ativo em: ${list('pt', (w) => `e ${w}`, (n) => `outros ${n} países`)} (UCDP)`,
    // Russian would decline each country after "в"; the colon spares it, as Italian and German do.
    ru: `вооружённая группировка, действует в: ${list('ru', (w) => `и ${w}`, (n) => `ещё ${n} странах`)} (UCDP)`,
  };
}
type PerLangNames = Partial<Record<Lang, string>>;

/** Every form (strong or weak, any language) each entity already answers to. */
function formsIndex(reg: Registry): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const d of reg.drafts.values()) {
    for (const l of LANGS) {
      for (const f of [...d.aliases[l], ...d.weak[l], ...(d.labels[l] ? [d.labels[l]!] : [])]) {
        const k = normaliseAlias(f);
        if (!owners.has(k)) owners.set(k, new Set());
        owners.get(k)!.add(d.id);
      }
    }
  }
  return owners;
}

export interface UcdpBuild {
  added: number;
  merged: Map<number, string>;
}

export function buildUcdp(reg: Registry, idx: CountryIndex, actors: UcdpActor[], gwFile: GwFile, merges: UcdpMergeFile, notes: string[]): UcdpBuild {
  const gw = new Map<number, string | null>(gwFile.codes.map((c) => [c.gw, c.iso2]));
  // The table's names are UCDP's own: a code never listed beside that name in a Location cell is a wrong row.
  // (Location and GWNOLoc list the same countries, not always in the same order.)
  const seen = new Map<number, Set<string>>();
  for (const a of actors) for (const c of a.GWNOLoc) for (const n of a.Location) (seen.get(c) ?? seen.set(c, new Set()).get(c)!).add(n);
  for (const c of gwFile.codes) {
    if (seen.has(c.gw) && !seen.get(c.gw)!.has(c.ucdp)) throw new Error(`gleditsch-ward.json: UCDP never lists ${c.gw} beside "${c.ucdp}"`);
  }
  const explicit = new Map(merges.merge.map((m) => [m.ucdp, m.id]));
  const owners = formsIndex(reg);
  const merged = new Map<number, string>();
  let added = 0;
  for (const a of actors.filter(isArmedGroup)) {
    let target: Draft | undefined;
    const forced = explicit.get(a.ActorId);
    if (forced) {
      target = reg.get(forced);
      if (!target) throw new Error(`ucdp-merge.json: ${a.ActorId} names no entity (${forced})`);
    } else {
      // Same name as an organisation the pack has: one entity. Only the group's own names count: the English
      // translations are descriptions two groups may share (Indonesia's Darul Islam is also an "Islamic State").
      const hits = new Set<string>();
      for (const n of [a.NameData, a.NameOrig, a.NameOrigFull].filter((x): x is string => !!x)) {
        // Acronyms never: "CPI" is also the ICC in French and Italian, "OAS" the Organisation armée secrète.
        if (!/\p{Ll}/u.test(n)) continue;
        for (const id of owners.get(normaliseAlias(n)) ?? []) if (reg.get(id)?.type === 'organization') hits.add(id);
      }
      if (hits.size === 1) target = reg.get([...hits][0]!);
      if (target) notes.push(`UCDP ${a.ActorId} ${a.NameData} is ${target.id} (same name)`);
      else if (hits.size > 1) notes.push(`UCDP ${a.ActorId} ${a.NameData} matches ${[...hits].sort().join(', ')}: kept apart`);
    }
    const countries = activeCountries(a, gw, idx);
    const d = target ?? reg.ensure(`ucdp-${a.ActorId}`, 'organization');
    if (target) merged.set(a.ActorId, target.id);
    else {
      added++;
      const full = [a.NameOrigFullEng, a.NameOrigFull].find((n) => n && usableName(n) && !isWeakName(n));
      // The matcher reads every label as a name: a bare short acronym would come back that way, so it is qualified.
      const plain = !isWeakName(a.NameData) ? a.NameData : full ? `${full} (${a.NameData})` : ambiguousAcronym(a.NameData) ? `${a.NameData} (UCDP)` : a.NameData;
      // A Brazilian gang called "Estados Unidos": a label another entity answers to would take its name.
      const label = owners.has(normaliseAlias(plain)) ? `${plain} (UCDP)` : plain;
      reg.label(d, Object.fromEntries(LANGS.map((l) => [l, label])));
      // A label links as a strong name unless it is also weak: a weak short name keeps the label weak too.
      if (isWeakName(label)) for (const l of LANGS) reg.alias(d, l, [label], true);
      reg.describe(d, describeArmedGroup(countries.map((id) => reg.get(id)?.labels ?? {})));
    }
    const add = (forms: string[], langs: readonly Lang[]) => {
      for (const f of forms) {
        if (!usableName(f) || ambiguousAcronym(f)) continue;
        // A form another entity already answers to stays theirs: a new group must not make "Georgia" or a person's name ambiguous.
        const others = [...(owners.get(normaliseAlias(f)) ?? [])].filter((id) => id !== d.id);
        if (others.length) continue;
        for (const l of langs) reg.alias(d, l, [f], isWeakName(f));
      }
    };
    add(originalNames(a), LANGS);
    add(englishNames(a), ['en']);
    for (const c of countries) reg.fact(d, { p: 'activeIn', v: c, ref: true, src: UCDP, asOf: UCDP_AS_OF });
    reg.fact(d, { p: 'ucdpId', v: a.ActorId, src: UCDP, asOf: UCDP_AS_OF });
  }
  return { added, merged };
}

/** The build's entry: reads UCDP and the two curated tables, then adds the armed groups. */
export function addUcdp(reg: Registry, idx: CountryIndex, kbDir: string, curatedDir: string): UcdpBuild {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(curatedDir, name), 'utf8'));
  const gw = parseCurated(GwFile, read('gleditsch-ward.json'), 'gleditsch-ward.json');
  const merges = parseCurated(UcdpMergeFile, read('ucdp-merge.json'), 'ucdp-merge.json');
  return buildUcdp(reg, idx, readUcdp(kbDir), gw, merges, reg.notes);
}
