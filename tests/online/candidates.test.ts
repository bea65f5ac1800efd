// Which names on a page may be looked up online: precision first, since every name sent costs the
// reader's privacy. The people and bodies named here are made up, except where a sentence needs a
// name the pack knows (and then it is passed as matched).
import { describe, expect, it } from 'vitest';
import { candidateNames, findCandidates, type MatchedSpan } from '../../utils/online/candidates';

const names = (text: string | string[], lang: string, matched: MatchedSpan[] = []) =>
  findCandidates(Array.isArray(text) ? text : [text], matched, { lang }).map((c) => `${c.kind}:${c.name}`);

/** The span of `surface` in `text`, as the offline engine would report it. */
const span = (text: string, surface: string, block = 0): MatchedSpan => {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} is not in the text`);
  return { block, start, end: start + surface.length };
};

describe('candidates in English', () => {
  it.each([
    ['Prime Minister Kaja Kallas met the press in Tallinn.', ['person:Kaja Kallas']],
    ['"We will not back down," said Jane Doe, the group\'s spokeswoman.', ['person:Jane Doe']],
    ['Jane Doe said the talks had failed.', ['person:Jane Doe']],
    ['Fighters of the Foo Liberation Front crossed the border.', ['organization:Foo Liberation Front']],
    ['The Foo Liberation Front said on Monday it would talk.', ['organization:Foo Liberation Front']],
    ['Secretary of State Peter Examplewood flew to Riga.', ['person:Peter Examplewood']],
    ['European Commission President Ursula Vandermeer spoke.', ['organization:European Commission', 'person:Ursula Vandermeer']],
    ['According to John F. Smithers, the deal is off.', ['person:John F. Smithers']],
  ])('%s', (text, expected) => {
    expect(names(text, 'en')).toEqual(expected);
  });

  it.each([
    ['The Prime Minister said on Monday that New York would pay.'],
    ['Last Tuesday the President spoke to reporters.'],
    ['New York and Los Angeles were hit by storms.'],
    ['The White House said it would respond.'],
    ['Foreign Minister Warns Of Sanctions Over Border Row'],
    ['Meanwhile NATO allies met in Brussels.'],
  ])('finds nothing in: %s', (text) => {
    expect(names(text, 'en')).toEqual([]);
  });

  it('leaves out names the pack already matched, here and wherever they are spelt the same', () => {
    const first = 'Prime Minister Kaja Kallas met Vladimir Putin.';
    expect(names(first, 'en', [span(first, 'Vladimir Putin')])).toEqual(['person:Kaja Kallas']);
    expect(names(first, 'en', [span(first, 'Kaja Kallas'), span(first, 'Vladimir Putin')])).toEqual([]);
    const blocks = ['Kaja Kallas arrived.', 'Later, said Kaja Kallas, the summit ended.'];
    expect(names(blocks, 'en', [span(blocks[0]!, 'Kaja Kallas')])).toEqual([]);
  });

  it('does not take a word the article writes in lowercase for a name at the start of a sentence', () => {
    // "Protesters" opens the sentence, and the article also writes "protesters".
    const blocks = ['Protesters Jane Doe and others said little.', 'The protesters left at noon.'];
    expect(names(blocks, 'en')).toEqual([]);
  });
});

describe('candidates in Italian', () => {
  it.each([
    ['Il premier Mario Rossini ha incontrato i sindacati.', ['person:Mario Rossini']],
    ['"Non cederemo", ha detto Giulia Verdelli ai giornalisti.', ['person:Giulia Verdelli']],
    ['Ieri Carlo Bianchetti ha dichiarato che il piano è pronto.', ['person:Carlo Bianchetti']],
    ['I miliziani del Fronte Popolare di Liberazione hanno attaccato.', ['organization:Fronte Popolare di Liberazione']],
    ['Il Presidente del Consiglio Anna Ferretti ha parlato alla Camera.', ['person:Anna Ferretti']],
    ['Il ministro degli Esteri Paolo Tarantelli è partito.', ['person:Paolo Tarantelli']],
  ])('%s', (text, expected) => {
    expect(names(text, 'it')).toEqual(expected);
  });

  it.each([
    ['Il Governo ha deciso lunedì.'],
    ['Secondo fonti di Palazzo Chigi la trattativa continua.'],
    ['La Casa Bianca ha detto che risponderà.'],
    ['Lunedì Mattina è prevista pioggia a Roma.'],
  ])('finds nothing in: %s', (text) => {
    expect(names(text, 'it')).toEqual([]);
  });
});

describe('candidates in French', () => {
  it.each([
    ['Le Premier ministre Jean Dupontel a annoncé sa démission.', ['person:Jean Dupontel']],
    ['« Nous resterons », a déclaré Marie Lefébure.', ['person:Marie Lefébure']],
    ['Selon Paul Marchetti, les négociations reprendront.', ['person:Paul Marchetti']],
    ['Les combattants du Front Patriotique de Libération ont avancé.', ['organization:Front Patriotique de Libération']],
    ['Le président Étienne Beaufort-Lamy a reçu son homologue.', ['person:Étienne Beaufort-Lamy']],
  ])('%s', (text, expected) => {
    expect(names(text, 'fr')).toEqual(expected);
  });

  it.each([
    ['Le Kremlin a déclaré que la réunion aura lieu.'],
    ['La Maison Blanche a déclaré son soutien.'],
    ['Lundi Matin, la Bourse de Paris a ouvert en baisse.'],
  ])('finds nothing in: %s', (text) => {
    expect(names(text, 'fr')).toEqual([]);
  });
});

describe('candidates in German', () => {
  it.each([
    ['Bundeskanzlerin Anna Brennecke sagte am Montag, die Lage sei ernst.', ['person:Anna Brennecke']],
    ['„Wir bleiben hart“, sagte Regierungssprecher Tobias Mauerberg.', ['person:Tobias Mauerberg']],
    ['Laut Karl Brenneisen ist die Lage ernst.', ['person:Karl Brenneisen']],
    ['Die Nationale Befreiungsfront griff die Stadt an.', ['organization:Nationale Befreiungsfront']],
  ])('%s', (text, expected) => {
    expect(names(text, 'de')).toEqual(expected);
  });

  it.each([
    ['Am Montag sagte die Regierung in Berlin, dass sie handeln werde.'],
    ['Das Weiße Haus sagte am Abend, es werde antworten.'],
    ['Die Bundesregierung Deutschlands erklärte ihre Position.'],
  ])('finds nothing in: %s', (text) => {
    expect(names(text, 'de')).toEqual([]);
  });
});

describe('candidates in Spanish', () => {
  it.each([
    ['El presidente Luis Castellví viajó a Madrid.', ['person:Luis Castellví']],
    ['"No vamos a ceder", dijo Ana Etxeberria.', ['person:Ana Etxeberria']],
    ['Según Jorge Ramírez Olmedo, el acuerdo está cerca.', ['person:Jorge Ramírez Olmedo']],
    ['Los guerrilleros del Frente Popular de Liberación atacaron.', ['organization:Frente Popular de Liberación']],
  ])('%s', (text, expected) => {
    expect(names(text, 'es')).toEqual(expected);
  });

  it.each([
    ['El Gobierno anunció el lunes nuevas medidas.'],
    ['La Casa Blanca dijo que responderá.'],
    ['Sin embargo, Buenos Aires y Santiago guardaron silencio.'],
  ])('finds nothing in: %s', (text) => {
    expect(names(text, 'es')).toEqual([]);
  });
});

describe('what a lookup may send', () => {
  it('is each distinct name once, and nothing of the sentences around them', () => {
    const blocks = [
      'Prime Minister Kaja Kallas met the press. Later, said Jane Doe, the talks resumed.',
      'Jane Doe said the Foo Liberation Front had agreed.',
    ];
    const found = findCandidates(blocks, [], { lang: 'en' });
    const sent = candidateNames(found);
    expect(sent).toEqual([
      { name: 'Kaja Kallas', kind: 'person' },
      { name: 'Jane Doe', kind: 'person' },
      { name: 'Foo Liberation Front', kind: 'organization' },
    ]);
    // Every name is the text of its span, no more.
    for (const c of found) expect(blocks[c.block]!.slice(c.start, c.end)).toBe(c.name);
  });

  it('uses every language\'s rules when the page\'s language is unknown', () => {
    expect(names('Il premier Mario Rossini ha parlato.', '')).toEqual(['person:Mario Rossini']);
  });
});
