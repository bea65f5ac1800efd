import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './paths';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

/**
 * The system Firefox: `FIREFOX_PATH` when set, else `firefox-esr` or `firefox`
 * on the PATH (Debian's `firefox-esr` package). Null when there is none; the
 * tests never download a browser.
 */
export function firefoxPath(): string | null {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['firefox-esr', 'firefox']) {
    const hit = dirs.map((d) => join(d, name)).find((p) => existsSync(p));
    if (hit) return hit;
  }
  return null;
}

/**
 * Prefs that keep Firefox off the network (CI has none) and quiet: no updates,
 * telemetry, Safe Browsing lists, captive-portal or connectivity checks, and
 * no first-run pages.
 */
const OFFLINE_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.newtabpage.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': '',
};

/** A raw WebDriver BiDi command, sent on puppeteer's own connection. */
type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

function bidiOf(browser: Browser): BidiSend {
  // Puppeteer's BiDi browser keeps its connection on `connection` (not in its public types).
  const connection = (browser as unknown as { connection?: { send?: BidiSend } }).connection;
  if (typeof connection?.send !== 'function') throw new Error('not a WebDriver BiDi browser');
  return connection.send.bind(connection);
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's id, as Firefox reports it after `webExtension.install`. */
  extensionId: string;
  version: string;
  /** Sends a raw WebDriver BiDi command. */
  bidi: BidiSend;
  close: () => Promise<void>;
}

/**
 * Launches the system Firefox (headless, over WebDriver BiDi) with the built
 * `.output/firefox-mv2` installed as a temporary add-on, as
 * `about:debugging` would.
 */
export async function launchFirefoxWithExtension(opts: { headless?: boolean } = {}): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH');
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('build the extension first (npm run build)');
  const browser = await launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: opts.headless ?? true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_BUILD);
    return {
      browser,
      extensionId,
      version: await browser.version(),
      bidi: bidiOf(browser),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** The BiDi browsing context (top-level) that shows `page`. */
async function contextOf(ff: FirefoxWithExtension, page: Page): Promise<string> {
  const { result } = (await ff.bidi('browsingContext.getTree', { maxDepth: 0 })) as { result: { contexts: { context: string; url: string }[] } };
  const url = page.url();
  const hit = result.contexts.find((c) => c.url === url);
  if (!hit) throw new Error(`no browsing context shows ${url}`);
  return hit.context;
}

/**
 * The text of each element matching `selector` inside the shadow root of the
 * first `hostTag` element, closed or not; null when there is no such element
 * or it has no shadow root yet. Page scripts (and puppeteer's selectors) can't
 * reach a closed root; WebDriver BiDi's serialisation with
 * `includeShadowTree: 'all'` hands the automation a reference to it, and no
 * page has that.
 */
export async function shadowTexts(ff: FirefoxWithExtension, page: Page, hostTag: string, selector: string): Promise<string[] | null> {
  const context = await contextOf(ff, page);
  const { result: host } = (await ff.bidi('script.callFunction', {
    functionDeclaration: '(tag) => document.querySelector(tag)',
    arguments: [{ type: 'string', value: hostTag }],
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result: { result?: { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } } };
  const sharedId = host.result?.type === 'node' ? host.result.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return null;
  const { result: found } = (await ff.bidi('script.callFunction', {
    functionDeclaration: 'function (sel) { return Array.from(this.querySelectorAll(sel), (e) => e.textContent ?? ""); }',
    arguments: [{ type: 'string', value: selector }],
    this: { sharedId },
    target: { context },
    awaitPromise: false,
  })) as { result: { type: string; result?: { type: string; value?: { type: string; value?: unknown }[] }; exceptionDetails?: { text: string } } };
  if (found.type === 'exception') throw new Error(`reading the shadow root failed: ${found.exceptionDetails?.text ?? ''}`);
  return (found.result?.value ?? []).map((v) => String(v.value ?? ''));
}
