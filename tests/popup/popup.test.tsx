import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LangContext, pickLang, translate } from '../../components/popup/i18n';
import { NewNoteForm, NoteItem } from '../../components/popup/NoteEditor';
import type { NoteRecord } from '../../utils/db/records';

const NOTE: NoteRecord = {
  id: 'n1',
  text: 'Attenzione <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>',
  quote: '<b>citazione</b>',
  tags: ['fonti'],
  url: 'https://corriere.it/a',
  site: 'corriere.it',
  createdAt: 1,
  updatedAt: 2,
};

// eslint-disable-next-line typescript/no-explicit-any -- any component's vnode
function mount(vnode: preact.VNode<any>, lang: 'en' | 'it' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(LangContext.Provider, { value: lang }, vnode), root));
  return root;
}

describe('popup language', () => {
  it('follows the browser unless the reader chose', () => {
    expect(pickLang('auto', 'it-IT')).toBe('it');
    expect(pickLang('auto', 'ja')).toBe('en');
    expect(pickLang('en', 'it')).toBe('en');
    expect(pickLang('it', 'en-GB')).toBe('it');
  });

  it('fills placeholders in both languages', () => {
    expect(translate('en', 'seenIn', { n: 6 })).toBe('seen in 6 articles');
    expect(translate('it', 'seenIn', { n: 6 })).toBe('visto in 6 articoli');
  });

  it('says one in the singular', () => {
    expect(translate('en', 'seenIn', { n: 1 })).toBe('seen in 1 article');
    expect(translate('it', 'mentions', { n: 1 })).toBe('1 menzione');
    expect(translate('en', 'mentions', { n: 0 })).toBe('0 mentions');
  });

  it('speaks the seven languages of the articles, each with its own plural rule', () => {
    expect(translate('de', 'seenIn', { n: 2 })).toBe('in 2 Artikeln gesehen');
    expect(translate('es', 'notesCount', { n: 1 })).toBe('1 nota');
    // French counts zero in the singular; English does not.
    expect(translate('fr', 'notesCount', { n: 0 })).toBe('0 note');
    expect(translate('en', 'notesCount', { n: 0 })).toBe('0 notes');
    expect(pickLang('auto', 'de-AT')).toBe('de');
    expect(pickLang('auto', 'pt-BR')).toBe('pt');
    expect(pickLang('auto', 'ru-RU')).toBe('ru');
    expect(pickLang('auto', 'uk-UA')).toBe('en');
    // Russian has three forms for counts: one (1, 21), few (2–4, 22), many (0, 5–20, 25).
    expect([1, 21, 2, 22, 0, 5, 11, 25].map((n) => translate('ru', 'notesCount', { n }))).toEqual(
      ['1 заметка', '21 заметка', '2 заметки', '22 заметки', '0 заметок', '5 заметок', '11 заметок', '25 заметок'],
    );
    expect(translate('pt', 'notesCount', { n: 2 })).toMatch(/^2 \S+s$/);
    expect(pickLang('es', 'it-IT')).toBe('es');
  });
});

describe('a note in the list', () => {
  it('renders note text and quotes as text, never as HTML', () => {
    const root = mount(h(NoteItem, { note: NOTE, entityLabel: undefined, onSave: vi.fn(), onDelete: vi.fn(), onOpen: vi.fn() }));
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=');
    expect(root.textContent).toContain('<b>citazione</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the orphaned state and offers to open its page', () => {
    const onOpen = vi.fn();
    const root = mount(h(NoteItem, { note: { ...NOTE, orphaned: true }, entityLabel: 'Vladimir Putin', onSave: vi.fn(), onDelete: vi.fn(), onOpen }), 'it');
    expect(root.querySelector('[data-testid="orphaned"]')?.textContent).toBe('Citazione non più trovata nella pagina');
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Apri pagina')!;
    act(() => open.click());
    expect(onOpen).toHaveBeenCalledWith('https://corriere.it/a');
  });

  it('keeps the reader’s text after a conflict and saves again from the version shown', async () => {
    const current = { ...NOTE, text: 'changed in a card', updatedAt: 5 };
    const onSave = vi.fn().mockResolvedValueOnce({ ok: false, message: 'conflict', current }).mockResolvedValueOnce({ ok: true });
    const root = mount(h(NoteItem, { note: NOTE, entityLabel: undefined, onSave, onDelete: vi.fn(), onOpen: vi.fn() }));
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!.click());
    const area = root.querySelector('textarea[name="edit"]') as HTMLTextAreaElement;
    act(() => {
      area.value = 'my words';
      area.dispatchEvent(new Event('input'));
    });
    const submit = async () => {
      await act(async () => {
        root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      });
    };
    await submit();
    expect(onSave.mock.calls[0]![1]).toBe(2);
    expect((root.querySelector('textarea[name="edit"]') as HTMLTextAreaElement).value).toBe('my words');
    expect(root.querySelector('.conflict')?.textContent).toBe('changed in a card');
    await submit();
    expect(onSave.mock.calls[1]![0]).toMatchObject({ id: 'n1', text: 'my words' });
    expect(onSave.mock.calls[1]![1]).toBe(5);
  });
});

describe('the new-note form', () => {
  it('carries a selection’s quote and preselected entity into the saved draft, with tags', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true });
    const base = { quote: 'patto', url: 'https://x.it/a', selectors: { quote: { exact: 'patto', prefix: 'il ', suffix: ' di' } }, entityId: 'Q1' };
    const root = mount(h(NewNoteForm, { entities: [{ id: 'Q1', label: 'Patto' }], base, onSave }));
    expect(root.querySelector('blockquote')?.textContent).toBe('patto');
    const set = (sel: string, v: string) =>
      act(() => {
        const el = root.querySelector(sel) as HTMLInputElement;
        el.value = v;
        el.dispatchEvent(new Event('input'));
      });
    set('textarea[name="new-note"]', ' Da verificare ');
    set('input[name="new-tags"]', 'fonti, #todo');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onSave).toHaveBeenCalledWith({ ...base, text: 'Da verificare', tags: ['fonti', 'todo'] });
  });
});
