/**
 * What a card shows, computed from the EntityCard the background returns.
 * Pure (no DOM, no I/O) so every rule here is unit-tested: which facts show
 * for each type, which held on the article's date, and what changed since.
 */
import type { EntityCard, FactView, NoteView, RelationView } from '../messaging/protocol';
import type { EntityType } from '../pack/schema';
import { earliest, latest } from '../pack/timeline';
import { cardStrings, type CardStrings } from './strings';

export interface ValueVM {
  text: string;
  /** Another entity, when the fact names one (its card can be opened). */
  refId?: string;
  /** "2012-05-07 – 2024-05-07", "since 2012", ... */
  when?: string;
  /** Held before the article's date and no longer on it. */
  past?: boolean;
  /** Attribution that must be shown beside this value (HUGGO's dates). */
  credit?: string;
}

export interface RowVM {
  p: string;
  label: string;
  values: ValueVM[];
  /** Values not shown (long membership lists, past holders). */
  more: number;
}

export interface RelationVM {
  id: string;
  type: EntityType;
  label: string;
  /** How it relates, read with the card's entity as subject: "party to", "head of state". */
  relation: string;
  past: boolean;
}

export interface SourceVM {
  title: string;
  url?: string;
  credit?: string;
  asOf: string;
}

export interface CardVM {
  id: string;
  type: EntityType;
  typeLabel: string;
  title: string;
  /** The name in the article's language, when it differs from the title. */
  native?: { label: string; lang: string };
  desc?: string;
  summary?: string;
  date: string | null;
  rows: RowVM[];
  changes: string[];
  relations: RelationVM[];
  sources: SourceVM[];
  notes: NoteView[];
  /** The card's words in the reader's UI language. */
  ui: CardStrings;
}

interface PropSpec {
  /** one: a single value as of the date (its history in "changes"); many: a list. */
  kind: 'one' | 'many';
  /** Values shown before "and N more". */
  limit?: number;
}

/** The facts each type shows, in order. Properties not listed (ISO codes, GEC) stay off the card. */
const PROPS: Record<EntityType, Record<string, PropSpec>> = {
  person: {
    office: { kind: 'many', limit: 6 },
    // Archigos's effective leader of a country: a tenure without an office title, shown with the dataset's credit.
    leader: { kind: 'many', limit: 4 },
    country: { kind: 'one' },
    party: { kind: 'one' },
    memberOf: { kind: 'many', limit: 8 },
    // A seat in a house as EveryPolitician's data give it (house and country, no term): undated, as of the data's date.
    legislatorOf: { kind: 'many', limit: 4 },
  },
  country: {
    capital: { kind: 'one' },
    headOfState: { kind: 'one' },
    headOfGovernment: { kind: 'one' },
    foreignMinister: { kind: 'one' },
    population: { kind: 'one' },
    governmentType: { kind: 'one' },
    memberOf: { kind: 'many', limit: 12 },
    observerOf: { kind: 'many', limit: 6 },
    partyTo: { kind: 'many', limit: 8 },
  },
  organization: {
    head: { kind: 'one' },
    founded: { kind: 'one' },
    headquarters: { kind: 'one' },
    // A force or an organ names what it belongs to: the country whose armed forces it is, the body it is part of.
    armedForcesOf: { kind: 'one' },
    partOf: { kind: 'one' },
    // An armed group's theatres (UCDP).
    activeIn: { kind: 'many', limit: 8 },
    permanentMember: { kind: 'many', limit: 10 },
    member: { kind: 'many', limit: 12 },
    observer: { kind: 'many', limit: 6 },
    partyTo: { kind: 'many', limit: 8 },
  },
  treaty: {
    signed: { kind: 'one' },
    inForce: { kind: 'one' },
    ended: { kind: 'one' },
    status: { kind: 'one' },
    agreementType: { kind: 'one' },
    establishes: { kind: 'one' },
    party: { kind: 'many', limit: 12 },
    signatory: { kind: 'many', limit: 8 },
    depositary: { kind: 'one' },
  },
  place: {
    capitalOf: { kind: 'one' },
    seatOfGovernmentOf: { kind: 'one' },
    // A city standing for an organisation seated there ("Bruxelles" for the EU).
    seatOf: { kind: 'one' },
  },
};

