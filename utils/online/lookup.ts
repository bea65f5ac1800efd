import { z } from 'zod';
import { UI_LANGS } from '../settings/ui-lang';
import type { OnlineCache, ReadResult } from './cache';
import { OnlineError, type PageBudget, type WikimediaClient } from './client';
import { isWikiLang } from './endpoints';
import { normaliseName } from './candidates';
import { languageChain, P, politicalActor, type LocalText, type PoliticalActor } from './political-actor';
import { PageSummary, SearchHit, type Statement, WikidataEntity } from './schemas';

/*
 * From names to political actors, through the cache: search each name (wbsearchentities, in the
 * article's language), fetch the hits' entities in batches (wbgetentities, 50 a call), keep the
 * first hit that is a political actor and whose label or alias is the name as written, then the
 * labels of its current offices and its Wikipedia summary. Only names, QIDs and page titles are
 * sent. What is cached is trimmed to what a card needs (labels in the UI languages, P31 and P39
 * with their dates, sitelinks), not the whole entity.
 */

export interface OnlineSummary {
  extract: string;
  thumbnail?: string;
  /** The Wikipedia page, for the card's source link. */
  url: string;
  lang: string;
  /** When the page was last edited. */
  timestamp: string;
}

export interface OnlineActor extends PoliticalActor {
  /** Labels of the offices in `positions` (those that could be fetched). */
  offices: Record<string, LocalText>;
  summary?: OnlineSummary;
  /** When the entity was fetched (a card says what came online, and when). */
  fetchedAt: number;
}

export interface LookupContext {
  uiLang: string;
  articleLang?: string | null;
  /** "YYYY-MM-DD": which positions are current. */
  today: string;
  budget?: PageBudget;
}

export interface LookupResult {
  /** Each name looked up: its actor, or null when it resolved to none. */
  actors: Map<string, OnlineActor | null>;
  /** Names not settled (a cap or a back-off stopped the lookup): try them later. */
  pending: string[];
  /** Why the lookup stopped early, if it did. */
  error?: OnlineError;
  /** Stale cache entries being refreshed in the background; settles when they are. */
  refreshed: Promise<void>;
}

const SEARCH_LIMIT = 3;
const Hits = z.array(SearchHit);

/** Only what a card uses of an entity: less to store, and the cache's size cap holds many more. */
export function trimEntity(e: WikidataEntity, langs: readonly string[]): WikidataEntity {
  const keep = new Set(langs);
  const terms = <T>(m: Record<string, T> | undefined) => (m ? Object.fromEntries(Object.entries(m).filter(([l]) => keep.has(l))) : undefined);
  const statement = (s: Statement): Statement => ({
    mainsnak: s.mainsnak,
    ...(s.rank ? { rank: s.rank } : {}),
    ...(s.qualifiers
      ? { qualifiers: Object.fromEntries(Object.entries(s.qualifiers).filter(([p]) => p === P.startTime || p === P.endTime)) }
      : {}),
  });
  const claims: Record<string, Statement[]> = {};
  for (const p of [P.instanceOf, P.positionHeld]) if (e.claims?.[p]) claims[p] = e.claims[p].map(statement);
  const sitelinks = e.sitelinks ? Object.fromEntries(Object.entries(e.sitelinks).filter(([site]) => keep.has(site.replace(/wiki$/, '')))) : undefined;
  return {
    id: e.id,
    type: e.type,
    ...(e.labels ? { labels: terms(e.labels) } : {}),
    ...(e.descriptions ? { descriptions: terms(e.descriptions) } : {}),
    ...(e.aliases ? { aliases: terms(e.aliases) } : {}),
    claims,
    ...(sitelinks ? { sitelinks } : {}),
  };
}

function namesOf(e: WikidataEntity): Set<string> {
  const out = new Set<string>();
  for (const t of Object.values(e.labels ?? {})) out.add(normaliseName(t.value));
  for (const list of Object.values(e.aliases ?? {})) for (const t of list) out.add(normaliseName(t.value));
  return out;
}

