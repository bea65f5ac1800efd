import { describe, expect, it } from 'vitest';
import { factsOn, holderOn, holdsOn, mayHoldOn } from '../../utils/pack/timeline.ts';
import type { Entity } from '../../utils/pack/schema.ts';
import { byLabel, committedPack } from './load.ts';

const f = (p: string, v: string, from?: string, to?: string) => ({ p, v, ref: true, from, to, src: 's', asOf: '2026-01-22' });

describe('partial dates', () => {
  it('a year-only end is uncertain within that year', () => {
    expect(holdsOn({ from: '2022', to: '2024' }, '2024-06-01')).toBe(false);
    expect(mayHoldOn({ from: '2022', to: '2024' }, '2024-06-01')).toBe(true);
    expect(mayHoldOn({ from: '2022', to: '2024' }, '2025-01-01')).toBe(false);
  });
  it('an exact end date is the first day out of office', () => {
    expect(holdsOn({ from: '2022-10-25', to: '2024-07-05' }, '2024-07-04')).toBe(true);
    expect(holdsOn({ from: '2022-10-25', to: '2024-07-05' }, '2024-07-05')).toBe(false);
  });
  it('a month-only start covers the whole month', () => {
    expect(holdsOn({ from: '2024-06' }, '2024-06-29')).toBe(false);
    expect(mayHoldOn({ from: '2024-06' }, '2024-06-01')).toBe(true);
    expect(holdsOn({ from: '2024-06' }, '2024-07-01')).toBe(true);
  });
});

describe('holderOn and factsOn on synthetic data', () => {
  const country = { id: 'X', facts: [f('headOfGovernment', 'A', '2019', '2024'), f('headOfGovernment', 'B', '2024-07-05'), f('capital', 'C')] } as unknown as Entity;
  const idx = new Map([[country.id, country]]);
  it('prefers the certain holder over a year-only record', () => {
    expect(holderOn(idx, 'X', 'headOfGovernment', '2024-09-01')).toBe('B');
    expect(holderOn(idx, 'X', 'headOfGovernment', '2023-01-01')).toBe('A');
  });
  it('answers nothing before any record, and for unknown entities', () => {
    expect(holderOn(idx, 'X', 'headOfGovernment', '2010-01-01')).toBeUndefined();
    expect(holderOn(idx, 'Y', 'headOfGovernment', '2023-01-01')).toBeUndefined();
  });
  it('keeps undated facts and drops ended ones', () => {
    expect(factsOn(country, '2025-01-01', { certain: true }).map((x) => x.v)).toEqual(['B', 'C']);
  });
});

describe('dated offices in the committed pack', () => {
  const pack = committedPack();
  const id = (label: string) => byLabel(pack, label)?.id;
  const uk = id('United Kingdom')!;
  it.each([
    ['2024-06-01', 'Rishi Sunak'],
    ['2024-09-01', 'Keir Starmer'],
    ['2019-01-01', 'Theresa May'],
    ['2022-09-20', 'Liz Truss'],
  ])('UK prime minister on %s is %s', (date, name) => {
    expect(holderOn(pack, uk, 'headOfGovernment', date)).toBe(id(name));
  });
  it('US president changes on inauguration day 2025', () => {
    const us = id('United States')!;
    expect(holderOn(pack, us, 'headOfState', '2024-06-01')).toBe(id('Joe Biden'));
    expect(holderOn(pack, us, 'headOfState', '2025-01-21')).toBe(id('Donald Trump'));
  });
  it('NATO secretary general on both sides of October 2024', () => {
    const nato = id('NATO')!;
    expect(holderOn(pack, nato, 'head', '2024-06-01')).toBe(id('Jens Stoltenberg'));
    expect(holderOn(pack, nato, 'head', '2025-01-01')).toBe(id('Mark Rutte'));
  });
  it('memberships end where the sources say they ended, and founding treaties list them as parties', () => {
    const eu = byLabel(pack, 'European Union')!;
    const memberOn = (date: string) => factsOn(eu, date, { certain: true }).filter((x) => x.p === 'member').map((x) => x.v);
    expect(memberOn('2019-06-01')).toContain(uk);
    expect(memberOn('2024-06-01')).not.toContain(uk);
    expect(memberOn('2024-06-01')).toContain(id('Italy'));
    const lisbon = byLabel(pack, 'Treaty of Lisbon')!;
    const partiesOn = (date: string) => factsOn(lisbon, date, { certain: true }).filter((x) => x.p === 'party').map((x) => x.v);
    expect(partiesOn('2024-06-01').sort()).toEqual(memberOn('2024-06-01').sort());
    const nato = byLabel(pack, 'North Atlantic Treaty')!;
    expect(nato.facts.filter((x) => x.p === 'party').length).toBeGreaterThanOrEqual(32);
  });
});