/** Facts whose change after the article's date is worth telling the reader. */
// A treaty signed after the article was still being negotiated on its date: say when it was signed.
const DATE_EVENTS = new Set(['signed', 'inForce', 'ended']);
const CHANGE_PROPS = new Set(['office', 'leader', 'headOfState', 'headOfGovernment', 'foreignMinister', 'head', 'capital', 'status', 'party', 'member', 'memberOf']);

export function span(f: { from?: string; to?: string }, s: CardStrings = cardStrings('en')): string | undefined {
  if (f.from && f.to) return `${f.from} – ${f.to}`;
  if (f.from) return s.since(f.from);
  if (f.to) return s.until(f.to);
  return undefined;
}

/** A property's row label: a treaty's `party` lists its parties, a person's names their party. */
export function propLabel(s: CardStrings, type: EntityType, p: string): string {
  if (type === 'treaty' && p === 'party') return s.props.parties;
  return (s.props as Record<string, string>)[p] ?? p;
}

/** Whether the span held on the date (partial dates count when they may have). */
function heldOn(f: { from?: string; to?: string }, date: string): boolean {
  if (f.from && earliest(f.from) > latest(date)) return false;
  if (f.to && latest(f.to) < earliest(date)) return false;
  return true;
}

function startedAfter(f: { from?: string }, date: string): boolean {
  return !!f.from && earliest(f.from) > latest(date);
}

/** Held on the date and has ended since (its `to` is after the date). */
function endedAfter(f: { from?: string; to?: string }, date: string): boolean {
  return !!f.to && heldOn(f, date) && latest(f.to) > latest(date);
}

function current(f: FactView, date: string | null): boolean {
  if (date) return f.heldOnDate ?? heldOn(f, date);
  return !f.to;
}

function formatValue(f: FactView, uiLang: string): string {
  if (f.p === 'population' && /^\d+$/.test(f.value)) {
    try {
      return new Intl.NumberFormat(uiLang).format(Number(f.value));
    } catch {
      return f.value;
    }
  }
  if (f.p === 'office' && f.q) return officeText(f.q, f.value, uiLang);
  // The house and its country: "Bundestag of Germany", "Bundestag (Germania)"; a house named after its country stays as is.
  if (f.p === 'legislatorOf' && f.q) return officeText(f.q, f.value, uiLang);
  return f.value;
}

/** "President of Russia" / "Presidente (Russia)", or the title alone when it already names the place ("Minister-President of Thuringia" still gets its country). */
export function officeText(q: string, where: string, uiLang: string): string {
  return q.toLocaleLowerCase().includes(where.toLocaleLowerCase()) ? q : cardStrings(uiLang).officeIn(q, where);
}

function valueOf(f: FactView, date: string | null, uiLang: string): ValueVM {
  const when = f.p === 'signed' || f.p === 'inForce' || f.p === 'ended' || f.p === 'founded' ? undefined : span(f, cardStrings(uiLang));
  return {
    text: formatValue(f, uiLang),
    ...(f.refId ? { refId: f.refId } : {}),
    ...(when ? { when } : {}),
    ...(date && !current(f, date) ? { past: true } : {}),
    ...(f.credit ? { credit: f.credit } : {}),
  };
}

/** Most recent first: facts that start later come first, undated last. */
function byRecency(a: FactView, b: FactView): number {
  return earliest(b.from ?? '0000').localeCompare(earliest(a.from ?? '0000'));
}

