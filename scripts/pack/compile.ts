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

/** The newest source, the Factbook extract, is dated 2026-01-22. */
export const PACK_AS_OF = '2026-01-22';

export interface BuildResult {
  pack: Pack;
  json: string;
  notes: string[];
}

export function buildPack(sharedDir: string, curatedDir: string): BuildResult {
  const kb = join(sharedDir, 'kb');
  const factbook = readFactbook(kb);
  const leaders = readLeaders(kb);
  const huggo = readHuggo(kb);
  const reg = new Registry();
  const asOf = PACK_AS_OF;
  // Every curated file is read and checked here, before anything is built from it.
  const cur = readCurated(curatedDir);

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
  // Last among the sources of people, so every person, whichever source made it, gets its spellings.
  addTransliterations(reg, kb);
  addInverses(reg);

  const sources = [...cur.sources];
  // After the sources are read: each force cites its own official page, added to them here.
  addArmedForces(reg, idx, curatedDir, asOf, sources);
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
