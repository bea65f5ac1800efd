import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES = join(ROOT, 'public', '_locales');
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the manifest’s words', () => {
  it('come in the seven UI languages (Portuguese for Portugal and Brazil), each with every message', () => {
    const langs = readdirSync(LOCALES).sort();
    expect(langs).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt_BR', 'pt_PT', 'ru']);
    const keys = Object.keys(read('en')).sort();
    for (const l of langs) {
      const m = read(l);
      expect(Object.keys(m).sort()).toEqual(keys);
      for (const k of keys) expect(m[k]!.message.trim().length).toBeGreaterThan(0);
    }
  });

  it('name only messages the default locale has', () => {
    const used = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(used.length).toBeGreaterThan(0);
    const en = read('en');
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });
});
