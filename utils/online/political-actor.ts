import type { EntityType } from '../pack/schema';
import { entityIdOf, type Statement, type Term, timeOf, type WikidataEntity } from './schemas';

/*
 * Whether a Wikidata item is a political actor in the sense (a human who holds or held a
 * political position, a state, an international organisation, an armed organisation, a treaty),
 * read from its own claims alone. Only direct P31 ("instance of") values are compared with the
 * table below: following P279 ("subclass of") would cost a request per class, and the classes
 * listed are the ones Wikidata's items of these kinds carry directly. An item typed only by a
 * narrower class (a specific kind of militia, say) is not recognised: the online layer errs
 * towards highlighting nothing rather than something wrong.
 */

export type ActorKind = 'person' | 'state' | 'international-organization' | 'armed-organization' | 'treaty';

/** Instance-of classes, each a well-known Wikidata item; a kind may have several. */
export const ACTOR_CLASSES: readonly { qid: string; name: string; kind: ActorKind }[] = [
  { qid: 'Q5', name: 'human', kind: 'person' },
  { qid: 'Q6256', name: 'country', kind: 'state' },
  { qid: 'Q3624078', name: 'sovereign state', kind: 'state' },
  { qid: 'Q7275', name: 'state', kind: 'state' },
  { qid: 'Q15634554', name: 'state with limited recognition', kind: 'state' },
  // The USSR, Yugoslavia and the like: still named as actors in news and history pieces.
  { qid: 'Q3024240', name: 'historical country', kind: 'state' },
  { qid: 'Q484652', name: 'international organization', kind: 'international-organization' },
  { qid: 'Q245065', name: 'intergovernmental organization', kind: 'international-organization' },
  { qid: 'Q1127126', name: 'military alliance', kind: 'international-organization' },
  { qid: 'Q17149090', name: 'armed organization', kind: 'armed-organization' },
  { qid: 'Q45295908', name: 'military organization', kind: 'armed-organization' },
  { qid: 'Q176799', name: 'military unit', kind: 'armed-organization' },
  { qid: 'Q131569', name: 'treaty', kind: 'treaty' },
  { qid: 'Q625298', name: 'peace treaty', kind: 'treaty' },
];

/** Properties read (Wikidata's own ids). */
export const P = {
  instanceOf: 'P31',
  positionHeld: 'P39',
  startTime: 'P580',
  endTime: 'P582',
} as const;

/** The pack's entity type for each kind, so an online actor is highlighted and carded like a pack one. */
export const ENTITY_TYPE_OF: Record<ActorKind, EntityType> = {
  person: 'person',
  state: 'country',
  'international-organization': 'organization',
  'armed-organization': 'organization',
  treaty: 'treaty',
};

export interface Position {
  /** The office's QID (P39's value). */
  office: string;
  start?: string;
  end?: string;
  /** Held on `today` (no end, or an end after it; no start, or a start on or before it). */
  current: boolean;
}

export interface LocalText {
  text: string;
  lang: string;
}

export interface PoliticalActor {
  qid: string;
  kind: ActorKind;
  type: EntityType;
  /** The instance-of classes that made it one. */
  classes: string[];
  label: LocalText;
  description?: LocalText;
  /** Humans: every position held, newest first. Empty for other kinds. */
  positions: Position[];
  /** The Wikipedia page to ask for a summary, in the first language that has one. */
  sitelink?: { lang: string; title: string };
}

export interface ClassifyOptions {
  /** The reader's UI language. */
  uiLang: string;
  /** The article's language, when known. */
  articleLang?: string | null;
  /** "YYYY-MM-DD", for which positions are current. */
  today: string;
}

/** The languages to read labels in, best first: the UI's, then the article's, then English. */
export function languageChain(uiLang: string, articleLang?: string | null): string[] {
  return [...new Set([uiLang, articleLang, 'en'].filter((l): l is string => !!l))];
}

/** A statement counts unless the community marked it wrong (deprecated). */
const live = (s: Statement) => s.rank !== 'deprecated';

function claims(entity: WikidataEntity, property: string): Statement[] {
  return (entity.claims?.[property] ?? []).filter(live);
}

function pick(terms: Record<string, Term> | undefined, langs: readonly string[]): LocalText | undefined {
  if (!terms) return undefined;
  for (const lang of langs) {
    const t = terms[lang];
    if (t?.value) return { text: t.value, lang: t.language || lang };
  }
  return undefined;
}

/** Dates as the pack writes them compare as strings once both are cut to the shorter one's precision. */
function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

function positionsOf(entity: WikidataEntity, today: string): Position[] {
  const out: Position[] = [];
  for (const s of claims(entity, P.positionHeld)) {
    const office = entityIdOf(s.mainsnak);
    if (!office) continue;
    const startSnak = s.qualifiers?.[P.startTime]?.[0];
    const endSnak = s.qualifiers?.[P.endTime]?.[0];
    const start = timeOf(startSnak);
    const end = timeOf(endSnak);
    // A recorded end not after today (at the coarser of the two precisions) means the office was left;
    // so does an end of unknown date ("somevalue"); "novalue" says it never ended, and a later end is scheduled.
    const ended = end !== undefined ? onOrBefore(end, today) : endSnak?.snaktype === 'somevalue';
    const started = start === undefined || onOrBefore(start, today);
    out.push({ office, ...(start ? { start } : {}), ...(end ? { end } : {}), current: started && !ended });
  }
  return out.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
}

/**
 * The political actor an entity is, or null. A human counts only with at least one position held
 * (P39): that property is for offices and mandates, so it is the claim that separates a politician
 * from any other person of the same name.
 */
export function politicalActor(entity: WikidataEntity, opts: ClassifyOptions): PoliticalActor | null {
  if (!/^Q[1-9]\d*$/.test(entity.id)) return null;
  const types = new Set(claims(entity, P.instanceOf).map((s) => entityIdOf(s.mainsnak)).filter((q): q is string => !!q));
  const matched = ACTOR_CLASSES.filter((c) => types.has(c.qid));
  if (!matched.length) return null;
  // One kind per item: the table's order decides (an item typed both "country" and "military alliance" is a state).
  const kind = matched[0]!.kind;
  const positions = kind === 'person' ? positionsOf(entity, opts.today) : [];
  if (kind === 'person' && !positions.length) return null;

  const langs = languageChain(opts.uiLang, opts.articleLang);
  const label = pick(entity.labels, langs) ??
    // No label in any language asked for: any label beats a bare QID on a card.
    pick(entity.labels, Object.keys(entity.labels ?? {})) ?? { text: entity.id, lang: 'en' };
  const description = pick(entity.descriptions, langs);
  let sitelink: PoliticalActor['sitelink'];
  for (const lang of langs) {
    const link = entity.sitelinks?.[`${lang.replace(/-/g, '_')}wiki`];
    if (link?.title) {
      sitelink = { lang, title: link.title };
      break;
    }
  }
  return {
    qid: entity.id,
    kind,
    type: ENTITY_TYPE_OF[kind],
    classes: matched.filter((c) => c.kind === kind).map((c) => c.qid),
    label,
    ...(description ? { description } : {}),
    positions,
    ...(sitelink ? { sitelink } : {}),
  };
}
