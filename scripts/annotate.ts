// Annotates a saved HTML page with the knowledge pack: `npm run --silent annotate -- page.html [--json] [--lang xx] [--date YYYY-MM-DD]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyseDocument, type PageAnalysis } from '../utils/article/analyse.ts';
import { Pack } from '../utils/pack/schema.ts';

export function loadPack(path = 'public/pack.json'): Pack {
  return Pack.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Parses HTML without running scripts or fetching anything; throws on content that is not HTML. */
export function parsePage(html: string): Document {
  const head = html.slice(0, 65536);
  if (head.includes('\u0000') || !/<(!doctype\s+html|html|head|body|p|div|article|meta|title)[\s>/]/i.test(head))
    throw new Error('not an HTML document');
  return parseHTML(html).document as unknown as Document;
}

interface Args { file: string | null; json: boolean; lang?: string; date?: string; url?: string }

function parseArgs(argv: string[]): Args {
  const a: Args = { file: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--json') a.json = true;
    else if (x === '--lang') a.lang = argv[++i];
    else if (x === '--date') a.date = argv[++i];
    else if (x === '--url') a.url = argv[++i];
    else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else a.file = x;
  }
  if (a.lang !== undefined && !/^[a-z]{2,3}$/.test(a.lang)) throw new Error('--lang expects an ISO 639-1 code');
  if (a.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(a.date)) throw new Error('--date expects YYYY, YYYY-MM or YYYY-MM-DD');
  return a;
}

function table(r: PageAnalysis): string {
  const lines = [
    `lang ${r.lang ?? "?"}  date ${r.date ?? "?"} (${r.dateSource ?? "-"})  article ${r.article.chars} chars from ${r.article.fromSelector}`,
    `${r.entities.length} entities, ${r.mentions.length} mentions`,
    '',
  ];
  const w = Math.max(10, ...r.entities.map((e) => e.label.length));
  for (const e of r.entities)
    lines.push(`${String(e.count).padStart(4)}  ${e.label.padEnd(w)}  ${e.type.padEnd(12)} ${(e.qid ?? e.id).padEnd(22)} ${e.surfaces.join(' | ')}${e.metonymOf ? `  (stands for ${e.metonymOf})` : ''}`);
  return lines.join('\n');
}

function main(): void {
  let args: Args;
  try { args = parseArgs(process.argv.slice(2)); } catch (e) { fail((e as Error).message); }
  if (!args.file) fail('usage: annotate <file.html> [--json] [--lang xx] [--date YYYY-MM-DD]');
  let html: string;
  try { html = readFileSync(args.file, 'utf8'); } catch (e) { fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
  let doc: Document;
  try { doc = parsePage(html); } catch (e) { fail(`${args.file}: ${(e as Error).message}`); }
  const result = analyseDocument(doc, loadPack(), { lang: args.lang, date: args.date, url: args.url });
  if (args.json) {
    const { text: _text, ...json } = result;
    process.stdout.write(JSON.stringify(json) + '\n');
  } else process.stdout.write(table(result) + '\n');
}

function fail(msg: string): never {
  process.stderr.write(`annotate: ${msg.replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
