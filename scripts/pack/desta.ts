// Trade, association and partnership agreements from DESTA: the EU's with third countries, and the G20 states' bilateral ones.
import iso from 'i18n-iso-countries';
import { LANGS, type Lang } from '../../utils/pack/schema.ts';
import type { CountryIndex } from './countries.ts';
import type { Draft, Registry } from './registry.ts';
import { DESTA, DESTA_AS_OF, readDesta, type DestaAgreement } from './sources/desta.ts';

export const EU_ID = 'Q458';
export const G20_ID = 'bs-org-g20';

export type AgreementType = 'fta' | 'association' | 'saa' | 'epa' | 'partnership' | 'cooperation' | 'trade';

/** The type an agreement's DESTA name states; most names state none, and DESTA lists preferential trade agreements only. */
export function agreementType(name: string): AgreementType {
  if (/\bSAA\b|Stabili[sz]ation and Association/i.test(name)) return 'saa';
  if (/Association Agreement|Europe Agreement/i.test(name)) return 'association';
  if (/\bEPA\b|Economic Partnership/i.test(name)) return 'epa';
  if (/Partnership|\bCEPA\b/i.test(name)) return 'partnership';
  if (/Cooperation Agreement/i.test(name)) return 'cooperation';
  if (/Free Trade|\bFTA\b/i.test(name)) return 'fta';
  return 'trade';
}

/** The type's name (the card's value, as the pack states it) and its wording per language. */
export const TYPE_NAMES: Record<AgreementType, Record<Lang, string>> = {
  fta: { en: 'free trade agreement', it: 'accordo di libero scambio', fr: 'accord de libre-échange', de: 'Freihandelsabkommen', es: 'tratado de libre comercio', pt: 'acordo de livre comércio', ru: 'соглашение о свободной торговле' },
  association: { en: 'association agreement', it: 'accordo di associazione', fr: "accord d'association", de: 'Assoziierungsabkommen', es: 'acuerdo de asociación', pt: 'acordo de associação', ru: 'соглашение об ассоциации' },
  saa: {
    en: 'stabilisation and association agreement', it: 'accordo di stabilizzazione e associazione', fr: "accord de stabilisation et d'association",
    de: 'Stabilisierungs- und Assoziierungsabkommen', es: 'acuerdo de estabilización y asociación',
    pt: 'acordo de estabilização e associação', ru: 'соглашение о стабилизации и ассоциации',
  },
  epa: { en: 'economic partnership agreement', it: 'accordo di partenariato economico', fr: 'accord de partenariat économique', de: 'Wirtschaftspartnerschaftsabkommen', es: 'acuerdo de asociación económica', pt: 'acordo de parceria económica', ru: 'соглашение об экономическом партнёрстве' },
  partnership: { en: 'partnership agreement', it: 'accordo di partenariato', fr: 'accord de partenariat', de: 'Partnerschaftsabkommen', es: 'acuerdo de asociación', pt: 'acordo de parceria', ru: 'соглашение о партнёрстве' },
  cooperation: { en: 'cooperation agreement', it: 'accordo di cooperazione', fr: 'accord de coopération', de: 'Kooperationsabkommen', es: 'acuerdo de cooperación', pt: 'acordo de cooperação', ru: 'соглашение о сотрудничестве' },
  trade: { en: 'trade agreement', it: 'accordo commerciale', fr: 'accord commercial', de: 'Handelsabkommen', es: 'acuerdo comercial', pt: 'acordo comercial', ru: 'торговое соглашение' },
};

/**
 * The phrases a journalist uses for an agreement of the type, resolved only by its parties named around them.
 * Free trade and economic partnership agreements are trade agreements too; association agreements are more.
 */
export function genericPhrases(t: AgreementType): Record<Lang, string[]> {
  const extra: Partial<Record<AgreementType, Record<Lang, string[]>>> = {
    fta: { en: ['free-trade agreement', 'free trade deal'], it: ['accordo di libero commercio'], fr: ['accord de libre échange'], de: [], es: ['acuerdo de libre comercio', 'tratado de libre comercio'], pt: ['acordo de livre-comércio', 'tratado de livre comércio', 'acordo de comércio livre'], ru: ['соглашение о зоне свободной торговли'] },
    saa: { en: ['association agreement', 'stabilization and association agreement'], it: ['accordo di associazione'], fr: ["accord d'association"], de: ['Assoziierungsabkommen'], es: ['acuerdo de asociación'], pt: ['acordo de associação'], ru: ['соглашение об ассоциации'] },
  };
  const trade = t === 'fta' || t === 'epa' || t === 'trade';
  return Object.fromEntries(
    LANGS.map((l) => [l, [...new Set([TYPE_NAMES[t][l], ...(extra[t]?.[l] ?? []), ...(trade ? [TYPE_NAMES.trade[l], ...(l === 'en' ? ['trade deal'] : [])] : [])])]]),
  ) as Record<Lang, string[]>;
}

