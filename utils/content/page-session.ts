import { collectBlocks, type TextBlock } from '../article/blocks';
import { detectDate, detectLanguage, findArticleRoot } from '../article/extract';
import { HighlightLayer } from '../highlight/custom-highlights';
import { rangeAtPoint } from '../highlight/hit-test';
import { rangeFor } from '../highlight/ranges';
import type { EntitySummary, Mention, PageEntity, PageState, RecognizeResponse } from '../messaging/protocol';
import type { EntityType } from '../pack/schema';

export interface PlacedMention {
  range: Range;
  mention: Mention;
  type: EntityType;
}

export interface SessionDeps {
  doc: Document;
  win: Window;
  recognize: (req: {
    url: string;
    title: string;
    lang: string | null;
    date: string | null;
    blocks: string[];
  }) => Promise<RecognizeResponse>;
  openCard: (entityId: string, anchor: DOMRect) => void;
  closeCard: () => void;
  /** Whether an event happened inside the extension's own UI. */
  isOwnUi: (e: Event) => boolean;
}

/** Sample enough text for language detection without reading a whole long page. */
function sample(blocks: TextBlock[], max = 4000): string {
  let out = '';
  for (const b of blocks) {
    if (out.length >= max) break;
    out += b.text + '\n';
  }
  return out;
}

/**
 * One page's recognition state: what was found, where it is, and its
 * highlights. `stop` removes every trace from the page.
 */
export class PageSession {
  lang: string | null = null;
  date: string | null = null;
  placed: PlacedMention[] = [];
  entities = new Map<string, EntitySummary>();
  private layer: HighlightLayer | null = null;

  constructor(private readonly deps: SessionDeps) {}

  async scan(): Promise<void> {
    const { doc, win } = this.deps;
    const { root } = findArticleRoot(doc);
    const blocks = collectBlocks(root);
    if (!blocks.length) return;
    this.lang = detectLanguage(doc, sample(blocks));
    this.date = detectDate(doc, win.location.href);
    const res = await this.deps.recognize({
      url: win.location.href,
      title: doc.title,
      lang: this.lang,
      date: this.date,
      blocks: blocks.map((b) => b.text),
    });
    this.entities = new Map(res.entities.map((e) => [e.id, e]));
    const placed: PlacedMention[] = [];
    for (const m of res.mentions) {
      const block = blocks[m.block];
      const entity = this.entities.get(m.id);
      if (!block || !entity) continue;
      const range = rangeFor(doc, block, m.start, m.end);
      if (range) placed.push({ range, mention: m, type: entity.type });
    }
    this.placed = placed;
    if (!placed.length) return;
    this.layer ??= new HighlightLayer(win);
    this.layer.set(placed);
  }

  /** Clicks on a highlight open its card; inside a link, a plain click still follows the link and Alt+click opens the card. */
  onClick(e: MouseEvent): void {
    if (this.deps.isOwnUi(e)) return;
    if (!this.placed.length) return;
    const i = rangeAtPoint(this.deps.doc, e.clientX, e.clientY, this.placed.map((p) => p.range));
    if (i < 0) {
      this.deps.closeCard();
      return;
    }
    const target = e.target as Element | null;
    if (target?.closest?.('a[href]') && !e.altKey) return;
    const p = this.placed[i]!;
    const rects = Array.from(p.range.getClientRects());
    const anchor = rects.find((r) => e.clientY >= r.top - 1 && e.clientY <= r.bottom + 1) ?? p.range.getBoundingClientRect();
    e.preventDefault();
    this.deps.openCard(p.mention.id, anchor);
  }

  /** Scrolls to the entity's first mention and opens its card there. */
  showEntity(id: string): boolean {
    const p = this.placed.find((x) => x.mention.id === id);
    if (!p) return false;
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    this.deps.openCard(id, p.range.getBoundingClientRect());
    return true;
  }

  pageState(): PageState {
    const counts = new Map<string, number>();
    for (const p of this.placed) counts.set(p.mention.id, (counts.get(p.mention.id) ?? 0) + 1);
    const entities: PageEntity[] = [];
    for (const [id, count] of counts) {
      const e = this.entities.get(id);
      if (e) entities.push({ ...e, count });
    }
    return {
      url: this.deps.win.location.href,
      title: this.deps.doc.title,
      lang: this.lang,
      date: this.date,
      entities,
    };
  }

  stop(): void {
    this.deps.closeCard();
    this.layer?.clear();
    this.layer = null;
    this.placed = [];
  }
}
