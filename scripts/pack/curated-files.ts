// The schemas of the hand-edited files in data/curated, and what the build derives from their rows
// (descriptions and generic descriptions from a category, a person's weak surname, facts from columns).
import { z } from 'zod';
import { EntityType, IsoDate, LANGS, Qid, Source, type Lang } from '../../utils/pack/schema.ts';
import type { CountriesFile } from './countries.ts';
import type { CuratedFact, CuratedOrg, CuratedTreaty } from './curated.ts';
import type { CuratedPerson, CuratedTerm, PeopleFile } from './people.ts';
import type { PerLang } from './registry.ts';
import type { SeatsFile } from './seats.ts';
import { readCsvFile, readJsonFile, readJsonFileWithLines } from './curated-io.ts';

const Text = z.string().min(1);
const perLang = <T extends z.ZodType>(t: T) => z.partialRecord(z.enum(LANGS), t);
const Names = perLang(z.array(Text));
// The five languages the pack was built for are required; Portuguese and Russian are optional until every row has them
// (the build falls back to English for a missing one, and pack:report counts what is missing).
const AllLangs = z.object({ en: Text, it: Text, fr: Text, de: Text, es: Text, pt: Text.optional(), ru: Text.optional() }).strict();
/** One list for all five languages, or one per language. */
const Forms = z.union([z.array(Text), Names]);

const Fact = z
  .object({
    p: Text,
    v: z.union([z.string(), z.number()]),
    ref: z.boolean().optional(),
    q: z.string().optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    src: Text.optional(),
  })
  .strict();
const SourcedFact = Fact.extend({ src: Text });

export const OrgCategory = z.enum(['igo', 'un', 'unagency', 'eu', 'forum', 'alliance', 'court', 'regional', 'bank', 'armed']);
export const TreatyCategory = z.enum(['arms', 'defence', 'peace', 'eu', 'climate', 'trade', 'law', 'partnership', 'nuclear-deal', 'armistice', 'charter', 'security']);

/** categories.json: the description (and, for treaties, the generic descriptions) each category gives its entries. */
export const CategoriesFile = z
  .object({
    organization: z.record(OrgCategory, AllLangs),
    treaty: z.record(TreatyCategory, z.object({ desc: AllLangs, generic: Names.optional() }).strict()),
  })
  .strict();
export type Categories = z.infer<typeof CategoriesFile>;

const Entry = {
  id: z.string().regex(/^(bs-[a-z0-9-]+|Q[1-9]\d*)$/, 'expected a bs- slug or a QID'),
  qid: Qid.optional(),
  labels: AllLangs,
  /** Overrides the category's description when it would misdescribe the entry. */
  desc: AllLangs.optional(),
  aliases: Names.optional(),
  weakAliases: Names.optional(),
  /** Source of the entry's own facts. */
  src: Text,
};

export const OrgRow = z
  .object({
    ...Entry,
    category: OrgCategory,
    factbook: z.array(Text).optional(),
    facts: z.array(Fact).optional(),
    membershipChanges: z
      .array(z.object({ country: Text, from: IsoDate.optional(), to: IsoDate.optional(), src: Text }).strict().refine((c) => c.from || c.to, 'a membership change needs from or to'))
      .optional(),
  })
  .strict();
export const TreatyRow = z
  .object({
    ...Entry,
    category: TreatyCategory,
    generic: Names.optional(),
    /** false: the category's generic descriptions do not apply (a plurilateral treaty they would misresolve). */
    categoryGeneric: z.literal(false).optional(),
    huggo: Text.optional(),
    factbookEnv: Text.optional(),
    parties: z.array(Text).optional(),
    partiesOf: Text.optional(),
    facts: z.array(Fact).optional(),
    summary: AllLangs,
  })
  .strict();
export type OrgRow = z.infer<typeof OrgRow>;
export type TreatyRow = z.infer<typeof TreatyRow>;

export const ROLES = ['headOfState', 'headOfGovernment', 'foreignMinister', 'head', 'office'] as const;

export const PersonRow = z
  .object({
    /** The person's name as the tables know them; office-terms.csv refers to it. */
    name: Text,
    qid: Qid.optional(),
    /** Only where a description is worded by gender (ministers, regional leaders). */
    gender: z.enum(['m', 'f']).optional(),
    labels: perLang(Text).optional(),
    aliases: Forms.optional(),
    weak: Forms.optional(),
    /** false: the last word of the name is not added as a weak alias (a common word, or listed by hand). */
    surname: z.literal(false).optional(),
    desc: AllLangs.optional(),
    /** Party as written in the person's country (a literal fact). */
    party: Text.optional(),
    /** ISO alpha-2 or entity id: for people with no office in the pack. */
    country: Text.optional(),
    /** Source of `party` and `country`. */
    factSrc: Text.optional(),
  })
  .strict()
  .refine((p) => !(p.party || p.country) || p.factSrc, { message: 'party and country need factSrc', path: ['factSrc'] });
