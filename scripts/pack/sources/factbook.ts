// Reads the Factbook extract and, for population/area/ISO, the full profiles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities, parseEnglishDate } from '../text.ts';

export interface FactbookCountry {
  gec: string;
  region: string;
  name?: string;
  longName?: string;
  capital?: string;
  chiefOfState?: string;
  headOfGovernment?: string;
  governmentType?: string;
  orgs: { code: string; status?: string }[];
  envParty: string[];
  envSigned: string[];
  /** From the profile's "Internet country code": the ISO 3166 code for almost every country. */
  tld?: string;
  population?: { n: number; note?: string };
  areaKm2?: number;
}

type Raw = Record<string, string | null | undefined>;

const clean = (s: string | null | undefined): string | undefined => {
  if (!s) return undefined;
  const t = decodeEntities(s).trim();
  return t === '' || t.toLowerCase() === 'none' ? undefined : t;
};

const list = (s: string | null | undefined) =>
  (clean(s) ?? '').split(',').map((x) => x.trim()).filter(Boolean);

function parseOrgs(s: string | null | undefined) {
  return list(s).map((item) => {
    const m = /^(.+?)\s*\((.+)\)$/.exec(item);
    return m ? { code: (m[1] ?? '').trim(), status: (m[2] ?? '').trim() } : { code: item };
  });
}

const num = (s: string) => Number(s.replace(/,/g, ''));

function readProfile(dir: string, gec: string, region: string): Pick<FactbookCountry, 'tld' | 'population' | 'areaKm2'> {
  const file = join(dir, region, `${gec}.json`);
  if (!existsSync(file)) return {};
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const tldText: string | undefined = p?.Communications?.['Internet country code']?.text;
  const tld = tldText ? /\.([a-z]{2})\b/.exec(tldText)?.[1] : undefined;
  const popText: string | undefined = p?.['People and Society']?.Population?.total?.text ?? p?.['People and Society']?.Population?.text;
  const popM = popText ? /^([\d,]+)(?:\s*\(([^)]*)\))?/.exec(popText) : null;
  const area = p?.Geography?.Area;
  const areaText: string | undefined = area?.['total ']?.text ?? area?.total?.text;
  const areaM = areaText ? /^([\d,]+) sq km/.exec(areaText) : null;
  return {
    tld,
    population: popM ? { n: num(popM[1] ?? ''), note: popM[2] } : undefined,
    areaKm2: areaM ? num(areaM[1] ?? '') : undefined,
  };
}

export function readFactbook(kbDir: string): FactbookCountry[] {
  const extract: Raw[] = JSON.parse(readFileSync(join(kbDir, 'factbook-extract.json'), 'utf8'));
  const profiles = join(kbDir, 'factbook');
  const regions = new Set(readdirSync(profiles));
  return extract.map((r) => ({
    gec: r.gec ?? '',
    region: r.region ?? '',
    name: clean(r.name),
    longName: clean(r.long_name),
    capital: clean(r.capital),
    chiefOfState: clean(r.chief_of_state),
    headOfGovernment: clean(r.head_of_government),
    governmentType: clean(r.government_type),
    orgs: parseOrgs(r.intl_org_participation),
    envParty: list(r.env_agreements_party_to),
    envSigned: list(r.env_agreements_signed_not_ratified),
    ...(r.gec && r.region && regions.has(r.region) ? readProfile(profiles, r.gec, r.region) : {}),
  }));
}

export interface FactbookHolder {
  title: string;
  /** As written, surname in capitals: "Vladimir Vladimirovich PUTIN". */
  raw: string;
  name: string;
  surname?: string;
  since?: string;
}

// Words that belong to an office title rather than to a name.
const TITLE_WORDS = new Set(
  ('president prime minister premier king queen sultan amir emir chancellor supreme leader interim acting transitional transition ' +
    'caretaker pope prince grand duke federal chairman chairperson chair of the and crown co-vice vice sovereign council ' +
    'commander-in-chief armed forces sudanese governor general chief executive state taoiseach captains captain regent ' +
    'co-chiefs lord mann presidential leadership head government overall taliban cabinet ministers national safeguard homeland ' +
    'cnsp druk gyalpo emperor secretary foreign political affairs for swiss confederation deputy first').split(' '),
);
const HONORIFICS = new Set(['sir', 'dr.', 'capt.', 'col.', 'gen.', 'sr.', 'lt.', 'maj.', 'gen', 'ratu', 'sheikh']);

const isCapsToken = (t: string) => /\p{Lu}{2,}/u.test(t) && !/\p{Ll}{2,}.*\p{Lu}{2,}$/u.test(t) && t.replace(/[^\p{L}]/gu, '') !== '';

/** Parses "President Vladimir Vladimirovich PUTIN (since 7 May 2012)"; undefined when the text has no clear holder. */
export function parseHolder(text: string | undefined): FactbookHolder | undefined {
  if (!text) return undefined;
  const m = /^([^;(]+?)\s*\(since ([^);]+?)(?:[;,][^)]*)?\)/.exec(text);
  if (!m) return undefined;
  const tokens = (m[1] ?? '').split(/\s+/);
  // An acronym right before a title word qualifies the title ("GNU Interim Prime Minister"), it is not the holder's name.
  const capsIdx = tokens.findIndex(
    (t, i) => /\p{Lu}{2,}/u.test(t) && !TITLE_WORDS.has(t.toLowerCase()) && t.toLowerCase() !== 'cnsp' && !TITLE_WORDS.has((tokens[i + 1] ?? '').toLowerCase()),
  );
  if (capsIdx < 0 || !isCapsToken(tokens[capsIdx] ?? '')) return undefined;
  let start = capsIdx;
  const lower = (i: number) => (tokens[i] ?? '').toLowerCase();
  while (start > 0 && !TITLE_WORDS.has(lower(start - 1)) && !HONORIFICS.has(lower(start - 1))) start--;
  const title = tokens
    .slice(0, start)
    .filter((t) => !HONORIFICS.has(t.toLowerCase()))
    .join(' ');
  const nameTokens = tokens.slice(start).filter((t) => !HONORIFICS.has(t.toLowerCase()) && t !== 'Jr.' && t !== 'Jr');
  const titled = (t: string) => (/^[IVX]+$/.test(t) ? t : /\p{Lu}{2,}/u.test(t) ? t.replace(/\p{L}[\p{L}'’]*/gu, (w) => (/\p{Lu}{2,}/u.test(w) ? w.slice(0, 1) + w.slice(1).toLowerCase() : w)) : t);
  const name = nameTokens.map(titled).join(' ').replace(/,$/, '');
  let capsEnd = capsIdx + 1;
  while (capsEnd < tokens.length && isCapsToken(tokens[capsEnd] ?? '') && !/^[IVX]+$/.test(tokens[capsEnd] ?? '')) capsEnd++;
  const capsWord = tokens.slice(capsIdx, capsEnd).join(' ').replace(/,$/, '');
  const regnal = nameTokens.some((t) => /^[IVX]+$/.test(t));
  return {
    title: title || 'Head',
    raw: m[1] ?? '',
    name,
    surname: regnal ? undefined : titled(capsWord),
    since: parseEnglishDate(m[2] ?? ''),
  };
}
