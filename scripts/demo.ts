// `npm start`: shows the built extension working on the sample news page.
// With a display, Chromium opens with the extension loaded on the page and
// stays open; without one, it runs headless, prints the recognised entities
// and saves a screenshot with the highlights and an open card.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticlePage } from '../e2e/support/article-page';
import { launchWithExtension } from '../e2e/support/extension';
import { ARTIFACTS, HAS_SHARED, SAMPLE_PAGE } from '../e2e/support/paths';
import { tabIdOf } from '../e2e/support/popup-page';
import { serve } from '../e2e/support/server';
import { PageState } from '../utils/messaging/protocol';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await serve({ sample: join(SAMPLE_PAGE, '..') });
const url = `${server.origin}/sample/${SAMPLE_PAGE.split('/').pop()}`;
const ext = await launchWithExtension({ headless });
try {
  const page = await ext.context.newPage();
  await page.goto(url);
  const article = new ArticlePage(page);
  await article.waitForHighlights(1);
  const tabId = await tabIdOf(ext.worker, url);
  const state = PageState.parse(
    await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getPageState' }), tabId),
  );
  console.log(`Backstory ${ext.extensionId} in Chromium ${ext.context.browser()?.version() ?? ''} (${headless ? 'headless' : 'window'})`);
  console.log(`Page: ${url} (${HAS_SHARED ? 'the shared seed article' : 'the project sample article'})`);
  console.log(`Language: ${state.lang ?? '?'} · date: ${state.date ?? '?'} · ${state.entities.length} entities recognised:`);
  for (const e of [...state.entities].sort((a, b) => a.type.localeCompare(b.type) || b.count - a.count)) {
    const meto = e.metonymOf ? ` (stands for ${state.entities.find((x) => x.id === e.metonymOf)?.label ?? e.metonymOf})` : '';
    console.log(`  ${e.type.padEnd(12)} ${e.label}${meto}  ×${e.count}  [${e.id}]`);
  }
  await article.clickText('Putin');
  // The card's shadow root is closed to page scripts; the page object reads it through the DevTools protocol.
  for (let i = 0; i < 100 && (await article.card().count('.fact')) === 0; i++) await page.waitForTimeout(50);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, 'demo-seed-card.png');
  await page.screenshot({ path: shot });
  console.log(`Screenshot with highlights and an open card: ${shot}`);
  if (!headless) {
    console.log('Chromium stays open; close it to finish.');
    await new Promise((ok) => ext.context.on('close', ok));
  }
} finally {
  await ext.close().catch(() => undefined);
  await server.close();
}
