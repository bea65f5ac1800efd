import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { compileMatcher, matcherFile } from './utils/recognition/index.ts';
import type { Pack } from './utils/pack/schema.ts';
import { splitPack } from './utils/pack/parts.ts';

/**
 * public/pack.json is the committed pack; every build writes from it the compiled matcher and the pack's
 * parts (never committed, so they can't drift from the pack or the compiler).
 */
function readPack(publicDir: string): Pack {
  return JSON.parse(readFileSync(resolve(publicDir, 'pack.json'), 'utf8')) as Pack;
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
    // "scripting": the background runs the card's code in a tab when its content script first needs it
    // (utils/content/card-loader.ts), rather than the content script carrying it onto every page.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting'],
    // Injecting needs host access of its own (content-script matches don't grant it): the same sites
    // the content scripts already run on, so the permission the reader grants is unchanged.
    host_permissions: ['http://*/*', 'https://*/*'],
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
      paths.push('matcher.json', 'pack/index.json');
    },
    'build:publicAssets': (wxt, files) => {
      const pack = readPack(wxt.config.publicDir);
      files.push({ relativeDest: 'matcher.json', contents: JSON.stringify(matcherFile(compileMatcher(pack), pack.version)) });
      // The pack ships split into parts under 5 MB each (see utils/pack/parts.ts), not as public/pack.json itself.
      const at = files.findIndex((f) => f.relativeDest === 'pack.json');
      if (at >= 0) files.splice(at, 1);
      const { index, parts } = splitPack(pack);
      files.push({ relativeDest: 'pack/index.json', contents: JSON.stringify(index) });
      for (const p of parts) files.push({ relativeDest: p.path.slice(1), contents: p.json });
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
