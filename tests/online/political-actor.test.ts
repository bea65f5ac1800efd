// Which Wikidata items are political actors, read from the fixtures the local server answers with
// (e2e/fixtures/wikimedia/), and from small entities made here for the edge cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../e2e/support/wikimedia-server';
import { ACTOR_CLASSES, languageChain, politicalActor } from '../../utils/online/political-actor';
import { GetEntitiesResponse, timeOf, type Statement, type WikidataEntity } from '../../utils/online/schemas';

const fixture = (qid: string): WikidataEntity => {
  const res = GetEntitiesResponse.parse(JSON.parse(readFileSync(join(FIXTURES, 'entities', `${qid}.json`), 'utf8')));
  const e = res.entities[qid]!;
  if ('missing' in e) throw new Error(`${qid} is missing`);
  return e;
};
const today = '2025-06-01';
const opts = { uiLang: 'en', articleLang: 'en', today };

const item = (id: string, claims: Record<string, Statement[]>, extra: Partial<WikidataEntity> = {}): WikidataEntity => ({
  id,
  type: 'item',
  labels: { en: { language: 'en', value: id } },
  claims,
  ...extra,
});
const snak = (property: string, id: string) => ({
  snaktype: 'value' as const,
  property,
  datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id } },
});
const time = (property: string, t: string, precision = 11) => ({
  snaktype: 'value' as const,
  property,
  datavalue: { type: 'time', value: { time: t, precision, timezone: 0, before: 0, after: 0, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } },
});
const instanceOf = (...ids: string[]): Statement[] => ids.map((id) => ({ mainsnak: snak('P31', id), rank: 'normal' }));

describe('political actors among the fixtures', () => {
  it('a human holding a political position, with current and past positions and their dates', () => {
    expect(politicalActor(fixture('Q999999001'), opts)).toEqual({
      qid: 'Q999999001',
      kind: 'person',
      type: 'person',
      classes: ['Q5'],
      label: { text: 'Aino Testinen', lang: 'en' },
      description: { text: 'Prime Minister of Examplia since 2024 (test fixture)', lang: 'en' },
      positions: [
        { office: 'Q999999002', start: '2024-07-23', current: true },
        { office: 'Q999999004', start: '2019-04-04', end: '2024-07-22', current: false },
      ],
      sitelink: { lang: 'en', title: 'Aino Testinen' },
    });
  });

  it('positions as they stood on another day', () => {
    const putin = politicalActor(fixture('Q7747'), { ...opts, today: '2010-01-01' })!;
    expect(putin.positions.filter((p) => p.current)).toEqual([{ office: 'Q842386', start: '2008-05-08', end: '2012-05-07', current: true }]);
    expect(politicalActor(fixture('Q7747'), opts)!.positions.filter((p) => p.current).map((p) => p.office)).toEqual(['Q218295']);
  });

  it.each([
    ['Q159', 'state', 'country', ['Q6256', 'Q3624078']],
    ['Q999999003', 'state', 'country', ['Q3624078']],
    ['Q999999005', 'armed-organization', 'organization', ['Q17149090']],
    ['Q999999007', 'treaty', 'treaty', ['Q131569']],
  ])('%s is a %s', (qid, kind, type, classes) => {
    expect(politicalActor(fixture(qid), opts)).toMatchObject({ qid, kind, type, classes, positions: [] });
  });

  it.each([
    ['Q999999006', 'a human who never held a position'],
    ['Q999999008', 'an organisation of no listed class'],
    ['Q218295', 'an office (no instance-of in the table)'],
  ])('%s is not: %s', (qid) => {
    expect(politicalActor(fixture(qid), opts)).toBeNull();
  });
});