function rowsFor(card: EntityCard, date: string | null, uiLang: string): RowVM[] {
  const specs = PROPS[card.entity.type];
  const s = cardStrings(uiLang);
  const label = (p: string) => propLabel(s, card.entity.type, p);
  const rows: RowVM[] = [];
  const byP = new Map<string, FactView[]>();
  for (const f of card.facts) {
    const list = byP.get(f.p);
    if (list) list.push(f);
    else byP.set(f.p, [f]);
  }
  // A person's country comes from their offices when no fact states it.
  if (card.entity.type === 'person' && !byP.has('country')) {
    const derived = new Map<string, FactView>();
    for (const f of byP.get('office') ?? []) {
      if (!f.refId || !current(f, date) || derived.has(f.refId)) continue;
      const { from: _from, to: _to, q: _q, heldOnDate: _held, ...rest } = f;
      derived.set(f.refId, { ...rest, p: 'country' });
    }
    if (derived.size) byP.set('country', [...derived.values()]);
  }
  for (const [p, spec] of Object.entries(specs)) {
    const facts = (byP.get(p) ?? []).slice().sort(byRecency);
    if (!facts.length) continue;
    const held = facts.filter((f) => current(f, date));
    if (spec.kind === 'one') {
      // The value(s) on the date; failing that, the latest one known, marked as such.
      const shown = held.length ? held : facts.slice(0, 1);
      rows.push({ p, label: label(p), values: shown.map((f) => valueOf(f, date, uiLang)), more: 0 });
      continue;
    }
    const limit = spec.limit ?? 10;
    // Offices and tenures as leader: a person's past ones are part of who they are; lists of members show only the current ones.
    const pool = p === 'office' || p === 'leader' ? [...held, ...facts.filter((f) => !held.includes(f))] : held;
    const shown = pool.slice(0, limit);
    if (!shown.length) continue;
    rows.push({ p, label: label(p), values: shown.map((f) => valueOf(f, date, uiLang)), more: pool.length - shown.length });
  }
  return rows;
}

/**
 * What changed between the article's date and the pack's knowledge, in
 * words a reader can check: "President (Russia) on 2024-06-01; left office
 * 2024-07-05", "Head of government since 2024-07-05: Keir Starmer".
 */
export function changesSince(card: EntityCard, date: string | null, max = 6, uiLang = 'en'): string[] {
  if (!date) return [];
  const s = cardStrings(uiLang);
  const out: { text: string; at: string }[] = [];
  for (const f of card.facts) {
    // A treaty signed before the article may have come into force, or ended, after it: its status row is today's.
    if (DATE_EVENTS.has(f.p) && /^\d{4}(-\d{2}){0,2}$/.test(f.value) && earliest(f.value) > latest(date)) {
      out.push({ text: s.happenedAfter(propLabel(s, card.entity.type, f.p), f.value), at: f.value });
      continue;
    }
    if (!CHANGE_PROPS.has(f.p)) continue;
    const value = f.p === 'office' && f.q ? officeText(f.q, f.value, uiLang) : f.value;
    const what = f.p === 'office' ? value : `${propLabel(s, card.entity.type, f.p)}: ${value}`;
    if (endedAfter(f, date)) {
      const office = f.p === 'office' || f.p === 'leader' || f.p.startsWith('head') || f.p === 'foreignMinister';
      out.push({ text: s.heldThen(what, date, f.to!, office), at: f.to! });
    } else if (startedAfter(f, date)) {
      out.push({ text: s.startedAfter(what, f.from!), at: f.from! });
    }
  }
  out.sort((a, b) => a.at.localeCompare(b.at));
  return out.slice(0, max).map((x) => x.text);
}

/**
 * Facts that state one relation from both sides: the treaty's `party` and the
 * country's `partyTo`, a country's `headOfState` and the person's `office`.
 * Each names the property on the other side.
 */
const HEADS = ['headOfState', 'headOfGovernment', 'foreignMinister', 'head'];
const INVERSE_OF: Record<string, readonly string[]> = {
  party: ['partyTo'], partyTo: ['party'], member: ['memberOf'], memberOf: ['member', 'permanentMember'],
  permanentMember: ['memberOf'], observer: ['observerOf'], observerOf: ['observer'],
  capital: ['capitalOf'], capitalOf: ['capital'], office: HEADS,
  ...Object.fromEntries(HEADS.map((h) => [h, ['office']])),
};