export type PersonRow = z.infer<typeof PersonRow>;

export const TERM_COLUMNS = ['person', 'of', 'role', 'office', 'from', 'to', 'src'] as const;
const optionalDate = z.union([z.literal(''), IsoDate]);
export const TermRow = z.object({
  person: Text,
  of: z.string().regex(/^([A-Z]{2}|bs-[a-z0-9-]+|Q[1-9]\d*)$/, 'expected an ISO alpha-2 code or an entity id'),
  role: z.enum(ROLES),
  office: Text,
  from: optionalDate,
  to: optionalDate,
  src: Text,
});

export const PeopleRulesFile = z
  .object({
    roleWords: z.record(z.enum(ROLES), AllLangs),
    former: AllLangs,
    surnameStop: z.array(Text),
    factbookSkip: z.array(z.object({ gec: Text, role: z.enum(ROLES), reason: Text }).strict()),
  })
  .strict();

/**
 * office-titles.json: one row per office title, matched as a prefix of the office's
 * folded English title in file order. `desc`: the word a person's description uses;
 * `regnal`: a title that also names its holder ("King Charles III", "re Carlo").
 */
export const OfficeTitleRow = z
  .object({
    office: Text,
    words: AllLangs,
    /** "anywhere": matched as a whole phrase anywhere in the title ("Crown Prince and Prime Minister"). */
    match: z.enum(['prefix', 'anywhere']).optional(),
    desc: z.literal(false).optional(),
    regnal: z.literal(true).optional(),
  })
  .strict();
export const OfficeTitlesFile = z.array(OfficeTitleRow);
export type OfficeTitleRow = z.infer<typeof OfficeTitleRow>;

const Capital = z.object({ id: Qid.optional(), en: Text.optional(), labels: perLang(Text).optional(), aliases: Names.optional(), weakAliases: Names.optional() }).strict();
export const CountriesSchema = z
  .object({
    gecToIso: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
    wikidataNames: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
    qids: z.record(z.string(), Qid),
    extra: z.array(z.string().regex(/^[A-Z]{2}$/)),
    regions: z.record(z.string(), AllLangs),
    countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.object({ labels: perLang(Text).optional(), aliases: Names.optional(), weakAliases: Names.optional(), desc: perLang(Text).optional() }).strict()),
    capitals: z.record(z.string().regex(/^[A-Z]{2}$/), Capital),
  })
  .strict();

export const SeatsSchema = z.object({
  seats: z.array(
    z.object({ id: Text, of: z.string().regex(/^[A-Z]{2}$/), labels: perLang(Text), aliases: Names.optional(), weakAliases: Names.optional(), desc: perLang(Text), seatOf: Text.optional(), src: Text }).strict(),
  ),
}).strict();

export const OverlaySchema = z.object({
  entities: z.array(
    z
      .object({
        id: Text,
        type: EntityType,
        qid: Qid.optional(),
        labels: perLang(Text).optional(),
        aliases: Names.optional(),
        weakAliases: Names.optional(),
        desc: perLang(Text).optional(),
        metonymOf: Text.optional(),
        facts: z.array(SourcedFact).optional(),
      })
      .strict(),
  ),
}).strict();
export type OverlayEntity = z.infer<typeof OverlaySchema>['entities'][number];

export const SourcesSchema = z.object({ sources: z.array(Source.strict()) }).strict();

const everyLang = <T>(f: (l: Lang) => T): Record<Lang, T> => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
const perLangForms = (forms: string[] | PerLang<string[]> | undefined): PerLang<string[]> | undefined =>
  Array.isArray(forms) ? everyLang(() => [...forms]) : forms;

export function orgFromRow(r: OrgRow, cats: Categories): CuratedOrg {
  const { category, desc, ...rest } = r;
  return { ...rest, desc: desc ?? cats.organization[category]! } as CuratedOrg;
}

/** A treaty's generic descriptions: its own first, then its category's unless it opts out. */
export function treatyFromRow(r: TreatyRow, cats: Categories): CuratedTreaty {
  const { category, desc, generic, categoryGeneric, ...rest } = r;
  const cat = cats.treaty[category]!;
  const g: PerLang<string[]> = {};
  for (const l of LANGS) {
    const forms = [...(generic?.[l] ?? []), ...(categoryGeneric === false ? [] : (cat.generic?.[l] ?? []))];
    if (forms.length) g[l] = forms;
  }
  return { ...rest, desc: desc ?? cat.desc, ...(Object.keys(g).length ? { generic: g } : {}), facts: rest.facts as CuratedFact[] | undefined } as CuratedTreaty;
}

