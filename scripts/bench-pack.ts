/**
 * Knowledge-pack install benchmark in real Chromium.
 *
 *   npm run --silent bench:pack -- [--json] [--runs N]
 *
 * Each run starts Chromium on a fresh profile with the built extension, so the
 * service worker installs the pack as it does for a new reader. The worker's
 * own measures give the stages: the prebuilt matcher file read, the pack read
 * (fetch + JSON + envelope check) and load (the Dexie transaction that
 * replaces the pack's entities). In the same worker, the same entities are then
 * written with bare IndexedDB (one object store, one transaction, no indexes):
 * the floor any loader pays. Then the worker is stopped, as Chromium does when
 * it idles, and its wake timed; then an upgrade: the stored pack version is set
 * back, the browser restarted, and the load measured again. Figures only:
 * nothing here asserts on time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Worker } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../e2e/support/extension';
import { ROOT } from '../e2e/support/paths';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 3;

/** The worker's own measures: matcher file read, pack read, IndexedDB load (each present when it ran). */
type Stages = Record<'matcher' | 'read' | 'load', number>;

// tsx compiles with esbuild's keepNames, which wraps functions passed to evaluate in a __name helper.
const defineName = (worker: Worker) => worker.evaluate('globalThis.__name = (f) => f');

async function stages(worker: Worker, needLoad: boolean): Promise<Stages> {
  await defineName(worker);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const got = await worker.evaluate(() => {
      const d = (n: string) => performance.getEntriesByName(`backstory:${n}`).at(-1)?.duration;
      return { matcher: d('matcher-read'), read: d('pack-read'), load: d('pack-load') };
    });
    if (got.matcher !== undefined && (!needLoad || got.load !== undefined)) return { matcher: got.matcher, read: got.read ?? 0, load: got.load ?? 0 };
    if (Date.now() > deadline) throw new Error('the service worker did not finish loading the pack within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops the service worker, as Chromium does after half a minute idle, and wakes it with the popup. */
async function wake(ext: LoadedExtension): Promise<{ ms: number; worker: Worker }> {
  const worker = ext.worker;
  const before = await worker.evaluate('performance.timeOrigin');
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // A message that needs the knowledge wakes the worker and has it read the matcher.
  await page.evaluate('chrome.runtime.sendMessage({ type: "recognize", url: "https://example.org/", title: "", lang: "en", date: null, blocks: ["NATO"] })');
  // Playwright keeps the same Worker handle across the restart; a new time origin proves it is a new worker.
  if ((await worker.evaluate('performance.timeOrigin')) === before) throw new Error('the service worker was not restarted');
  const s = await stages(worker, false);
  await page.close();
  return { ms: s.matcher + s.read, worker };
}

/** The same entities written with bare IndexedDB in the extension's worker. */
function rawIdbWrite(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    // The pack's entities as the build ships them: the index names the parts.
    const index = (await (await fetch('/pack/index.json')).json()) as { parts: string[] };
    const pack = { entities: [] as { id: string }[] };
    for (const p of index.parts) pack.entities.push(...((await (await fetch(p)).json()) as { id: string }[]));
    const open = indexedDB.open(`bench-raw-${Date.now()}`, 1);
    open.addEventListener('upgradeneeded', () => open.result.createObjectStore('entities', { keyPath: 'id' }));
    const db = await new Promise<IDBDatabase>((res, rej) => {
      open.addEventListener('success', () => res(open.result));
      open.addEventListener('error', () => rej(open.error));
    });
    const t0 = performance.now();
    const tx = db.transaction('entities', 'readwrite');
    const store = tx.objectStore('entities');
    for (const e of pack.entities) store.put(e);
    await new Promise<void>((res, rej) => {
      tx.addEventListener('complete', () => res());
      tx.addEventListener('error', () => rej(tx.error));
    });
    const ms = performance.now() - t0;
    db.close();
    indexedDB.deleteDatabase(db.name);
    return ms;
  });
}

/**
 * Marks the stored pack as an older version, restarts the browser on the same
 * profile and has the popup ask for the facts: the worker finds the version
 * changed and replaces the pack's entities, as after an update.
 */
async function upgradeMs(ext: LoadedExtension): Promise<{ ms: number; ext: LoadedExtension }> {
  await ext.worker.evaluate(async () => {
    const open = indexedDB.open('backstory');
    const db = await new Promise<IDBDatabase>((res, rej) => {
      open.addEventListener('success', () => res(open.result));
      open.addEventListener('error', () => rej(open.error));
    });
    const tx = db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ key: 'packVersion', value: 'an-older-pack' });
    await new Promise<void>((res) => tx.addEventListener('complete', () => res()));
    db.close();
  });
  await ext.close({ keepProfile: true });
  const again = await launchWithExtension({ userDataDir: ext.userDataDir });
  const page = await again.context.newPage();
  await page.goto(`chrome-extension://${again.extensionId}/popup.html`);
  const s = await stages(again.worker, true);
  await page.close();
  return { ms: s.load, ext: again };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const packBytes = readFileSync(join(ROOT, 'public', 'pack.json'));
  const installs: Stages[] = [];
  const raws: number[] = [];
  const wakes: number[] = [];
  const upgrades: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let ext = await launchWithExtension();
    try {
      installs.push(await stages(ext.worker, true));
      raws.push(await rawIdbWrite(ext.worker));
      const woken = await wake(ext);
      wakes.push(woken.ms);
      ext = { ...ext, worker: woken.worker };
      const up = await upgradeMs(ext);
      ext = up.ext;
      upgrades.push(up.ms);
    } finally {
      await ext.close();
    }
  }
  const load = median(installs.map((s) => s.load));
  const raw = median(raws);
  const out = {
    runs: RUNS,
    entities: (JSON.parse(packBytes.toString('utf8')) as { entities: unknown[] }).entities.length,
    bytes: { raw: packBytes.length, gzip: gzipSync(packBytes).length },
    installMedianMs: {
      matcherRead: round(median(installs.map((s) => s.matcher))),
      packRead: round(median(installs.map((s) => s.read))),
      load: round(load),
      total: round(median(installs.map((s) => s.matcher + s.read + s.load))),
    },
    wakeMedianMs: wakes.length ? round(median(wakes)) : null,
    rawIndexedDbMedianMs: round(raw),
    ratioLoadVsRawIndexedDb: round(load / raw),
    upgradeLoadMedianMs: upgrades.length ? round(median(upgrades)) : null,
  };
  if (asJson) console.log(JSON.stringify(out));
  else {
    console.log(`pack: ${out.entities} entities, ${(out.bytes.raw / 1024).toFixed(0)} KiB (${(out.bytes.gzip / 1024).toFixed(0)} KiB gzipped)`);
    console.log(`install, median of ${RUNS} fresh profiles: matcher file ${out.installMedianMs.matcherRead} ms, pack read ${out.installMedianMs.packRead} ms, IndexedDB load ${out.installMedianMs.load} ms, total ${out.installMedianMs.total} ms`);
    console.log(`wake of a stopped service worker (the matcher file only): ${out.wakeMedianMs ?? '-'} ms`);
    console.log(`bare IndexedDB write of the same entities: ${out.rawIndexedDbMedianMs} ms -> Dexie load is ${out.ratioLoadVsRawIndexedDb}x that floor`);
    console.log(`upgrade from an older pack version (replace pack entities): ${out.upgradeLoadMedianMs ?? '-'} ms`);
  }
}

await main();
