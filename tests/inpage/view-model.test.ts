import { describe, expect, it } from 'vitest';
import { cardView, changesSince, relationsOf, sourcesOf } from '../../utils/cards/view-model';
import { cardStrings } from '../../utils/cards/strings';
import type { EntityCard, FactView } from '../../utils/messaging/protocol';

const src = { source: 'CIA World Factbook', sourceUrl: 'https://example.org/factbook', asOf: '2026-01-22' };
const huggo = { source: 'HUGGO', credit: 'HUGGO dataset, globalgov/manytreaties', asOf: '2025-01-01' };

function card(type: EntityCard['entity']['type'], facts: Omit<FactView, 'source' | 'asOf'>[], extra: Partial<EntityCard> = {}): EntityCard {
  return {
    entity: { id: 'X', type, label: 'Rishi Sunak', labels: { en: 'Rishi Sunak', it: 'Rishi Sunak' } },
    facts: facts.map((f) => ({ ...src, ...f })),
    notes: [],
    ...extra,
  };
}

describe('card view model', () => {
  const sunak = card('person', [
    { p: 'office', value: 'United Kingdom', refId: 'Q145', q: 'Prime Minister', from: '2022-10-25', to: '2024-07-05' },
    { p: 'office', value: 'United Kingdom', refId: 'Q145', q: 'Chancellor of the Exchequer', from: '2020-02-13', to: '2022-07-05' },
    { p: 'iso2', value: 'GB' },
  ]);

  it('shows a person\'s offices, current one first, past ones marked, and the country they hold office in', () => {
    const vm = cardView(sunak, { date: '2024-06-01', articleLang: 'it', uiLang: 'en' });
    const offices = vm.rows.find((r) => r.p === 'office')!;
    expect(offices.values.map((v) => [v.text, !!v.past])).toEqual([
      ['Prime Minister of the United Kingdom', false],
      ['Chancellor of the Exchequer of the United Kingdom', true],
    ]);
    expect(vm.rows.find((r) => r.p === 'country')?.values.map((v) => v.refId)).toEqual(['Q145']);
    // Codes are not facts a reader needs.
    expect(vm.rows.some((r) => r.p === 'iso2')).toBe(false);
  });

  it('does not repeat the country when the office already names it', () => {
    const pm = card('person', [{ p: 'office', value: 'Russia', refId: 'Q159', q: 'Prime Minister of Russia', from: '1999-08-16', to: '2000-05-07' }]);
    expect(cardView(pm, { date: null, articleLang: null, uiLang: 'en' }).rows[0]!.values[0]!.text).toBe('Prime Minister of Russia');
  });

  it('says what changed since the article: left office after its date', () => {
    expect(changesSince(sunak, '2024-06-01')).toEqual(['Prime Minister of the United Kingdom on 2024-06-01; left office 2024-07-05']);
    // Nothing changed for an article written after he left.
    expect(changesSince(sunak, '2024-08-01')).toEqual([]);
    expect(changesSince(sunak, null)).toEqual([]);
  });

  it('says when a treaty signed before the article came into force after it', () => {
    const pact = card('treaty', [
      { p: 'signed', value: '2024-06-19' },
      { p: 'inForce', value: '2024-12-04' },
      { p: 'status', value: 'in force' },
    ]);
    expect(changesSince(pact, '2024-06')).toEqual(['In force: 2024-12-04 (after the article)']);
    expect(changesSince(pact, '2025-01-10')).toEqual([]);
    expect(cardView(pact, { date: '2024-06', articleLang: 'it', uiLang: 'it' }).changes).toEqual(['In vigore: 2024-12-04 (dopo l’articolo)']);
  });

  it('says when an agreement still under negotiation on the article’s date was signed', () => {
    const jcpoa = card('treaty', [{ p: 'signed', value: '2015-07-14' }, { p: 'status', value: 'the United States withdrew on 2018-05-08' }]);
    expect(changesSince(jcpoa, '2015-03-20')).toEqual(['Signed: 2015-07-14 (after the article)']);
    expect(changesSince(jcpoa, '2016-01-01')).toEqual([]);
  });

    it('speaks Italian to an Italian reader, German to a German one, and English to readers of other languages', () => {
    const uk = card('country', [
      { p: 'headOfGovernment', value: 'Rishi Sunak', refId: 'S', from: '2022-10-25', to: '2024-07-05' },
      { p: 'headOfGovernment', value: 'Keir Starmer', refId: 'K', from: '2024-07-05' },
    ]);
    const italian = cardView(uk, { date: '2024-06', articleLang: 'it', uiLang: 'it' });
    expect([italian.typeLabel, italian.rows[0]!.label, italian.ui.sources]).toEqual(['Paese', 'Capo del governo', 'Fonti']);
    expect(italian.changes).toEqual([
      'Capo del governo: Rishi Sunak al 2024-06; ha lasciato la carica il 2024-07-05',
      'Capo del governo: Keir Starmer dal 2024-07-05 (dopo l’articolo)',
    ]);
    const treaty = card('treaty', [{ p: 'party', value: 'Russia', refId: 'Q159' }]);
    expect(cardView(treaty, { date: null, articleLang: null, uiLang: 'it' }).rows[0]!.label).toBe('Parti');
    // Offices as the background words them for an Italian reader: the title, then the country.
    const pm = card('person', [{ p: 'office', value: 'Regno Unito', refId: 'Q145', q: 'Primo ministro', from: '2022-10-25', to: '2024-07-05' }]);
    expect(cardView(pm, { date: '2024-06-01', articleLang: 'it', uiLang: 'it' }).changes).toEqual(['Primo ministro (Regno Unito) al 2024-06-01; ha lasciato la carica il 2024-07-05']);
    // The other languages of the articles have their own words; any other language gets English.
    expect(cardView(treaty, { date: null, articleLang: null, uiLang: 'de' }).rows[0]!.label).toBe(cardStrings('de').props.parties);
    expect(cardStrings('de').props.parties).not.toBe('Parties');
    expect(cardView(treaty, { date: null, articleLang: null, uiLang: 'pt' }).rows[0]!.label).toBe('Partes');
    expect(cardView(treaty, { date: null, articleLang: null, uiLang: 'ru' }).rows[0]!.label).toBe('Стороны');
    expect(cardView(treaty, { date: null, articleLang: null, uiLang: 'ja' }).rows[0]!.label).toBe('Parties');
    expect(relationsOf([{ id: 'Q159', type: 'country', label: 'Russia', p: 'party', dir: 'out', to: '2020' }], '2024-06-01', 'it')[0]!.relation).toBe('già parte');
  });

  it('tells of a successor who took office after the article', () => {
    const uk = card('country', [
      { p: 'headOfGovernment', value: 'Rishi Sunak', refId: 'S', from: '2022-10-25', to: '2024-07-05' },
      { p: 'headOfGovernment', value: 'Keir Starmer', refId: 'K', from: '2024-07-05' },
    ]);
    const vm = cardView(uk, { date: '2024-06', articleLang: null, uiLang: 'en' });
    expect(vm.rows.find((r) => r.p === 'headOfGovernment')?.values.map((v) => v.text)).toEqual(['Rishi Sunak']);
    expect(vm.changes).toEqual([
      'Head of government: Rishi Sunak on 2024-06; left office 2024-07-05',
      'Head of government: Keir Starmer since 2024-07-05 (after the article)',
    ]);
    // Without an article date, the card shows the present.
    expect(cardView(uk, { date: null, articleLang: null, uiLang: 'en' }).rows[0]!.values.map((v) => v.text)).toEqual(['Keir Starmer']);
  });

  it('gives a treaty its dates with their credit, its parties, and its summary', () => {
    const t = card('treaty', [
      { p: 'signed', value: '2024-06-19', ...huggo },
      { p: 'party', value: 'Russia', refId: 'Q159' },
      { p: 'party', value: 'North Korea', refId: 'Q423' },
      { p: 'status', value: 'in force' },
    ]);
    t.entity.desc = 'Mutual defence pact';
    const vm = cardView(t, { date: '2024-06-20', articleLang: 'it', uiLang: 'en' });
    expect(vm.rows.map((r) => r.label)).toEqual(['Signed', 'Status', 'Parties']);
    expect(vm.rows[0]!.values[0]).toMatchObject({ text: '2024-06-19', credit: 'HUGGO dataset, globalgov/manytreaties' });
    expect(vm.desc).toBe('Mutual defence pact');
    expect(vm.sources.map((s) => s.credit ?? null)).toContain('HUGGO dataset, globalgov/manytreaties');
  });

  it('cuts long membership lists to the ones current on the date, with a count of the rest', () => {
    const members = Array.from({ length: 30 }, (_, i) => ({ p: 'member', value: `C${i}`, refId: `C${i}` }));
    const org = card('organization', [...members, { p: 'member', value: 'Gone', refId: 'G', to: '2020-01-31' }]);
    const row = cardView(org, { date: '2024-06-01', articleLang: null, uiLang: 'en' }).rows.find((r) => r.p === 'member')!;
    expect(row.values).toHaveLength(12);
    expect(row.more).toBe(18);
    expect(row.values.some((v) => v.text === 'Gone')).toBe(false);
  });

  it('shows the name in the article\'s language only when it differs', () => {
    const putin = card('person', []);
    putin.entity.label = 'Vladimir Putin';
    putin.entity.labels = { en: 'Vladimir Putin', fr: 'Vladimir Poutine', it: 'Vladimir Putin' };
    expect(cardView(putin, { date: null, articleLang: 'fr', uiLang: 'en' }).native).toEqual({ label: 'Vladimir Poutine', lang: 'fr' });
    expect(cardView(putin, { date: null, articleLang: 'it', uiLang: 'en' }).native).toBeUndefined();
  });

  it('words relations from the card\'s entity, current ones first', () => {
    const rels = relationsOf(
      [
        { id: 'Q159', type: 'country', label: 'Russia', p: 'party', dir: 'out' },
        { id: 'Q7747', type: 'person', label: 'Putin', p: 'headOfState', dir: 'in', from: '2012-05-07' },
        { id: 'OLD', type: 'person', label: 'Medvedev', p: 'headOfState', dir: 'in', from: '2008-05-07', to: '2012-05-07' },
        // A second, older record of the same relation: shown once, as current.
        { id: 'Q7747', type: 'person', label: 'Putin', p: 'headOfState', dir: 'in', q: 'President', from: '2000-05-07', to: '2008-05-07' },
        { id: 'Q159', type: 'country', label: 'Russia', p: 'office', q: 'Prime Minister of Russia', dir: 'out', from: '1999-08-16', to: '2000-05-07' },
      ],
      '2024-06-19',
    );
    expect(rels.map((r) => `${r.relation} ${r.label}${r.past ? ' (past)' : ''}`)).toEqual([
      'head of state of Putin',
      'party Russia',
      'formerly head of state of Medvedev (past)',
    ]);
  });

  it('states a relation seen from both sides once: an office and its head-of fact', () => {
    const rels = relationsOf(
      [
        { id: 'Q159', type: 'country', label: 'Russia', p: 'office', q: 'President of Russia', dir: 'out', from: '2012-05-07' },
        { id: 'Q159', type: 'country', label: 'Russia', p: 'office', q: 'Prime Minister of Russia', dir: 'out', from: '2008-05-08', to: '2012-05-07' },
        { id: 'Q159', type: 'country', label: 'Russia', p: 'headOfState', dir: 'in', from: '2012-05-07' },
        { id: 'Q159', type: 'country', label: 'Russia', p: 'headOfGovernment', dir: 'in', from: '2008-05-08', to: '2012-05-07' },
        { id: 'Q423', type: 'country', label: 'North Korea', p: 'office', q: 'Supreme Leader', dir: 'out', from: '2011-12-17' },
      ],
      '2024-06-19',
    );
    expect(rels.map((r) => `${r.relation} ${r.label}`)).toEqual(['President of Russia', 'Supreme Leader of North Korea']);
  });

  it('names a treaty party once, though the party also lists the treaty', () => {
    const rels = relationsOf(
      [
        { id: 'Q159', type: 'country', label: 'Russia', p: 'party', dir: 'out' },
        { id: 'Q159', type: 'country', label: 'Russia', p: 'partyTo', dir: 'in' },
        // Only the other side's fact: kept, in its inverse wording.
        { id: 'Q423', type: 'country', label: 'North Korea', p: 'partyTo', dir: 'in' },
      ],
      null,
    );
    expect(rels.map((r) => `${r.relation} ${r.label}`)).toEqual(['party North Korea', 'party Russia']);
  });

  it('lists each source once, with its latest as-of date', () => {
    const s = sourcesOf([
      { p: 'a', value: '1', source: 'S', asOf: '2024-01-01' },
      { p: 'b', value: '2', source: 'S', asOf: '2025-01-01', sourceUrl: 'https://s.example' },
    ]);
    expect(s).toEqual([{ title: 'S', asOf: '2025-01-01' }]);
  });
});
