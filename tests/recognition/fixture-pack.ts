// A small hand-made pack for unit tests, independent of public/pack.json (which keeps growing).
import type { Entity, Pack } from '../../utils/pack/schema.ts';

const SRC = 'test';
const AS_OF = '2026-01-01';
type Lang = 'en' | 'it' | 'fr' | 'de' | 'es';
const all = (xs: string[]): Partial<Record<Lang, string[]>> => ({ en: xs, it: xs, fr: xs, de: xs, es: xs });
const ref = (p: string, v: string, from?: string, to?: string) => ({ p, v, ref: true, src: SRC, asOf: AS_OF, ...(from ? { from } : {}), ...(to ? { to } : {}) });

function ent(e: Partial<Entity> & Pick<Entity, 'id' | 'type'> & { en: string }): Entity {
  const { en, ...rest } = e;
  return { labels: { en }, aliases: {}, desc: { en: `${e.type} ${en}` }, facts: [], ...rest };
}

export const testPack: Pack = {
  format: 1,
  version: 'test',
  asOf: AS_OF,
  sources: [{ id: SRC, title: 'unit tests' }],
  entities: [
    ent({ id: 'P-putin', type: 'person', en: 'Vladimir Putin', aliases: { en: ['Vladimir Putin', 'Putin'], it: ['Vladimir Putin', 'Putin'], de: ['Wladimir Putin', 'Putin'], fr: ['Vladimir Poutine', 'Poutine'] }, facts: [ref('office', 'C-ru', '2012-05-07')] }),
    ent({ id: 'P-kju', type: 'person', en: 'Kim Jong-un', aliases: all(['Kim Jong-un', 'Kim Jong Un']), weakAliases: all(['Kim']), facts: [ref('office', 'C-kp', '2011-12-17')] }),
    ent({ id: 'P-kji', type: 'person', en: 'Kim Jong-il', aliases: all(['Kim Jong-il', 'Kim Jong Il']), weakAliases: all(['Kim']), facts: [ref('office', 'C-kp', '1994-07-08', '2011-12-17')] }),
    ent({ id: 'P-may', type: 'person', en: 'Theresa May', aliases: { en: ['Theresa May'] }, weakAliases: { en: ['May'] }, facts: [ref('office', 'C-uk', '2016-07-13', '2019-07-24')] }),
    ent({ id: 'P-biden', type: 'person', en: 'Joe Biden', aliases: all(['Joe Biden']), weakAliases: all(['Biden']), facts: [ref('office', 'C-us', '2021-01-20', '2025-01-20')] }),
    ent({ id: 'PL-white-house', type: 'place', en: 'White House', aliases: { en: ['White House'], it: ['Casa Bianca'] }, metonymOf: 'C-us' }),
    ent({ id: 'C-ru', type: 'country', en: 'Russia', aliases: { en: ['Russia', 'Russian Federation'], it: ['Russia', 'Federazione Russa'], de: ['Russland'], fr: ['Russie'], es: ['Rusia'] }, facts: [ref('capital', 'PL-moscow'), ref('headOfState', 'P-putin', '2012-05-07')] }),
    ent({ id: 'C-kp', type: 'country', en: 'North Korea', aliases: { en: ['North Korea'], it: ['Corea del Nord'], de: ['Nordkorea'], fr: ['Corée du Nord'], es: ['Corea del Norte'] }, facts: [ref('capital', 'PL-pyongyang')] }),
    ent({ id: 'C-kr', type: 'country', en: 'South Korea', aliases: { en: ['South Korea'], it: ['Corea del Sud'], de: ['Südkorea'], fr: ['Corée du Sud'], es: ['Corea del Sur'] } }),
    ent({ id: 'C-us', type: 'country', en: 'United States', aliases: { en: ['United States', 'US', 'USA'], it: ['Stati Uniti', 'USA'] } }),
    ent({ id: 'C-uk', type: 'country', en: 'United Kingdom', aliases: { en: ['United Kingdom', 'UK', 'Britain'], it: ['Regno Unito'] } }),
    ent({ id: 'C-nl', type: 'country', en: 'Netherlands', aliases: { en: ['Netherlands'], it: ['Paesi Bassi'], fr: ['Pays-Bas', 'Hollande'] }, facts: [ref('capital', 'PL-amsterdam')] }),
    ent({ id: 'PL-amsterdam', type: 'place', en: 'Amsterdam', aliases: all(['Amsterdam']), metonymOf: 'C-nl' }),
    ent({ id: 'C-jp', type: 'country', en: 'Japan', aliases: { en: ['Japan'], it: ['Giappone'] } }),
    ent({ id: 'C-ge', type: 'country', en: 'Georgia', aliases: { it: ['Georgia'] }, weakAliases: { en: ['Georgia'] }, facts: [ref('capital', 'PL-tbilisi')] }),
    ent({ id: 'PL-tbilisi', type: 'place', en: 'Tbilisi', aliases: all(['Tbilisi']), metonymOf: 'C-ge' }),
    ent({ id: 'PL-moscow', type: 'place', en: 'Moscow', aliases: { en: ['Moscow'], de: ['Moskau'], fr: ['Moscou'] }, weakAliases: { it: ['Mosca'] }, metonymOf: 'C-ru' }),
    ent({ id: 'PL-pyongyang', type: 'place', en: 'Pyongyang', aliases: all(['Pyongyang']), metonymOf: 'C-kp' }),
    ent({ id: 'PL-washington', type: 'place', en: 'Washington, D.C.', aliases: all(['Washington']), metonymOf: 'C-us' }),
    ent({ id: 'O-eu', type: 'organization', en: 'European Union', aliases: { en: ['European Union', 'EU'], it: ['Unione Europea', 'UE'], fr: ['Union européenne', 'UE'], de: ['Europäische Union', 'EU'] } }),
    ent({ id: 'O-un', type: 'organization', en: 'United Nations', aliases: { en: ['United Nations', 'UN'], it: ['ONU', 'Nazioni Unite'], fr: ['ONU'] } }),
    ent({
      id: 'T-ru-kp', type: 'treaty', en: 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea',
      aliases: { en: ['Treaty on Comprehensive Strategic Partnership'] },
      generic: { en: ['mutual defence pact'], it: ['patto di mutua difesa'] },
      facts: [ref('party', 'C-ru'), ref('party', 'C-kp'), { p: 'signed', v: '2024-06-19', src: SRC, asOf: AS_OF }],
    }),
    ent({
      id: 'T-su-kp-1961', type: 'treaty', en: 'Soviet–North Korean Treaty of Friendship, Co-operation and Mutual Assistance',
      generic: { it: ['patto di mutua difesa'] },
      facts: [ref('party', 'C-ru'), ref('party', 'C-kp'), { p: 'signed', v: '1961-07-06', src: SRC, asOf: AS_OF }, { p: 'ended', v: '1996-09-10', src: SRC, asOf: AS_OF }],
    }),
    ent({
      id: 'T-us-kr', type: 'treaty', en: 'Mutual Defense Treaty between the United States and South Korea',
      aliases: { en: ['Mutual Defense Treaty between the United States and the Republic of Korea'] },
      generic: { en: ['mutual defence pact', 'mutual defense treaty'], it: ['patto di mutua difesa'] },
      facts: [ref('party', 'C-us'), ref('party', 'C-kr'), { p: 'signed', v: '1953-10-01', src: SRC, asOf: AS_OF }],
    }),
    ent({
      id: 'T-paris', type: 'treaty', en: 'Paris Agreement', desc: { en: 'international agreement on climate change mitigation', fr: 'accord international sur le climat' },
      aliases: { en: ['Paris Agreement'], fr: ['accord de Paris sur le climat'], it: ['Accordo di Parigi'] }, generic: { fr: ['accord de Paris'], en: ['Paris accord'] },
      facts: [{ p: 'signed', v: '2016-04-22', src: SRC, asOf: AS_OF }],
    }),
  ],
};
