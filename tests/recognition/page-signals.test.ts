// Failure classes of issue 10 seen on unseen pages: a JSON-LD teaser taking over the article, and the wrong date.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/article/analyse.ts';
import { detectPublicationDate } from '../../utils/article/dates.ts';
import { detectTextLanguage, findArticleRoot } from '../../utils/article/extract.ts';
import { readPageContext, withCorrection } from '../../utils/article/page-context.ts';
import { testPack } from './fixture-pack.ts';

function parse(html: string, url = 'https://news.example.com/story'): Document {
  const w = new Window({ url });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const para = (s: string, n = 1): string => Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1}) Il vertice è proseguito a lungo, con dichiarazioni congiunte e nuovi impegni.</p>`).join('');

describe('a JSON-LD articleBody that is only a teaser', () => {
  const lead = 'Vladimir Putin è arrivato a Pyongyang per incontrare Kim Jong-un in una visita di due giorni.';
  const rest = para('La Corea del Sud e il Giappone hanno protestato, mentre la Cina ha taciuto', 12);
  const page = (body: string) =>
    parse(`<html lang="it"><head>${ld({ '@type': 'NewsArticle', headline: 'Putin a Pyongyang', articleBody: body, datePublished: '2024-06-19' })}</head>
      <body><nav><a href="/">Home</a></nav><article><h1>Putin a Pyongyang</h1><p class="lead">${lead}</p><div class="body">${rest}</div></article></body></html>`);

  it('never narrows the article to the teaser: the whole DOM article is read', () => {
    const teaser = `${lead} ${'La visita è la prima in ventiquattro anni.'.repeat(4)}`;
    expect(teaser.length).toBeGreaterThan(200);
    const doc = page(teaser);
    const { root } = findArticleRoot(doc);
    expect(root.textContent).toContain('Giappone');
    const r = analyseDocument(doc, testPack);
    const labels = r.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong-un', 'South Korea', 'Japan']));
  });

  it('still lets a full articleBody choose the root', () => {
    const full = `${lead} ${Array.from(doc0().querySelectorAll('.body p')).map((p) => p.textContent).join(' ')}`;
    const { fromSelector, root } = findArticleRoot(page(full));
    expect(fromSelector).toBe('json-ld articleBody');
    expect(root.textContent).toContain('Giappone');
  });
  const doc0 = () => page('x');
});

describe('the publication date', () => {
  const today = new Date('2026-12-02T12:00:00Z');
  const at = (html: string, url?: string) => detectPublicationDate(parse(html), { today, ...(url ? { url } : {}) });

  it("takes the main article's datePublished, not an embedded item's", () => {
    const html = `<head><title>Summit ends with a pact</title>${ld({
      '@graph': [
        { '@type': 'VideoObject', name: 'Archive footage', uploadDate: '2012-03-01', datePublished: '2012-03-01' },
        { '@type': 'NewsArticle', headline: 'Summit ends with a pact', datePublished: '2026-03-04T09:00:00+01:00',
          hasPart: [{ '@type': 'NewsArticle', headline: 'Earlier: talks begin', datePublished: '2012-05-06' }] },
      ],
    })}</head><body><h1>Summit ends with a pact</h1></body>`;
    expect(at(html)).toEqual({ date: '2026-03-04', source: 'json-ld' });
  });

  it('ignores an ImageObject dateCreated and a related story listed before the article', () => {
    const html = `<head>${ld([
      { '@type': 'NewsArticle', headline: 'Another story entirely', datePublished: '2012-01-02' },
      { '@type': 'NewsArticle', headline: 'Ministers meet in Brussels', datePublished: '2026-02-10',
        image: { '@type': 'ImageObject', dateCreated: '2011-07-07' } },
    ])}</head><body><h1>Ministers meet in Brussels</h1></body>`;
    expect(at(html).date).toBe('2026-02-10');
  });

  it('reads JSON-LD wrapped in CDATA, as some publishers write it', () => {
    const html = `<head><script type="application/ld+json">
        <![CDATA[
        {"@type":"NewsArticle","headline":"Impeachment fails after walkout","datePublished":"2024-12-06T22:00:40.000Z","dateModified":"2024-12-07T12:43:39.889Z"}
        ]]>
      </script><meta property="article:published_time" content="2024-12-07T12:43:39.889Z"></head><body><h1>Impeachment fails after walkout</h1></body>`;
    expect(at(html)).toEqual({ date: '2024-12-06', source: 'json-ld' });
  });

  it('rejects a JSON-LD date modified before it was published, and dates after today', () => {
    const bad = `<head>${ld({ '@type': 'NewsArticle', headline: 'A headline long enough', datePublished: '2026-05-05', dateModified: '2019-01-01' })}
      <meta property="article:published_time" content="2019-01-01T08:00:00+01:00"></head><body><h1>A headline long enough</h1></body>`;
    expect(at(bad)).toEqual({ date: '2019-01-01', source: 'meta' });
    const future = `<head><meta property="article:published_time" content="2031-01-01"></head><body><time datetime="2026-11-30">30 Nov</time></body>`;
    expect(at(future)).toEqual({ date: '2026-11-30', source: 'time' });
  });

  it("prefers the byline's <time> inside the article over other stories' times", () => {
    const html = `<body><aside class="related"><time datetime="2012-04-04">4 Apr 2012</time></aside>
      <article><h1>Title</h1><p class="byline">By A. Writer <time datetime="2026-01-20T10:00:00+01:00">20 January 2026</time></p><p>Text.</p></article></body>`;
    const doc = parse(html);
    expect(detectPublicationDate(doc, { today, root: doc.querySelector('article') })).toEqual({ date: '2026-01-20', source: 'time' });
  });

  it("reads the URL's date when nothing else is there, and says where a date came from", () => {
    expect(at('<body><p>x</p></body>', 'https://example.com/2015/07/24/world/story.html')).toEqual({ date: '2015-07-24', source: 'url' });
    expect(at('<body><p>x</p></body>')).toEqual({ date: null, source: null });
  });

  it('is outvoted by two weaker signals that agree with each other', () => {
    const html = `<head><meta property="article:published_time" content="2012-09-09"></head>
      <body><article><p class="byline"><time datetime="2026-04-14">14 April 2026</time></p></article></body>`;
    expect(at(html, 'https://example.com/news/2026/04/14/story').date).toBe('2026-04-14');
  });

  it('reads a ticker kept under one address as of the update its byline shows, and a live blog as of its latest update', () => {
    const ticker = `<head>${ld({ '@type': 'NewsArticle', headline: 'Israel und Gaza: News und Entwicklungen', datePublished: '2023-10-07T08:00:00+02:00', dateModified: '2024-07-18T13:08:27+02:00' })}</head>
      <body><article><h1>Israel und Gaza: News und Entwicklungen</h1><p class="meta">Aktualisiert 18.07.2024</p><time datetime="2024-07-18T13:08:27+02:00">18.07.2024, 13.08 Uhr</time></article></body>`;
    expect(at(ticker).date).toBe('2024-07-18');
    const live = `<head>${ld({ '@type': 'LiveBlogPosting', headline: 'Russia-Ukraine war live', datePublished: '2023-05-14T22:00:00Z', dateModified: '2023-05-15T16:00:00Z' })}</head><body><h1>Russia-Ukraine war live</h1></body>`;
    expect(at(live).date).toBe('2023-05-15');
    // An article merely updated later keeps its publication date.
    const updated = `<head>${ld({ '@type': 'NewsArticle', headline: 'A summit in Brussels ends', datePublished: '2024-03-01', dateModified: '2024-03-09' })}</head><body><h1>A summit in Brussels ends</h1><time datetime="2024-03-01">1 March 2024</time></body>`;
    expect(at(updated).date).toBe('2024-03-01');
  });

  it('reads a UTC stamp near midnight as the publisher\'s own day', () => {
    const html = `<head><link rel="canonical" href="https://www.example.de/politik/article1.html">
      <meta name="date" content="2024-08-26T23:27:57.000Z"></head><body></body>`;
    expect(at(html).date).toBe('2024-08-27');
    const shown = `<body><time datetime="2016-12-01T23:29:49.000Z">December 2, 2016</time></body>`;
    expect(at(shown).date).toBe('2016-12-02');
    // West of Greenwich the other way: a Brazilian paper's 00:44 UTC is the evening before.
    const br = `<head><link rel="canonical" href="https://www.example.com.br/politica/x"><meta property="article:published_time" content="2022-05-04T00:44:00Z"></head><body></body>`;
    expect(at(br).date).toBe('2022-05-03');
  });

  it('reads a date in the page\'s title when nothing else dates it', () => {
    expect(at('<head><title>Una solución no violenta para la cuestión mapuche - 07.12.2017 - lanacion.com</title></head><body><p>x</p></body>')).toEqual({ date: '2017-12-07', source: 'title' });
  });

  it('reads a date written out in the page\'s own summary when nothing else dates it', () => {
    expect(at('<head><meta name="description" content="Notizia del 14 Gennaio 2020: censimento dell\'orso."></head><body><p>Testo.</p></body>')).toEqual({ date: '2020-01-14', source: 'description' });
  });
});

describe("the reader's correction", () => {
  it('wins field by field over what the page says, and marks the source', () => {
    const doc = parse('<html lang="en"><head><meta property="article:published_time" content="2012-01-01"></head><body><p>Hello.</p></body></html>');
    const seen = readPageContext(doc, ['Hello.']);
    expect(seen).toMatchObject({ lang: 'en', date: '2012-01-01', dateSource: 'meta' });
    expect(withCorrection(seen, { lang: null, date: '2026-03-01' })).toEqual({ lang: 'en', date: '2026-03-01', dateSource: 'reader', corrected: true });
    expect(withCorrection(seen, { lang: 'it', date: null })).toMatchObject({ lang: 'it', date: '2012-01-01', dateSource: 'meta' });
    expect(withCorrection(seen, null)).toBe(seen);
  });

  it('is what analyseDocument recognises with (the CLI and the eval go through the same path)', () => {
    const doc = parse('<html lang="it"><head><meta property="article:published_time" content="2012-01-01"></head><body><article><p>Vladimir Putin ha parlato a lungo del vertice con i suoi ministri e con la stampa estera.</p></article></body></html>');
    expect(analyseDocument(doc, testPack).dateSource).toBe('meta');
    const r = analyseDocument(doc, testPack, { date: '2024-06-19' });
    expect(r.date).toBe('2024-06-19');
    expect(r.dateSource).toBe('reader');
  });
});

describe('Cyrillic is not always Russian', () => {
  const times = (t: string, n = 4) => Array.from({ length: n }, () => t).join(' ');
  it('tells Russian, Ukrainian, Bulgarian and Serbian apart by their own letters and words', () => {
    expect(detectTextLanguage(times('Президент заявил, что это решение было принято после долгих переговоров, которые шли года.'))?.lang).toBe('ru');
    expect(detectTextLanguage(times('Президент заявив, що це рішення було ухвалене після довгих переговорів, які тривали від року.'))?.lang).toBe('uk');
    expect(detectTextLanguage(times('Президентът заяви, че това решение е взето след дълги преговори, които са продължили една година.'))?.lang).toBe('bg');
    expect(detectTextLanguage(times('Председник је изјавио да је ова одлука донесена након дугих преговора, који су трајали годину дана, уз њихову подршку.'))?.lang).toBe('sr');
  });
});