export async function lookUpNames(
  deps: { client: WikimediaClient; cache: OnlineCache; now?: () => number },
  names: readonly string[],
  ctx: LookupContext,
): Promise<LookupResult> {
  const { client, cache } = deps;
  const now = deps.now ?? Date.now;
  const searchLang = ctx.articleLang && isWikiLang(ctx.articleLang) ? ctx.articleLang : ctx.uiLang;
  const langs = [...new Set([...languageChain(ctx.uiLang, ctx.articleLang), ...UI_LANGS])];
  const sites = langs.map((l) => `${l.replace(/-/g, '_')}wiki`);
  const actors = new Map<string, OnlineActor | null>();
  const refreshes: Promise<unknown>[] = [];
  const track = <T>(r: ReadResult<T>) => {
    if (r.refresh) refreshes.push(r.refresh);
    return r;
  };
  const done = (pending: string[], error?: OnlineError): LookupResult => ({
    actors,
    pending,
    ...(error ? { error } : {}),
    refreshed: Promise.all(refreshes).then(() => undefined),
  });

  // 1. Search each name (one call a name: the API takes one search at a time).
  const hitsOf = new Map<string, SearchHit[]>();
  for (const [i, name] of names.entries()) {
    try {
      const r = track(
        await cache.read({ kind: 'search', query: name, lang: searchLang, schema: Hits }, async () => {
          const hits = await client.searchEntities(name, searchLang, { limit: SEARCH_LIMIT, budget: ctx.budget });
          // Only ids and what matched are kept: enough to choose, nothing to show.
          const kept = hits.map((h) => ({ id: h.id, ...(h.match ? { match: h.match } : {}) }));
          return kept.length ? kept : null;
        }),
      );
      hitsOf.set(name, r.value ?? []);
    } catch (err) {
      if (err instanceof OnlineError) return done(names.slice(i), err);
      throw err;
    }
  }

  // 2. The hits' entities, cached ones first, the rest in batches. Offices are fetched with their
  // labels only, and cached apart ("labels"), so a trimmed office never stands in for a full entity.
  const entities = new Map<string, { entity: WikidataEntity | null; fetchedAt: number }>();
  const fetchEntities = async (ids: string[], labelsOnly = false) => {
    const variant = labelsOnly ? 'labels' : undefined;
    const hits = await Promise.all(
      ids.map(async (id) => [id, await cache.get({ kind: 'entity', query: id, lang: variant, schema: WikidataEntity })] as const),
    );
    const stale: string[] = [];
    const missing: string[] = [];
    for (const [id, hit] of hits) {
      if (!hit) missing.push(id);
      else {
        entities.set(id, { entity: hit.status === 'found' ? hit.value : null, fetchedAt: hit.fetchedAt });
        if (hit.stale) stale.push(id);
      }
    }
    const fetchAndStore = async (batch: string[], use: boolean) => {
      if (!batch.length) return;
      const res = await client.getEntities(batch, {
        languages: langs,
        sites,
        budget: ctx.budget,
        ...(labelsOnly ? { props: ['labels'] as const } : {}),
      });
      const put = batch.map((id) => {
        const e = res.entities.get(id);
        return { kind: 'entity' as const, query: id, lang: variant, value: e ? trimEntity(e, langs) : null };
      });
      await cache.put(put);
      if (use) for (const p of put) entities.set(p.query, { entity: p.value, fetchedAt: now() });
    };
    await fetchAndStore(missing, true);
    // Stale ones are used as they are now; they are refreshed after the page has its answer.
    if (stale.length) refreshes.push(fetchAndStore(stale, false).catch(() => undefined));
  };
  const wanted = [...new Set([...hitsOf.values()].flat().map((h) => h.id))];
  try {
    await fetchEntities(wanted);
  } catch (err) {
    if (err instanceof OnlineError) return done([...names], err);
    throw err;
  }

  // 3. Choose: the first political actor among a name's hits that bears the name as written.
  const chosen = new Map<string, { actor: PoliticalActor; fetchedAt: number }>();
  for (const name of names) {
    const key = normaliseName(name);
    let pick: { actor: PoliticalActor; fetchedAt: number } | undefined;
    for (const h of hitsOf.get(name) ?? []) {
      const got = entities.get(h.id);
      if (!got?.entity) continue;
      if (!namesOf(got.entity).has(key) && normaliseName(h.match?.text ?? '') !== key) continue;
      const actor = politicalActor(got.entity, ctx);
      if (actor) {
        pick = { actor, fetchedAt: got.fetchedAt };
        break;
      }
    }
    if (pick) chosen.set(name, pick);
    else actors.set(name, null);
  }

  // 4. Office labels and summaries: a card is still worth showing without them.
  let error: OnlineError | undefined;
  const offices = [...new Set([...chosen.values()].flatMap((c) => c.actor.positions.filter((p) => p.current).map((p) => p.office)))];
  try {
    await fetchEntities(offices.filter((q) => !entities.has(q)), true);
  } catch (err) {
    if (!(err instanceof OnlineError)) throw err;
    error = err;
  }
  for (const [name, { actor, fetchedAt }] of chosen) {
    const officeLabels: Record<string, LocalText> = {};
    for (const p of actor.positions) {
      const e = entities.get(p.office)?.entity;
      const label = e && politicalLabel(e, langs);
      if (label) officeLabels[p.office] = label;
    }
    let summary: OnlineSummary | undefined;
    if (actor.sitelink && !error) {
      const { lang, title } = actor.sitelink;
      try {
        const r = track(await cache.read({ kind: 'summary', query: title, lang, schema: PageSummary }, () => client.summary(lang, title, { budget: ctx.budget })));
        if (r.value) {
          summary = {
            extract: r.value.extract,
            ...(r.value.thumbnail ? { thumbnail: r.value.thumbnail.source } : {}),
            url: r.value.content_urls.desktop.page,
            lang: r.value.lang,
            timestamp: r.value.timestamp,
          };
        }
      } catch (err) {
        if (!(err instanceof OnlineError)) throw err;
        error = err;
      }
    }
    actors.set(name, { ...actor, offices: officeLabels, ...(summary ? { summary } : {}), fetchedAt });
  }
  return done([], error);
}

/** An entity's label in the first of `langs` that has one. */
function politicalLabel(e: WikidataEntity, langs: readonly string[]): LocalText | undefined {
  for (const l of langs) {
    const t = e.labels?.[l];
    if (t?.value) return { text: t.value, lang: l };
  }
  return undefined;
}
