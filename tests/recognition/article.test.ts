import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../utils/article/blocks.ts';
import { detectDate, detectLanguage, findArticleRoot, articleSkip, writtenDate } from '../../utils/article/extract.ts';
import { recognise, compileMatcher } from '../../utils/recognition/index.ts';
import { testPack } from './fixture-pack.ts';

function parse(html: string): Document {
  const w = new Window();
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const FR_TEXT =
  "Le président de la République a reçu les représentants des syndicats à l'Élysée pour une réunion qui a duré plus d'une heure. " +
  'Ils ont parlé de la réforme des retraites et de la situation dans le pays, qui est très inquiétante selon elle. ' +
  "Cette rencontre n'a pas permis de rapprocher les positions, mais les deux parties se sont engagées à se revoir.";

describe('collectBlocks', () => {
  it('keeps inline elements in one block and maps text nodes back', () => {
    const doc = parse('<div><p>Oggi <a href="#">Kim</a> Jong-un e <em>Vladimir</em> <b>Putin</b>.</p><p>Secondo.</p></div>');
    const blocks = collectBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual(['Oggi Kim Jong-un e Vladimir Putin.', 'Secondo.']);
    const b = blocks[0]!;
    for (const { node, start } of b.nodes) expect(b.text.slice(start, start + node.data.length)).toBe(node.data);
    const ms = recognise(compileMatcher(testPack), { blocks: blocks.map((x) => x.text), lang: 'it', date: '2024-06' }).mentions;
    expect(ms.map((m) => m.surface)).toEqual(['Kim Jong-un', 'Vladimir Putin']);
  });

  it('splits at block boundaries and <br>, skips hidden and non-text content', () => {
    const doc = parse(
      '<body><h1>Titolo</h1><p>Uno<br>Due</p><script>var Putin=1</script><style>p{}</style>' +
        '<div hidden>nascosto</div><div aria-hidden="true">nascosto</div><div contenteditable>edit</div>' +
        '<backstory-card>Putin</backstory-card><ul><li>A</li><li>B</li></ul><p>   </p><textarea>x</textarea></body>',
    );
    expect(collectBlocks(doc.body).map((b) => b.text)).toEqual(['Titolo', 'Uno', 'Due', 'A', 'B']);
  });

  it('honours opts.skip', () => {
    const doc = parse('<div><p>Uno</p><nav><p>menu</p></nav><p class="x">Due</p></div>');
    const blocks = collectBlocks(doc.body, { skip: (el) => el.tagName.toLowerCase() === 'nav' || el.classList.contains('x') });
    expect(blocks.map((b) => b.text)).toEqual(['Uno']);
  });
});

describe('findArticleRoot', () => {
  const para = (s: string) => `<p>${s} ${'Testo di prova abbastanza lungo per sembrare un paragrafo vero. '.repeat(3)}</p>`;

  it('prefers the article over navigation, asides and related lists', () => {
    const doc = parse(
      `<body><nav><a href="/">Home</a><a href="/esteri">Esteri</a><a href="/x">Russia</a></nav>` +
        `<article><h1>Titolo</h1>${para('Primo')}${para('Secondo')}${para('Terzo')}` +
        `<div class="related"><a href="/1">Giappone, il voto</a><a href="/2">Corea del Sud oggi</a><a href="/3">Altro</a></div></article>` +
        `<aside>${para('Laterale')}</aside><footer>Contatti</footer></body>`,
    );
    const { root, fromSelector } = findArticleRoot(doc);
    expect(root.tagName.toLowerCase()).toBe('article');
    expect(fromSelector).toBe('article');
    const text = collectBlocks(root, { skip: articleSkip(root) }).map((b) => b.text).join('\n');
    expect(text).toContain('Primo');
    expect(text).not.toContain('Corea del Sud');
  });

  it('falls back to the body when there is no clear article', () => {
    const doc = parse('<body><div>Breve.</div><div>Altro.</div></body>');
    expect(findArticleRoot(doc).fromSelector).toBe('body');
  });

  it('uses text density when there is no semantic markup', () => {
    const doc = parse(`<body><div class="menu"><a>a</a></div><div id="c"><div id="story">${para('A')}${para('B')}${para('C')}</div></div></body>`);
    expect(findArticleRoot(doc).root.getAttribute('id')).toBe('story');
  });
});

describe('detectLanguage', () => {
  it('trusts <html lang> when the text agrees or is too short', () => {
    expect(detectLanguage(parse('<html lang="it-IT"><body></body></html>'), 'Breve.')).toBe('it');
  });
  it('overrides a wrong <html lang> with clear text evidence', () => {
    expect(detectLanguage(parse('<html lang="en"><body></body></html>'), FR_TEXT)).toBe('fr');
  });
  it('detects from text when undeclared, and returns null without evidence', () => {
    expect(detectLanguage(parse('<html><body></body></html>'), FR_TEXT)).toBe('fr');
    expect(detectLanguage(parse('<html><body></body></html>'), '')).toBeNull();
  });
});

describe('detectDate', () => {
  it('reads meta, JSON-LD, <time> and the URL', () => {
    expect(detectDate(parse('<head><meta property="article:published_time" content="2024-06-19T10:00:00Z"></head>'))).toBe('2024-06-19');
    expect(detectDate(parse('<head><meta property="article:published_time" content="2024-06"></head>'))).toBe('2024-06');
    expect(detectDate(parse('<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-10-19T14:14:55+0000"}]}</script></head>'))).toBe('2019-10-19');
    expect(detectDate(parse('<body><time datetime="2017-01-13">13 gennaio</time></body>'))).toBe('2017-01-13');
    expect(detectDate(parse('<body></body>'), 'https://example.com/2015/07/24/world/story.html')).toBe('2015-07-24');
    expect(detectDate(parse('<body></body>'))).toBeNull();
  });

  it('reads a date written out in a byline, in any of the five languages, before any comment date', () => {
    expect(detectDate(parse('<body><span class="-meta">Par Loïc Le Clerc | 30 septembre 2018</span><p>Texte.</p><abbr class="date">Le 11 septembre 2018</abbr></body>'))).toBe('2018-09-30');
    expect(writtenDate('Stand: 19. Oktober 2019, 14:14 Uhr')).toBe('2019-10-19');
    expect(writtenDate('Publicado el 5 de marzo de 2024')).toBe('2024-03-05');
    expect(writtenDate('19 giugno 2024')).toBe('2024-06-19');
    expect(writtenDate('Updated June 19, 2024 at 10:00')).toBe('2024-06-19');
    expect(writtenDate('1er août 2023')).toBe('2023-08-01');
    expect(writtenDate('12 articles in 2024')).toBeNull();
  });
});
