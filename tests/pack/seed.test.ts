import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseAlias } from '../../utils/pack/normalize.ts';
import { HAS_SHARED, SHARED, committedPack } from './load.ts';

const goldPath = resolve(SHARED, 'seed/seed.gold.json');
const HAS_GOLD = HAS_SHARED && existsSync(goldPath);
if (!HAS_GOLD) console.warn('seed coverage test skipped: ../shared/seed is not present');

describe.skipIf(!HAS_GOLD)('seed article coverage', () => {
  it('names every core entity of the seed article by its expected surface', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const pack = committedPack();
    const lang = gold.lang as 'it';
    const missing: string[] = [];
    for (const g of gold.entities) {
      const e = g.qid ? pack.entities.find((x) => x.id === g.qid) : pack.entities.find((x) => x.type === 'treaty' && x.facts.some((f) => f.p === 'signed' && f.v === g.signed));
      if (!e) { missing.push(`${g.label_en}: no entity`); continue; }
      const forms = [...(e.aliases[lang] ?? []), ...(e.weakAliases?.[lang] ?? []), ...(e.generic?.[lang] ?? [])].map(normaliseAlias);
      for (const s of g.surfaces) if (!forms.includes(normaliseAlias(s))) missing.push(`${g.label_en}: "${s}"`);
    }
    expect(missing).toEqual([]);
  });
});
