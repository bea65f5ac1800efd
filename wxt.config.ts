import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { compileMatcher, matcherFile } from './utils/recognition/index.ts';
import type { Pack } from './utils/pack/schema.ts';

/**
 * The matcher compiled from public/pack.json, written beside it in every build
 * (never committed, so it can't drift from the pack or the compiler).
 */
function prebuiltMatcher(publicDir: string): string {
  const pack = JSON.parse(readFileSync(resolve(publicDir, 'pack.json'), 'utf8')) as Pack;
  return JSON.stringify(matcherFile(compileMatcher(pack), pack.version));
}

// The Firefox build is MV2 (WXT's default for Firefox) so that `web-ext lint`
// checks it against Firefox's stable manifest rules.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Backstory',
    // The description and the commands are in public/_locales, in the five languages of the UI.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdToggleHighlights__',
      },
      // Chrome allows four suggested shortcuts per extension; these two plus the toggle leave one spare.
      'next-entity': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextEntity__',
      },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousEntity__',
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
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('matcher.json');
    },
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'matcher.json', contents: prebuiltMatcher(wxt.config.publicDir) });
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
