/**
 * One page end to end (article root → blocks → language/date → mentions), in
 * the shape the CLI prints. Shared by scripts/annotate.ts and scripts/eval.ts.
 */
import type { Pack } from '../pack/schema.ts';
import { compileMatcher, recognise, type Matcher } from '../recognition/index.ts';
import { collectBlocks } from './blocks.ts';
import type { DateSource } from './dates.ts';
import { findArticleRoot, articleSkip } from './extract.ts';
import { readPageContext, withCorrection } from './page-context.ts';

export interface PageEntity {
  id: string;
  qid: string | null;
  type: string;
  label: string;
  count: number;
  surfaces: string[];
  metonymOf?: string;
}

export interface PageAnalysis {
  lang: string | null;
  date: string | null;
  /** Which signal gave the date ("json-ld", "meta", "time", "url", "byline", "reader"...). */
  dateSource: DateSource | null;
  article: { chars: number; fromSelector: string };
  entities: PageEntity[];
  mentions: { start: number; end: number; text: string; id: string }[];
  /** Article text as reported (blocks joined with a blank line); offsets point into it. */
  text: string;
}

export const BLOCK_SEPARATOR = '\n\n';

export function analyseDocument(
  doc: Document,
  pack: Pack,
  opts: { lang?: string; date?: string; url?: string; matcher?: Matcher } = {},
): PageAnalysis {
  const { root, fromSelector } = findArticleRoot(doc);
  const blocks = collectBlocks(root, { skip: articleSkip(root) }).map((b) => b.text);
  // The same reading as the content script's, and a given language or date acts as the reader's correction does.
  const ctx = withCorrection(readPageContext(doc, blocks, { url: opts.url, root }), { lang: opts.lang ?? null, date: opts.date ?? null });
  const { lang, date } = ctx;
  const matcher = opts.matcher ?? compileMatcher(pack);
  const { mentions } = recognise(matcher, { blocks, lang, date });

  const offsets: number[] = [];
  let pos = 0;
  for (const b of blocks) { offsets.push(pos); pos += b.length + BLOCK_SEPARATOR.length; }
  const text = blocks.join(BLOCK_SEPARATOR);

  const byId = new Map(pack.entities.map((e) => [e.id, e]));
  const agg = new Map<string, PageEntity>();
  const out = mentions.map((mm) => {
    const start = offsets[mm.block]! + mm.start;
    const e = byId.get(mm.id)!;
    let pe = agg.get(mm.id);
    if (!pe) {
      pe = {
        id: e.id, qid: e.qid ?? null, type: e.type, label: e.labels.en ?? Object.values(e.labels)[0] ?? e.id, count: 0, surfaces: [],
        ...(e.type === 'place' && e.metonymOf ? { metonymOf: e.metonymOf } : {}),
      };
      agg.set(mm.id, pe);
    }
    pe.count++;
    if (!pe.surfaces.includes(mm.surface)) pe.surfaces.push(mm.surface);
    return { start, end: start + (mm.end - mm.start), text: mm.surface, id: mm.id };
  });
  return {
    lang, date, dateSource: ctx.dateSource, article: { chars: text.length, fromSelector }, entities: [...agg.values()].sort((a, b) => b.count - a.count),
    mentions: out, text,
  };
}
