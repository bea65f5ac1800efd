import { defineConfig } from 'wxt';

// The Firefox build is MV2 (WXT's default for Firefox) so that `web-ext lint`
// checks it against Firefox's stable manifest rules.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Recognises the actors and treaties in news articles and explains them with dated, sourced facts.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Switch highlights on or off on this site',
      },
      // Chrome allows four suggested shortcuts per extension; these two plus the toggle leave one spare.
      'next-entity': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Move to the next highlighted name (Enter opens its card)',
      },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move to the previous highlighted name (Enter opens its card)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