const EU_SHORT: Record<Lang, string> = { en: 'EU', it: 'UE', fr: 'UE', de: 'EU', es: 'UE', pt: 'UE', ru: 'ЕС' };
const SIGNED: Record<Lang, (y: string) => string> = {
  en: (y) => `signed in ${y}`, it: (y) => `firmato nel ${y}`, fr: (y) => `signé en ${y}`, de: (y) => `unterzeichnet ${y}`, es: (y) => `firmado en ${y}`,
  pt: (y) => `assinado em ${y}`, ru: (y) => `подписано в ${y} году`,
};

/** EC/EU agreements list every member state as a party; the EU's own agreements carry the token in their name. */
export const isEuAgreement = (a: DestaAgreement) => /(^|\s)(EC|EU)(\s|$)/.test(a.name);

export interface DestaSelection {
  agreement: DestaAgreement;
  /** Pack ids of the parties other than the EU's member states (for EU agreements, the EU itself comes first). */
  parties: string[];
}

/**
 * Base treaties of the EU with third countries (DESTA typememb 3 or 4: not the EU's own treaties), and the bilateral
 * ones of the G20 states. A member state is a third party only where the name says so ("EC Greece Association Agreement", 1961).
 */
export function selectAgreements(rows: DestaAgreement[], byNumeric: (code: string) => string | undefined, euMembers: Set<string>, g20: Set<string>, nameOf: (id: string) => string[]): DestaSelection[] {
  const out: DestaSelection[] = [];
  for (const a of rows) {
    if (a.entry_type !== 'base_treaty' || !a.year) continue;
    const ids = [...new Set(a.parties.map(byNumeric).filter((x): x is string => !!x))];
    if (isEuAgreement(a) && (a.typememb === 3 || a.typememb === 4)) {
      const third = ids.filter((id) => !euMembers.has(id) || nameOf(id).some((n) => n.length > 2 && a.name.includes(n)));
      if (third.length) out.push({ agreement: a, parties: [EU_ID, ...third] });
    } else if (a.typememb === 1 && ids.length === 2 && ids.some((id) => g20.has(id))) {
      out.push({ agreement: a, parties: ids });
    }
  }
  return out;
}

const partyKey = (ids: string[]) => [...ids].sort().join('+');

/** A curated treaty with the same parties, signed the same year, is the same agreement. */
function findCurated(reg: Registry, parties: string[], year: string): Draft | undefined {
  const key = partyKey(parties);
  for (const d of reg.drafts.values()) {
    if (d.type !== 'treaty' || d.id.startsWith('desta-')) continue;
    const signed = d.facts.find((f) => f.p === 'signed');
    if (!signed || !String(signed.v).startsWith(year)) continue;
    const ps = [...new Set(d.facts.filter((f) => f.p === 'party').map((f) => String(f.v)))];
    if (partyKey(ps) === key) return d;
  }
  return undefined;
}

