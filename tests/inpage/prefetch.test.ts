import { describe, expect, it, vi } from 'vitest';
import { startPrefetch, takePrefetched } from '../../utils/content/prefetch';

describe('reading ahead at document_start', () => {
  it('hands the stored settings to the content script once, and wakes the background', async () => {
    const g = {};
    const warmUp = vi.fn(async () => ({ ready: true }));
    const stored = { enabled: true, disabledSites: ['elsewhere.example'] };
    startPrefetch(g, 'news.example', { getSettings: async () => stored, warmUp });
    // A second run (the script injected again) asks nothing more.
    startPrefetch(g, 'news.example', { getSettings: async () => ({}), warmUp });
    await expect(takePrefetched(g)).resolves.toBe(stored);
    expect(takePrefetched(g)).toBeNull();
    await vi.waitFor(() => expect(warmUp).toHaveBeenCalledTimes(1));
  });

  it('leaves the background asleep where the reader switched the site or everything off', async () => {
    for (const stored of [{ enabled: false }, { enabled: true, disabledSites: ['news.example'] }]) {
      const warmUp = vi.fn(async () => ({ ready: true }));
      const g = {};
      startPrefetch(g, 'news.example', { getSettings: async () => stored, warmUp });
      await takePrefetched(g);
      await new Promise((r) => setTimeout(r, 10));
      expect(warmUp).not.toHaveBeenCalled();
    }
  });

  it('is nothing to take when the script did not run, and a failed read stays the content script’s to retry', async () => {
    expect(takePrefetched({})).toBeNull();
    const g = {};
    startPrefetch(g, 'news.example', { getSettings: () => Promise.reject(new Error('no storage')), warmUp: async () => ({}) });
    await expect(takePrefetched(g)).rejects.toThrow('no storage');
  });
});
