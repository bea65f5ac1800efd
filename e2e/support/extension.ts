import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { BENCHMARK_MARKS_KEY } from '../../utils/content/perf-marks';
import { CHROME_BUILD } from './paths';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
  return found;
}

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

/**
 * Launches Chromium with the built extension loaded. Pass the same
 * `userDataDir` again to restart the browser on the same profile.
 */
export async function launchWithExtension(opts: { userDataDir?: string; headless?: boolean; benchmarkMarks?: boolean } = {}): Promise<LoadedExtension> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('build the extension first (npm run build)');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The content script's performance marks are off for readers; benchmarks and the tests that time its passes ask for them.
  if (opts.benchmarkMarks) await setBenchmarkMarks(worker, true);
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Switches the content script's performance marks on or off (from the next page load). */
export async function setBenchmarkMarks(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate(
    async ({ key, value }) => {
      const store = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
      await store.set({ [key]: value });
    },
    { key: BENCHMARK_MARKS_KEY, value: on },
  );
}

/** A request to the background from an extension page, as the popup sends it (the worker can't message itself). */
export async function askBackground(ext: LoadedExtension, message: unknown): Promise<unknown> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const out = await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
  await page.close();
  return out;
}
