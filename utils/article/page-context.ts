/**
 * The page's language and date, read one way for the extension and the CLI:
 * the content script and `annotate`/`eval` call this same function on the
 * same blocks, so the eval measures what a reader gets.
 */
import { detectPublicationDate, type DateSource } from './dates';
import { detectLanguage } from './extract';

export interface PageContext {
  lang: string | null;
  date: string | null;
  dateSource: DateSource | null;
  /** The reader corrected the language or the date of this page. */
  corrected?: boolean;
}

/** The reader's correction of a page, stored per URL ("Correct…" in the popup). */
export interface ReaderCorrection {
  lang: string | null;
  date: string | null;
}

/** The opening text of the article, enough for the stopword vote and cheap to gather. */
export function languageSample(blocks: readonly string[], max = 4000): string {
  let out = '';
  for (const b of blocks) {
    if (out.length >= max) break;
    out += b + '\n';
  }
  return out;
}

export function readPageContext(
  doc: Document,
  blocks: readonly string[],
  opts: { url?: string; root?: Element | null; today?: Date } = {},
): PageContext {
  const lang = blocks.length ? detectLanguage(doc, languageSample(blocks)) : detectLanguage(doc, '');
  const { date, source } = detectPublicationDate(doc, opts);
  return { lang, date, dateSource: source };
}

/** The reader's word wins over detection, field by field; a field left empty keeps what was detected. */
export function withCorrection(ctx: PageContext, c: ReaderCorrection | null | undefined): PageContext {
  if (!c || (!c.lang && !c.date)) return ctx;
  return {
    lang: c.lang ?? ctx.lang,
    date: c.date ?? ctx.date,
    dateSource: c.date ? 'reader' : ctx.dateSource,
    corrected: true,
  };
}