/**
 * The weak forms of a person: the listed ones, then the last word of a
 * multi-word name ("Sunak"), which links only with context, unless the row
 * says `surname: false` or the form is already strong for the person.
 */
export function personWeak(r: PersonRow): PerLang<string[]> | undefined {
  const listed = perLangForms(r.weak);
  const strong = perLangForms(r.aliases);
  const surname = r.surname !== false && r.name.includes(' ') ? r.name.split(' ').at(-1) : undefined;
  const out: PerLang<string[]> = {};
  for (const l of LANGS) {
    const forms = [...(listed?.[l] ?? [])];
    if (surname && !(strong?.[l] ?? []).includes(surname)) forms.push(surname);
    if (forms.length) out[l] = forms;
  }
  return Object.keys(out).length ? out : undefined;
}

export function personFromRow(r: PersonRow, terms: CuratedTerm[]): CuratedPerson {
  const p: CuratedPerson = { name: r.name, terms };
  if (r.qid) p.qid = r.qid;
  if (r.labels) p.labels = r.labels;
  const aliases = perLangForms(r.aliases);
  if (aliases) p.aliases = aliases;
  const weak = personWeak(r);
  if (weak) p.weakAliases = weak;
  if (r.desc) p.desc = r.desc;
  const facts: CuratedFact[] = [];
  if (r.party) facts.push({ p: 'party', v: r.party, src: r.factSrc });
  if (r.country) facts.push({ p: 'country', v: r.country, ref: true, src: r.factSrc });
  if (facts.length) p.facts = facts;
  return p;
}

export interface CuratedData {
  countries: CountriesFile;
  seats: SeatsFile;
  organizations: CuratedOrg[];
  treaties: CuratedTreaty[];
  historical: OverlayEntity[];
  overlay: OverlayEntity[];
  people: PeopleFile;
  titles: OfficeTitleRow[];
  sources: Source[];
}

/** Reads and checks every curated file the build itself reads (the other sources read their own). */
export function readCurated(dir: string): CuratedData {
  const sources = readJsonFile(dir, 'sources.json', SourcesSchema).sources;
  const known = new Set(sources.map((s) => s.id));
  const cats = readJsonFile(dir, 'categories.json', CategoriesFile);
  const organizations = readJsonFile(dir, 'organizations.json', z.array(OrgRow)).map((r) => orgFromRow(r, cats));
  const treaties = readJsonFile(dir, 'treaties.json', z.array(TreatyRow)).map((r) => treatyFromRow(r, cats));
  const { data: rows, line } = readJsonFileWithLines(dir, 'people.json', z.array(PersonRow));
  const names = new Map<string, number>();
  rows.forEach((r, i) => {
    // Terms refer to a person by name, so a name names one row.
    if (names.has(r.name)) throw new Error(`people.json:${line([i])}: ${r.name} is already listed at line ${line([names.get(r.name)!])}`);
    names.set(r.name, i);
  });
  const terms = new Map<string, CuratedTerm[]>();
  for (const t of readCsvFile(dir, 'office-terms.csv', TermRow, TERM_COLUMNS)) {
    if (!names.has(t.person)) throw new Error(`office-terms.csv:${t.line}: ${t.person} is not in people.json`);
    if (!known.has(t.src)) throw new Error(`office-terms.csv:${t.line}: source ${t.src} is not in sources.json`);
    const term: CuratedTerm = { of: t.of, role: t.role, office: t.office, src: t.src };
    if (t.from) term.from = t.from;
    if (t.to) term.to = t.to;
    if (!terms.has(t.person)) terms.set(t.person, []);
    terms.get(t.person)!.push(term);
  }
  const titles = readJsonFile(dir, 'office-titles.json', OfficeTitlesFile);
  const rules = readJsonFile(dir, 'people-rules.json', PeopleRulesFile);
  const people: PeopleFile = { ...rules, titles, people: rows.map((r) => personFromRow(r, terms.get(r.name) ?? [])) };
  return {
    countries: readJsonFile(dir, 'countries.json', CountriesSchema) as CountriesFile,
    seats: readJsonFile(dir, 'seats.json', SeatsSchema) as SeatsFile,
    organizations,
    treaties,
    historical: readJsonFile(dir, 'historical.json', OverlaySchema).entities,
    overlay: readJsonFile(dir, 'overlay.json', OverlaySchema).entities,
    people,
    titles,
    sources,
  };
}
