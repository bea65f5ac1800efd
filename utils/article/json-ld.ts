// The page's JSON-LD blocks, parsed. Some publishers wrap them in CDATA ("<![CDATA[ {...} ]]>", sometimes
// behind line or block comments) or leave a trailing semicolon; a block that still doesn't parse is skipped,
// as malformed JSON-LD is common and never worth failing a page for.
export function jsonLdBlocks(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = (s.textContent ?? '')
      .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[\s*(?:\*\/)?/, '')
      .replace(/(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/, '')
      .trim()
      .replace(/;$/, '');
    try {
      out.push(JSON.parse(text));
    } catch {
      // Skipped: see above.
    }
  }
  return out;
}
