/** Whitespace runs to one space, trimmed: how text is compared regardless of markup and line breaks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const WS = /\s/;
const isWs = (c: string | undefined): boolean => c !== undefined && WS.test(c);

/**
 * Whether `squash(text)` contains `probe` (itself squashed), without squashing
 * `text`: the probe's longest word is looked up, and only around its
 * occurrences is the text compared, a space in the probe standing for any run
 * of whitespace. On a page's outer wrappers this reads a few hundred
 * characters instead of rewriting hundreds of kilobytes.
 */
export function includesSquashed(text: string, probe: string): boolean {
  if (!probe) return true;
  let word = '';
  let wordAt = 0;
  for (let i = 0, start = 0; i <= probe.length; i++) {
    if (i === probe.length || probe[i] === ' ') {
      if (i - start > word.length) {
        word = probe.slice(start, i);
        wordAt = start;
      }
      start = i + 1;
    }
  }
  if (!word) return squash(text).includes(probe);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (matchesForward(text, at + word.length, probe, wordAt + word.length) && matchesBackward(text, at, probe, wordAt)) return true;
  }
  return false;
}

/** probe[p..] against text[t..]; a probe space eats a whitespace run. */
function matchesForward(text: string, t: number, probe: string, p: number): boolean {
  while (p < probe.length) {
    const c = probe[p]!;
    if (c === ' ') {
      if (!isWs(text[t])) return false;
      while (isWs(text[t])) t++;
      // squash() trims: a space the probe ends with must be followed by more text.
      if (p === probe.length - 1 && t >= text.length) return false;
    } else if (text[t] === c) t++;
    else return false;
    p++;
  }
  return true;
}

/** probe[..p) against text[..t), walking back. */
function matchesBackward(text: string, t: number, probe: string, p: number): boolean {
  while (p > 0) {
    const c = probe[p - 1]!;
    if (c === ' ') {
      if (!isWs(text[t - 1])) return false;
      while (isWs(text[t - 1])) t--;
      if (p === 1 && t <= 0) return false;
    } else if (text[t - 1] === c) t--;
    else return false;
    p--;
  }
  return true;
}

/** `squash(s).length`, counted without building the squashed string; counting stops at `cap`. */
export function squashedLength(s: string, cap = Infinity): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The same characters as \s: ASCII whitespace, NBSP, the Unicode spaces and line separators, BOM.
    const ws =
      c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (ws) {
      if (n > 0) gap = true;
    } else {
      if (gap) n++;
      gap = false;
      n++;
      if (n >= cap) return cap;
    }
  }
  return n;
}

/**
 * The element's text when it is shorter than `max`, else null: read text node by text node and given
 * up at `max`, so the checks below cost little on a large wrapper (its full textContent would be read
 * again for every element under it).
 */
export function shortText(el: Element, max: number): string | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out += (n as Text).data;
    if (out.length >= max) return null;
  }
  return out;
}