/**
 * One row per related entity: its wordings on the article's date, or its
 * past ones as "formerly …" when none holds, so a leader's card names their
 * country once, not once per office and per side of the fact.
 */
export function relationsOf(rels: readonly RelationView[] | undefined, date: string | null, uiLang = 'en'): RelationVM[] {
  if (!rels) return [];
  const s = cardStrings(uiLang);
  const byEntity = new Map<string, { first: RelationView; held: string[]; past: string[] }>();
  const outgoing = new Set(rels.filter((r) => r.dir === 'out').map((r) => `${r.id}|${r.p}`));
  for (const r of rels) {
    // The card's own fact words it better than the other entity's inverse.
    if (r.dir === 'in' && (INVERSE_OF[r.p] ?? []).some((p) => outgoing.has(`${r.id}|${p}`))) continue;
    let wording = r.dir === 'out' ? (s.forward[r.p] ?? r.p) : (s.inverse[r.p] ?? s.of(r.p));
    if (r.p === 'office' && r.q) {
      // "President of Russia" before the link "Russia" reads as "President of".
      const q = r.q.trim();
      const tail = q.toLocaleLowerCase().lastIndexOf(r.label.toLocaleLowerCase());
      wording = r.dir === 'in' ? `${q}:` : tail > 0 && tail + r.label.length === q.length ? q.slice(0, tail).trim() : s.officeOf(q, r.label);
    }
    let row = byEntity.get(r.id);
    if (!row) byEntity.set(r.id, (row = { first: r, held: [], past: [] }));
    (date && !heldOn(r, date) ? row.past : row.held).push(wording);
  }
  const out: RelationVM[] = [];
  for (const { first, held, past } of byEntity.values()) {
    // What holds on the date says enough; the past is told only when nothing holds (the card's rows keep the history).
    const now = [...new Set(held)];
    const wording = now.length ? now : [...new Set(past)].map(s.formerly);
    out.push({ id: first.id, type: first.type, label: first.label, relation: wording.join(' · '), past: now.length === 0 });
  }
  // Current relations first, then by wording and name, so the list reads the same every time.
  return out.sort((a, b) => Number(a.past) - Number(b.past) || a.relation.localeCompare(b.relation) || a.label.localeCompare(b.label));
}

export function sourcesOf(facts: readonly FactView[]): SourceVM[] {
  const seen = new Map<string, SourceVM>();
  for (const f of facts) {
    const prev = seen.get(f.source);
    if (prev) {
      if (f.asOf > prev.asOf) prev.asOf = f.asOf;
      continue;
    }
    seen.set(f.source, {
      title: f.source,
      asOf: f.asOf,
      ...(f.sourceUrl ? { url: f.sourceUrl } : {}),
      ...(f.credit ? { credit: f.credit } : {}),
    });
  }
  return [...seen.values()];
}

export function cardView(card: EntityCard, opts: { date: string | null; articleLang: string | null; uiLang: string }): CardVM {
  const { date, articleLang, uiLang } = opts;
  const title = card.entity.label;
  const nativeLabel = articleLang ? card.entity.labels[articleLang] : undefined;
  const rows = rowsFor(card, date, uiLang);
  // Only sources of facts the card shows: a source listed but not used would mislead.
  const shownPs = new Set(rows.map((r) => r.p));
  if (shownPs.has('country')) shownPs.add('office');
  return {
    id: card.entity.id,
    type: card.entity.type,
    typeLabel: cardStrings(uiLang).types[card.entity.type],
    title,
    ...(nativeLabel && nativeLabel !== title && articleLang ? { native: { label: nativeLabel, lang: articleLang } } : {}),
    ...(card.entity.desc ? { desc: card.entity.desc } : {}),
    ...(card.entity.summary ? { summary: card.entity.summary } : {}),
    date,
    rows,
    changes: changesSince(card, date, 6, uiLang),
    relations: relationsOf(card.relations, date, uiLang),
    sources: sourcesOf(card.facts.filter((f) => shownPs.has(f.p))),
    notes: card.notes,
    ui: cardStrings(uiLang),
  };
}