export function buildDesta(reg: Registry, idx: CountryIndex, rows: DestaAgreement[]): { added: number; merged: string[] } {
  const byNumeric = (code: string) => {
    const a2 = iso.numericToAlpha2(code.padStart(3, '0'));
    return a2 ? idx.byIso.get(a2) : undefined;
  };
  const eu = reg.get(EU_ID);
  const g20 = reg.get(G20_ID);
  if (!eu || !g20) throw new Error('DESTA needs the EU and the G20 in the pack');
  const members = (d: Draft) => new Set(d.facts.filter((f) => f.p === 'member' && f.ref).map((f) => String(f.v)).filter((id) => reg.get(id)?.type === 'country'));
  const nameOf = (id: string) => [reg.get(id)?.labels.en ?? ''].filter(Boolean);
  const merged: string[] = [];
  let added = 0;
  for (const { agreement: a, parties } of selectAgreements(rows, byNumeric, members(eu), members(g20), nameOf)) {
    const year = a.year!;
    const type = agreementType(a.name);
    const curated = findCurated(reg, parties, year);
    const d = curated ?? reg.ensure(`desta-${a.number}`, 'treaty');
    if (curated) {
      merged.push(`${a.number}→${curated.id}`);
      const force = curated.facts.find((f) => f.p === 'inForce');
      if (force && a.entryforceyear && !String(force.v).startsWith(a.entryforceyear)) reg.notes.push(`${curated.id}: in force ${force.v} vs DESTA ${a.entryforceyear}`);
    } else {
      added++;
      const names = (l: Lang) => parties.map((id) => (id === EU_ID ? EU_SHORT[l] : (reg.get(id)?.labels[l] ?? reg.get(id)?.labels.en ?? id)));
      const who = (l: Lang) => (parties.length <= 3 ? names(l).join('–') : `${names(l).slice(0, 2).join('–')}…`);
      const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
      reg.label(d, {
        en: `${who('en')} ${TYPE_NAMES[type].en} (${year})`,
        it: `${cap(TYPE_NAMES[type].it)} ${who('it')} (${year})`,
        fr: `${cap(TYPE_NAMES[type].fr)} ${who('fr')} (${year})`,
        de: `${TYPE_NAMES[type].de} ${who('de')} (${year})`,
        es: `${cap(TYPE_NAMES[type].es)} ${who('es')} (${year})`,
        pt: `${cap(TYPE_NAMES[type].pt)} ${who('pt')} (${year})`,
        ru: `${cap(TYPE_NAMES[type].ru)} ${who('ru')} (${year})`,
      });
      reg.describe(d, Object.fromEntries(LANGS.map((l) => [l, `${TYPE_NAMES[type][l]}, ${SIGNED[l](year)} (DESTA)`])));
      reg.generic(d, genericPhrases(type));
      // A name DESTA gives in brackets is the agreement's own ("Ankara Agreement"); an acronym alone links only with context.
      const own = /\(([^)]+)\)/.exec(a.name)?.[1];
      if (own && /\s/.test(own.trim())) reg.aliases(d, Object.fromEntries(LANGS.map((l) => [l, [own.trim()]])));
      else if (own && /^[A-Z]{4,}$/.test(own)) reg.aliases(d, Object.fromEntries(LANGS.map((l) => [l, [own]])), true);
      reg.fact(d, { p: 'signed', v: year, src: DESTA, asOf: DESTA_AS_OF });
      // A few rows give an entry into force before the signature (row 1011: 2019 / 2003): one of the two is wrong, the signature is kept.
      if (a.entryforceyear && a.entryforceyear >= year) reg.fact(d, { p: 'inForce', v: a.entryforceyear, src: DESTA, asOf: DESTA_AS_OF });
      else if (a.entryforceyear) reg.notes.push(`DESTA ${a.number}: in force ${a.entryforceyear} before signed ${year}, dropped`);
      for (const p of parties) reg.fact(d, { p: 'party', v: p, ref: true, from: year, src: DESTA, asOf: DESTA_AS_OF });
    }
    reg.fact(d, { p: 'agreementType', v: TYPE_NAMES[type].en, src: DESTA, asOf: DESTA_AS_OF });
    reg.fact(d, { p: 'destaId', v: a.number, src: DESTA, asOf: DESTA_AS_OF });
  }
  supersede(reg);
  return { added, merged };
}

/**
 * Between the same parties, a phrase ("acuerdo comercial" for the EU and Israel) names the newest agreement that uses it:
 * the older ones (1970, 1975) give it up, so the phrase is not a tie the resolver leaves unlinked. An article dated before
 * the newest one still gets nothing rather than a guess.
 */
function supersede(reg: Registry) {
  const year = (d: Draft) => String(d.facts.find((f) => f.p === 'signed')?.v ?? '').slice(0, 4);
  const groups = new Map<string, Draft[]>();
  for (const d of reg.drafts.values()) {
    if (d.type !== 'treaty' || !year(d)) continue;
    const ps = [...new Set(d.facts.filter((f) => f.p === 'party').map((f) => String(f.v)))];
    if (ps.length < 2) continue;
    const k = partyKey(ps);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(d);
  }
  for (const list of groups.values()) {
    for (const d of list) {
      if (!d.id.startsWith('desta-')) continue;
      for (const l of LANGS) {
        const newer = new Set(list.filter((o) => o !== d && year(o) > year(d)).flatMap((o) => o.generic[l].map((g) => g.toLowerCase())));
        d.generic[l] = d.generic[l].filter((g) => !newer.has(g.toLowerCase()));
      }
    }
  }
}

export function addDesta(reg: Registry, idx: CountryIndex, kbDir: string) {
  return buildDesta(reg, idx, readDesta(kbDir));
}
