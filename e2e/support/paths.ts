import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED, 'seed', 'seed.html'));
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const ARTIFACTS = join(ROOT, 'artifacts');

/** The sample article: the shared seed page when present, else the project's own page on the same event. */
export const SAMPLE_PAGE = HAS_SHARED ? join(SHARED, 'seed', 'seed.html') : join(ROOT, 'e2e', 'pages', 'sample-it.html');
