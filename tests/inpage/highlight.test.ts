import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../utils/article/blocks';
import { articleSkip } from '../../utils/article/extract';
import { placeCard } from '../../components/card/mount';
import { collectBlocksSliced } from '../../utils/content/collect';
import { Slicer } from '../../utils/content/schedule';
import { highlightCss, luminanceOf, MARK_TAG, pageHighlightNames, pagePalette, randomHighlightNames, supportsCustomHighlights, WrapLayer } from '../../utils/highlight/custom-highlights';
import { rangeFor } from '../../utils/highlight/ranges';

const ARTICLE = `
  <nav><a href="/">Home</a> <a href="/esteri">Esteri</a> <a href="/x">Politica</a></nav>
  <article>
    <h1>Putin a Pyongyang</h1>
    <div class="body">
      <p>Il presidente <a href="/putin">Vladimir <b>Putin</b></a> è arrivato a <i>Pyongyang</i>, accolto da Kim Jong-un.</p>
      <div><p>I due leader hanno firmato un patto.</p><p>Gli Stati Uniti protestano.</p></div>
      text directly in a div <span>with inline</span> tail
      <ul><li>Russia</li><li>Corea del Nord</li></ul>
    </div>
  </article>`;

describe('sliced block collection', () => {
  it('gives exactly the blocks of one collectBlocks walk', async () => {
    document.body.innerHTML = ARTICLE;
    const root = document.querySelector('article')!;
    const whole = collectBlocks(root, { skip: articleSkip(root) }).map((b) => b.text);
    // A zero budget yields at every unit: the most cuts the walk can have.
    const sliced = await collectBlocksSliced(root, articleSkip(root), new Slicer(window, new AbortController().signal, 0));
    expect(sliced.map((b) => b.text)).toEqual(whole);
    expect(whole.length).toBeGreaterThan(4);
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = ARTICLE;
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(collectBlocksSliced(document.body, undefined, new Slicer(window, ctrl.signal, 0))).rejects.toThrow('aborted');
  });
});

describe('the wrapping fallback', () => {
  it('is what happy-dom gets, having no Highlight API', () => {
    expect(supportsCustomHighlights(window)).toBe(false);
  });

  it('wraps mentions in <backstory-mark> and restores the exact original nodes on clear', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n as Text);
    const root = document.querySelector('article')!;
    const blocks = collectBlocks(root);
    const block = blocks.find((b) => b.text.includes('Vladimir Putin'))!;
    const at = (s: string) => block.text.indexOf(s);
    // "Vladimir Putin" spans an <a> and a <b>; "Pyongyang" is a whole text node; "Kim" sits mid-node.
    const ranges = [
      { range: rangeFor(document, block, at('Vladimir Putin'), at('Vladimir Putin') + 14)!, type: 'person' as const },
      { range: rangeFor(document, block, at('Pyongyang'), at('Pyongyang') + 9)!, type: 'place' as const },
      { range: rangeFor(document, block, at('Kim Jong-un'), at('Kim Jong-un') + 11)!, type: 'person' as const },
    ];
    const layer = new WrapLayer(window, 'underline', 'light');
    layer.set(ranges);
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.map((m) => m.textContent)).toEqual(['Vladimir ', 'Putin', 'Pyongyang', 'Kim Jong-un']);
    expect(marks.every((m) => (m as HTMLElement).dataset.type)).toBe(true);
    // The text reads the same while wrapped.
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(`<body>${ARTICLE}</body>`, 'text/html').body.textContent);
    layer.focus(ranges[1]!.range);
    expect(document.querySelector(`${MARK_TAG}[data-focus]`)?.textContent).toBe('Pyongyang');

    // Dropping one mention unwraps only it.
    layer.set([ranges[0]!, ranges[2]!]);
    expect(Array.from(document.querySelectorAll(MARK_TAG), (m) => m.textContent)).toEqual(['Vladimir ', 'Putin', 'Kim Jong-un']);

    layer.clear();
    expect(document.body.innerHTML).toBe(before);
    // The very same text node objects, not look-alikes: frameworks hold references to them.
    const after: Text[] = [];
    const w2 = document.createTreeWalker(document.body, 4);
    for (let n = w2.nextNode(); n; n = w2.nextNode()) after.push(n as Text);
    expect(after.length).toBe(textNodes.length);
    expect(after.every((n, i) => n === textNodes[i])).toBe(true);
  });
});

describe('colours and placement', () => {
  it('reads luminance from computed colours and ignores transparent ones', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminanceOf('rgb(13, 17, 23)')!).toBeLessThan(0.02);
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminanceOf('transparent')).toBeNull();
  });

  it('picks the dark palette on a dark page', () => {
    document.body.innerHTML = '<div id="a"><p id="p">x</p></div>';
    document.getElementById('a')!.style.backgroundColor = 'rgb(10, 10, 10)';
    expect(pagePalette(window, document.getElementById('p'))).toBe('dark');
    document.getElementById('a')!.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pagePalette(window, document.getElementById('p'))).toBe('light');
  });

  it('writes one rule per type, underline or background', () => {
    const names = randomHighlightNames();
    expect(highlightCss('underline', 'light', names)).toContain(`::highlight(${names.types.treaty})`);
    expect(highlightCss('underline', 'light', names)).toContain('text-decoration');
    expect(highlightCss('background', 'dark', names)).not.toContain('text-decoration');
    expect(highlightCss('background', 'dark', names)).toContain('#f87171');
    expect(highlightCss('underline', 'light')).toContain(`${MARK_TAG}[data-type="treaty"]`);
  });

  it('registers highlights under random names that carry no word of the extension, the same all page long', () => {
    const a = randomHighlightNames();
    const b = randomHighlightNames();
    const all = [...Object.values(a.types), a.focus];
    expect(new Set(all).size).toBe(all.length);
    for (const n of all) expect(n).toMatch(/^[a-z]{12}$/);
    expect(all).not.toEqual([...Object.values(b.types), b.focus]);
    // Painted highlights' stylesheet names neither the extension nor any type or state.
    let css = highlightCss('underline', 'light', a);
    for (const n of all) css = css.replaceAll(n, '');
    for (const word of ['backstory', 'person', 'country', 'place', 'organization', 'treaty', 'focus']) expect(css).not.toContain(word);
    expect(pageHighlightNames()).toBe(pageHighlightNames());
  });

  it('places the card below the term, above it near the bottom, and inside the viewport', () => {
    const rect = (left: number, top: number) => new DOMRect(left, top, 60, 18);
    expect(placeCard(rect(100, 100), 1200, 900)).toMatchObject({ left: '100px', top: '124px' });
    const low = placeCard(rect(100, 850), 1200, 900);
    expect(low.bottom).toBe('56px');
    expect(low.top).toBeUndefined();
    // At the right edge it shifts left so its 380 px fit.
    expect(placeCard(rect(1150, 100), 1200, 900).left).toBe(`${1200 - 380 - 8}px`);
    // On a narrow phone it keeps 8 px margins.
    expect(placeCard(rect(10, 100), 320, 600).left).toBe('8px');
  });
});
