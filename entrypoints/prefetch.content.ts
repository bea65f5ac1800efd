import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPrefetch } from '../utils/content/prefetch';

// Reads ahead for the content script while the page loads (see utils/content/prefetch.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // As for the main content script: no window message that names the extension.
  noScriptStartedPostMessage: true,
  main() {
    startPrefetch(globalThis, location.hostname, {
      getSettings: async () => (await browser.storage.local.get('settings')).settings,
      warmUp: () => browser.runtime.sendMessage({ type: 'warmUp' }),
    });
  },
});
