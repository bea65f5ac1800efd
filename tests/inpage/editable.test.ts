import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks, inEditable } from '../../utils/article/blocks';
import { collectBlocksSliced } from '../../utils/content/collect';
import { PageSession, type RecognizeInput } from '../../utils/content/page-session';
import { Slicer } from '../../utils/content/schedule';
import { fromReader, readerOnly } from '../../utils/content/trusted';
import { MARK_TAG } from '../../utils/highlight/custom-highlights';
import type { RecognizeResponse } from '../../utils/messaging/protocol';
import { packMentions } from '../../utils/messaging/spans';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

/* Editable content is the reader's own draft: never read, recognised or highlighted. */

const ARTICLE = `<article id="a">
  <h1>Putin parla</h1>
  <p>Oggi Putin ha parlato a lungo della guerra e del futuro, con toni duri e lunghi silenzi.</p>
  <p>Un secondo paragrafo abbastanza lungo da sembrare un articolo vero, ancora su Putin.</p>
</article>`;

const texts = (root: Node) => collectBlocks(root).map((b) => b.text.trim());
const sliced = async (root: Element) => (await collectBlocksSliced(root, undefined, new Slicer(window, new AbortController().signal))).map((b) => b.text.trim());
const article = () => document.getElementById('a')!;

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('editable content', () => {
  it('is read as usual when nothing is editable (the control for the cases below)', async () => {
    document.body.innerHTML = ARTICLE;
    expect(inEditable(article())).toBe(false);
    expect(texts(article()).join(' ')).toContain('Oggi Putin');
    expect((await sliced(article())).join(' ')).toContain('Oggi Putin');
  });

  it('is not read when the article root itself is editable', async () => {
    document.body.innerHTML = ARTICLE.replace('<article id="a">', '<article id="a" contenteditable="true">');
    expect(inEditable(article())).toBe(true);
    expect(texts(article())).toEqual([]);
    expect(await sliced(article())).toEqual([]);
  });

  it('is not read when an ancestor of the article is editable, whatever its value but "false"', async () => {
    for (const attr of ['contenteditable', 'contenteditable="plaintext-only"', 'contenteditable="TRUE"']) {
      document.body.innerHTML = `<main ${attr}><div>${ARTICLE}</div></main>`;
      expect({ attr, blocks: texts(article()) }).toEqual({ attr, blocks: [] });
      expect({ attr, blocks: await sliced(article()) }).toEqual({ attr, blocks: [] });
    }
    document.body.innerHTML = `<main contenteditable="false"><div>${ARTICLE}</div></main>`;
    expect((await sliced(article())).join(' ')).toContain('Oggi Putin');
  });

  it('is not read inside a text field, nor anywhere while the document is in design mode', async () => {
    document.body.innerHTML = `<textarea id="t">Putin</textarea>${ARTICLE}`;
    expect(inEditable(document.getElementById('t')!.firstChild!)).toBe(true);
    expect(texts(document.getElementById('t')!)).toEqual([]);
    document.designMode = 'on';
    expect(inEditable(article())).toBe(true);
    expect(texts(document.body)).toEqual([]);
    expect(await sliced(article())).toEqual([]);
  });

  it('is not read through an editable shadow host', () => {
    document.body.innerHTML = '<div id="host" contenteditable></div>';
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>Oggi Putin ha parlato a lungo della guerra.</p>';
    expect(texts(sr)).toEqual([]);
  });

  it('gets no highlights and is never sent for recognition: the page session on an editable article', async () => {
    const calls: RecognizeInput[] = [];
    const recognize = async (req: RecognizeInput): Promise<RecognizeResponse> => {
      calls.push(req);
      const mentions = req.blocks.flatMap((text, block) => {
        const at = text.indexOf('Putin');
        return at < 0 ? [] : [{ block, start: at, end: at + 5, id: 'Q7747' }];
      });
      return packMentions(mentions, () => 'person');
    };
    const run = async (html: string) => {
      document.body.innerHTML = `<main>${html}</main>`;
      calls.length = 0;
      const session = new PageSession({
        doc: document,
        win: window,
        signal: new AbortController().signal,
        timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
        recognize,
        describe: async () => [],
        corrections: async () => [],
        openCard: () => {},
        closeCard: () => {},
        isOwnUi: () => false,
      });
      await session.applySettings(DEFAULT_SETTINGS);
      const marks = document.querySelectorAll(MARK_TAG).length;
      const sent = calls.flatMap((c) => c.blocks).join(' ');
      session.stop();
      return { marks, sent };
    };
    const plain = await run(ARTICLE);
    expect(plain.marks).toBeGreaterThan(0);
    expect(plain.sent).toContain('Putin');
    const editable = await run(ARTICLE.replace('<article id="a">', '<article id="a" contenteditable>'));
    expect(editable).toEqual({ marks: 0, sent: '' });
  });
});

describe('reader-only events', () => {
  it('let through only events the browser marks as the reader\'s own', () => {
    const seen: string[] = [];
    const handler = readerOnly((e: Event) => seen.push(e.type));
    // A page's dispatched event is never trusted; happy-dom's aren't either, as in a browser.
    const synthetic = new MouseEvent('click');
    expect(fromReader(synthetic)).toBe(false);
    handler(synthetic);
    const trusted = new MouseEvent('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    expect(fromReader(trusted)).toBe(true);
    handler(trusted);
    expect(seen).toEqual(['click']);
  });
});
