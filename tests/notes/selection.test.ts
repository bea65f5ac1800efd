import { describe, expect, it } from 'vitest';
import { anchor } from '../../utils/notes/anchoring';
import { noteContentHandlers } from '../../utils/notes/content-handlers';
import { pageText, selectionContext, toSelectors } from '../../utils/notes/selection';

function page(html: string) {
  document.body.innerHTML = html;
  return document.body;
}

describe('the selection context', () => {
  it('gives the quote, its context and offsets in the page text, skipping scripts and our own UI', () => {
    const body = page('<h1>Title</h1><script>var x = 1;</script><p>Il presidente <b>Putin</b> è arrivato a Pyongyang.</p><backstory-card>card text</backstory-card>');
    const b = body.querySelector('b')!;
    const r = document.createRange();
    r.setStart(b.firstChild!, 0);
    r.setEnd(b.firstChild!, 5);
    const ctx = selectionContext(body, r)!;
    const text = pageText(body);
    expect(text).toBe('TitleIl presidente Putin è arrivato a Pyongyang.');
    expect(ctx).toEqual({ exact: 'Putin', prefix: 'TitleIl presidente ', suffix: ' è arrivato a Pyongyang.', start: 19, end: 24 });
    expect(text.slice(ctx.start, ctx.end)).toBe('Putin');
  });

  it('handles element boundaries and trims surrounding spaces', () => {
    const body = page('<p>one </p><p>two three</p>');
    const r = document.createRange();
    r.setStart(body.querySelector('p')!.firstChild!, 3);
    r.setEnd(body, 2);
    expect(selectionContext(body, r)).toMatchObject({ exact: 'two three', start: 4, end: 13 });
  });

  it('re-anchors through the content handlers after the page changed', async () => {
    const body = page('<p>Il presidente Putin è arrivato a Pyongyang.</p>');
    const r = document.createRange();
    const t = body.querySelector('p')!.firstChild!;
    r.setStart(t, 14);
    r.setEnd(t, 19);
    const sel = toSelectors(selectionContext(body, r)!);
    page('<p>Aggiornamento.</p><p>Il presidente Putin è arrivato a Pyongyang.</p>');
    const [res] = (await noteContentHandlers(document).anchorNotes({ notes: [{ id: 'n', selectors: sel }] })).results;
    expect(res).toMatchObject({ id: 'n', orphaned: false });
    expect(pageText(document.body).slice(res!.start, res!.end)).toBe('Putin');
    page('<p>Nothing here.</p>');
    expect((await noteContentHandlers(document).anchorNotes({ notes: [{ id: 'n', selectors: sel }] })).results[0]).toEqual({ id: 'n', orphaned: true });
    expect(anchor('', sel)).toBeNull();
  });
});