describe('languages', () => {
  it('reads the UI language first, then the article\'s, then English', () => {
    expect(languageChain('fr', 'it')).toEqual(['fr', 'it', 'en']);
    expect(languageChain('en', null)).toEqual(['en']);
    // Aino Testinen has a French label but no French description or article; Italian has both.
    const a = politicalActor(fixture('Q999999001'), { uiLang: 'fr', articleLang: 'it', today })!;
    expect(a.label).toEqual({ text: 'Aino Testinen', lang: 'fr' });
    expect(a.description).toEqual({ text: 'prima ministra di Examplia dal 2024 (dato di prova)', lang: 'it' });
    expect(a.sitelink).toEqual({ lang: 'it', title: 'Aino Testinen' });
    const state = politicalActor(fixture('Q999999003'), { uiLang: 'de', articleLang: 'es', today })!;
    expect(state.label).toEqual({ text: 'Examplien', lang: 'de' });
    expect(state.description).toEqual({ text: 'sovereign state (test fixture)', lang: 'en' });
  });

  it('falls back to any label, then to the QID', () => {
    const onlyJa = item('Q999999901', { P31: instanceOf('Q6256') }, { labels: { ja: { language: 'ja', value: 'テスト国' } } });
    expect(politicalActor(onlyJa, opts)!.label).toEqual({ text: 'テスト国', lang: 'ja' });
    expect(politicalActor(item('Q999999902', { P31: instanceOf('Q6256') }, { labels: {} }), opts)!.label).toEqual({ text: 'Q999999902', lang: 'en' });
  });
});

describe('claims that do not count', () => {
  it('ignores deprecated statements', () => {
    const e = item('Q999999903', { P31: [{ mainsnak: snak('P31', 'Q6256'), rank: 'deprecated' }] });
    expect(politicalActor(e, opts)).toBeNull();
  });

  it('reads an end of unknown date as ended, "no value" as never ended, and a later end as still held', () => {
    const position = (qualifiers: Statement['qualifiers']): Statement => ({ mainsnak: snak('P39', 'Q999999002'), rank: 'normal', qualifiers });
    const e = item('Q999999904', {
      P31: instanceOf('Q5'),
      P39: [
        position({ P580: [time('P580', '+2001-00-00T00:00:00Z', 9)], P582: [{ snaktype: 'somevalue', property: 'P582' }] }),
        position({ P580: [time('P580', '+2010-03-00T00:00:00Z', 10)], P582: [{ snaktype: 'novalue', property: 'P582' }] }),
        position({ P582: [time('P582', '+2030-01-01T00:00:00Z')] }),
        position({ P580: [time('P580', '+2026-01-01T00:00:00Z')] }),
      ],
    });
    expect(politicalActor(e, opts)!.positions).toEqual([
      { office: 'Q999999002', start: '2026-01-01', current: false },
      { office: 'Q999999002', start: '2010-03', current: true },
      { office: 'Q999999002', start: '2001', current: false },
      { office: 'Q999999002', end: '2030-01-01', current: true },
    ]);
  });

  it('reads dates to their precision, and refuses coarser ones', () => {
    expect(timeOf(time('P580', '+00000002014-01-01T00:00:00Z'))).toBe('2014-01-01');
    expect(timeOf(time('P580', '+2014-05-00T00:00:00Z', 10))).toBe('2014-05');
    expect(timeOf(time('P580', '+1990-00-00T00:00:00Z', 8))).toBeUndefined();
    expect(timeOf(time('P580', '-0044-03-15T00:00:00Z'))).toBeUndefined();
  });
});

describe('the class table', () => {
  it('names each class once, with a name, in one of the five kinds', () => {
    const qids = ACTOR_CLASSES.map((c) => c.qid);
    expect(new Set(qids).size).toBe(qids.length);
    expect(ACTOR_CLASSES.every((c) => /^Q[1-9]\d*$/.test(c.qid) && c.name.length > 2)).toBe(true);
    expect(new Set(ACTOR_CLASSES.map((c) => c.kind))).toEqual(new Set(['person', 'state', 'international-organization', 'armed-organization', 'treaty']));
  });
});
