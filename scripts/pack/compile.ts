// Compiles ../shared sources and data/curated into a Pack. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Pack } from '../../utils/pack/schema.ts';
import { Registry } from './registry.ts';
import { readFactbook } from './sources/factbook.ts';
import { readLeaders } from './sources/leaders.ts';
import { readHuggo } from './sources/huggo.ts';
import { buildCountries } from './countries.ts';
import { buildPeople } from './people.ts';
import { addInverses, buildOrganizations, buildTreaties } from './curated.ts';
import { buildSeats } from './seats.ts';
import { readCurated, type OverlayEntity } from './curated-files.ts';
import { readJsonFile } from './curated-io.ts';
import { z } from 'zod';
import { addCldrNames } from './sources/cldr.ts';
import { addNaturalEarthNames, readNaturalEarth } from './sources/natural-earth.ts';
import { addTransliterations } from './translit/index.ts';
import { buildOrgSeats } from './org-seats.ts';
import { applyTreatyReferences } from './treaty-references.ts';
import { buildArchigos } from './archigos.ts';
import { buildTitles } from './titles.ts';
import { addUcdp } from './ucdp.ts';
import { addOrgans } from './organs.ts';
import { addDesta } from './desta.ts';
import { addArmedForces } from './armed-forces.ts';
import { readEveryPolitician } from './sources/everypolitician.ts';
import { addEveryPoliticianQids, addEveryPoliticianSources, addLegislators, readEpHouses } from './everypolitician.ts';

/** The newest source, the Factbook extract, is dated 2026-01-22. */
export const PACK_AS_OF = '2026-01-22';

export interface BuildResult {
  pack: Pack;
  json: string;
  notes: string[];
}

export interface BuildOptions {
  /**
   * Add EveryPolitician's ~26,000 legislators as entities (step 2 of issue 11's EveryPolitician part). Off in
   * `pack:build`: measured in Chromium, they made the install 4.2x slower (1.6 s to 6.6 s) and the wake 2x, past
   * the issue's budget, until facts are sharded out of the install. Tests build with it to keep the rule tested.
   */
  legislators?: boolean;
}

export function buildPack(sharedDir: string, curatedDir: string, opts: BuildOptions = {}): BuildResult {
  const kb = join(sharedDir, 'kb');
  const factbook = readFactbook(kb);
  const leaders = readLeaders(kb);
  const huggo = readHuggo(kb);
  const reg = new Registry();
  const asOf = PACK_AS_OF;
  // Every curated file is read and checked here, before anything is built from it.
  const cur = readCurated(curatedDir);
  const ep = readEveryPolitician(kb);
  const epHouses = readEpHouses(curatedDir, ep);

  const idx = buildCountries(reg, factbook, leaders, cur.countries);
  addCldrNames(reg, idx.byIso);
  addNaturalEarthNames(reg, readNaturalEarth(kb));
  buildSeats(reg, idx, cur.seats);
  buildOrganizations(reg, idx, factbook, cur.organizations, asOf, reg.notes);
  buildTreaties(reg, idx, factbook, huggo, cur.treaties, asOf, reg.notes);
  buildOrgSeats(reg, asOf, reg.notes);
  applyTreatyReferences(reg, readJsonFile(curatedDir, 'treaty-references.json', z.unknown()));
  // Historical states (Soviet Union, Yugoslavia...) come before people, whose offices may refer to them.
  applyOverlay(reg, idx.byIso, cur.historical, asOf);
  buildPeople(reg, idx, leaders, cur.people, asOf);
  addOrgans(reg, kb, curatedDir, asOf);
  addDesta(reg, idx, kb);
  // After people, so a group's name never takes a form a person or a country already answers to.
  addUcdp(reg, idx, kb, curatedDir);
  applyOverlay(reg, idx.byIso, cur.overlay, asOf);
  // After every other source of people, so a tenure lands on the person the pack already has.
  buildArchigos(reg, idx, kb, curatedDir);
  // Last of the people: titles come from every office the pack has by now.
  buildTitles(reg, curatedDir);
  // After every source of people, before the transliterations: a QID found here brings the Cyrillic original.
  addEveryPoliticianQids(reg, idx, ep, epHouses);
  // Last among the sources of people, so every person, whichever source made it, gets its spellings.
  addTransliterations(reg, ep);
  addInverses(reg);

  const sources = [...cur.sources];
  // After the sources are read: each force cites its own official page, added to them here.
  addArmedForces(reg, idx, curatedDir, asOf, sources);
  // Last of all: a legislator takes no form any other entity answers to, so every other name is in by now.
  if (opts.legislators) addLegislators(reg, idx, ep, epHouses);
  addEveryPoliticianSources(reg, sources);
  const entities = reg.finalise();
  const body = { sources, entities };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  const pack = Pack.parse({ format: 1, version, asOf, ...body });
  return { pack, json: JSON.stringify(pack) + '\n', notes: reg.notes };
}

/** Hand-written corrections and additions, applied last so they win over generated names. */
function applyOverlay(reg: Registry, byIso: Map<string, string>, overlay: OverlayEntity[], asOf: string) {
  for (const o of overlay) {
    const d = reg.ensure(o.id, o.type);
    if (o.qid) d.qid = o.qid;
    reg.label(d, o.labels);
    for (const [l, s] of Object.entries(o.labels ?? {})) reg.alias(d, l as never, [s]);
    reg.aliases(d, o.aliases);
    reg.aliases(d, o.weakAliases, true);
    reg.describe(d, o.desc);
    if (o.metonymOf) d.metonymOf = o.metonymOf;
    for (const f of o.facts ?? []) {
      const v = f.ref && typeof f.v === 'string' ? (byIso.get(f.v) ?? f.v) : f.v;
      reg.fact(d, { ...f, v, asOf });
    }
  }
}
