import type { NoteRecord } from '../db/records';

/*
 * Notes in formats other tools read: W3C Web Annotation (JSON-LD) and Markdown.
 * Text is written as text; nothing here is ever interpreted as HTML.
 */

type Labels = (id: string) => { label: string; qid?: string } | undefined;

export function toWebAnnotations(notes: readonly NoteRecord[], entity: Labels, now = new Date()) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Backstory notes',
    generated: now.toISOString(),
    total: notes.length,
    first: {
      type: 'AnnotationPage',
      items: notes.map((n) => annotation(n, entity)),
    },
  };
}

function annotation(n: NoteRecord, entity: Labels) {
  const e = n.entityId ? entity(n.entityId) : undefined;
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', value: n.text, format: 'text/plain', purpose: 'commenting' }];
  for (const tag of n.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (n.entityId) {
    body.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: e?.qid ? `http://www.wikidata.org/entity/${e.qid}` : `urn:backstory:entity:${encodeURIComponent(n.entityId)}`,
      ...(e ? { label: e.label } : {}),
    });
  }
  const selector: Record<string, unknown>[] = [];
  if (n.selectors) {
    selector.push({ type: 'TextQuoteSelector', ...n.selectors.quote });
    if (n.selectors.position) selector.push({ type: 'TextPositionSelector', ...n.selectors.position });
  } else if (n.quote) selector.push({ type: 'TextQuoteSelector', exact: n.quote });
  const target = n.url
    ? selector.length
      ? { source: n.url, selector: selector.length === 1 ? selector[0] : selector }
      : n.url
    : `urn:backstory:entity:${encodeURIComponent(n.entityId ?? n.id)}`;
  return {
    id: `urn:uuid:${n.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(n.createdAt).toISOString(),
    modified: new Date(n.updatedAt).toISOString(),
    body: body.length === 1 ? body[0] : body,
    target,
  };
}

/** Markdown-safe inline text: characters that would start markup are escaped. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(notes: readonly NoteRecord[], entity: Labels, now = new Date()): string {
  const lines = ['# Backstory notes', '', `Exported ${now.toISOString().slice(0, 10)} · ${notes.length} notes`, ''];
  for (const n of notes) {
    const e = n.entityId ? entity(n.entityId) : undefined;
    const title = e?.label ?? n.pageTitle ?? 'Note';
    lines.push(`## ${md(title)}`, '');
    if (n.quote) lines.push(...n.quote.split('\n').map((l) => `> ${md(l)}`), '');
    lines.push(...n.text.split('\n').map(md), '');
    const meta = [
      n.url ? `[${md(n.pageTitle ?? n.url)}](${n.url.replace(/[()\s]/g, encodeURIComponent)})` : '',
      n.tags.length ? n.tags.map((t) => `#${md(t)}`).join(' ') : '',
      new Date(n.updatedAt).toISOString().slice(0, 10),
      n.orphaned ? 'quote no longer found on the page' : '',
    ].filter(Boolean);
    lines.push(`*${meta.join(' · ')}*`, '');
  }
  return lines.join('\n');
}
