import { beforeEach, describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as content from '../../utils/content/settings';
import * as original from '../../utils/settings/schema';
import { updateSettings as storeUpdate } from '../../utils/settings/store';

/*
 * The content script reads the settings over browser.storage directly (WXT's
 * storage wrapper would weigh on every page), with utils/settings's schema:
 * the same storage key and the same results as the settings store.
 */
describe('the content script\'s settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('describe every field with its bounds', () => {
    const schema = toJSONSchema(original.Settings, { io: 'input' }) as { properties: Record<string, { maximum?: number }> };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(original.DEFAULT_SETTINGS).sort());
    expect(schema.properties.hoverDelayMs?.maximum).toBe(5000);
  });

  it.each([
    ['nothing stored', undefined],
    ['not an object', 'on'],
    ['a valid set', { ...original.DEFAULT_SETTINGS, style: 'background', disabledSites: ['a.example'], uiLang: 'it' }],
    ['some fields malformed', { enabled: 'yes', hoverDelayMs: 9000, types: ['person', 'planet'], trigger: 'hover' }],
    ['an older set without the history fields', { enabled: false, disabledSites: [] }],
    ['a fractional delay and an oversized site', { hoverDelayMs: 12.5, disabledSites: ['x'.repeat(254)] }],
  ])('parse %s as utils/settings does', (_label, raw) => {
    expect(content.parseSettings(raw)).toEqual(original.parseSettings(raw));
  });

  it('read, write and watch the store\'s own key', async () => {
    await storeUpdate(() => ({ style: 'background' }));
    expect((await content.getSettings()).style).toBe('background');
    const seen: string[] = [];
    const stop = content.watchSettings((s) => seen.push(s.trigger));
    const next = await content.updateSettings((s) => ({ trigger: s.trigger === 'click' ? 'hover' : 'click' }));
    expect(next).toMatchObject({ style: 'background', trigger: 'hover' });
    expect(seen).toEqual(['hover']);
    stop();
    await content.updateSettings(() => ({ trigger: 'click' }));
    expect(seen).toEqual(['hover']);
    expect(content.isSiteEnabled({ ...next, disabledSites: ['a.example'] }, 'a.example')).toBe(false);
  });
});
