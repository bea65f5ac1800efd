// Settings → History: the count, its own "Clear history" (after a confirmation) and the two retention fields.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../components/popup/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

const api = vi.hoisted(() => ({ historyCount: vi.fn(), clearHistory: vi.fn(), clearCache: vi.fn() }));
const store = vi.hoisted(() => ({ updateSettings: vi.fn() }));
vi.mock('../../components/popup/api', () => ({
  dataApi: { historyCount: api.historyCount, clearHistory: api.clearHistory },
  factsApi: { clearCache: api.clearCache },
  download: vi.fn(),
}));
vi.mock('../../utils/settings/store', () => store);

const { History } = await import('../../components/popup/SettingsTab');

async function mount(lang: 'en' | 'de' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(h(LangContext.Provider, { value: lang }, h(History, { settings: { ...DEFAULT_SETTINGS, historyDays: 30 } })), root));
  return root;
}
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('the History settings', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    api.historyCount.mockResolvedValueOnce(12).mockResolvedValue(0);
    api.clearHistory.mockResolvedValue({ removedVisits: 12 });
  });

  it('shows the count and clears the history only, after a confirmation', async () => {
    const root = await mount();
    expect(root.querySelector('[data-testid="history-count"]')?.textContent).toBe('12 pages in your history');
    await act(async () => button(root, 'Clear history').click());
    expect(api.clearHistory).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Notes, corrections and the knowledge pack are kept.');
    await act(async () => button(root, 'Yes, clear').click());
    expect(api.clearHistory).toHaveBeenCalledTimes(1);
    expect(api.clearCache).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="history-count"]')?.textContent).toBe('0 pages in your history'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('History cleared.');
  });

  it('changes the retention within its bounds, in the reader’s language', async () => {
    const root = await mount('de');
    expect(root.textContent).toContain('Seiten behalten für (Tage)');
    const days = root.querySelector<HTMLInputElement>('input[name="history-days"]')!;
    const max = root.querySelector<HTMLInputElement>('input[name="history-max"]')!;
    expect(days.value).toBe('30');
    expect(max.value).toBe('5000');
    days.value = '99999';
    await act(async () => void days.dispatchEvent(new Event('change')));
    max.value = '250';
    await act(async () => void max.dispatchEvent(new Event('change')));
    const changes = store.updateSettings.mock.calls.map(([change]) => (change as () => unknown)());
    expect(changes).toEqual([{ historyDays: 3650 }, { historyMaxVisits: 250 }]);
  });
});
