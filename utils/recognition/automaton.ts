/**
 * A character trie over every folded alias of the pack, stored in typed arrays
 * (first-child / next-sibling lists, with a direct table for the root) so it
 * builds in a few milliseconds and is walked from each word start without
 * allocating. One walk from a position yields every alias that starts there.
 */
import { isWordCode, type NormalisedText } from './normalise.ts';

export interface Automaton {
  root: Int32Array; // code unit -> first-level node (0 = none)
  firstChild: Int32Array;
  nextSibling: Int32Array;
  label: Uint16Array;
  /** Key index ending at this node, or -1. */
  term: Int32Array;
  nodeCount: number;
}

export function buildAutomaton(keys: readonly string[]): Automaton {
  let cap = 1;
  for (const k of keys) cap += k.length;
  const firstChild = new Int32Array(cap);
  const nextSibling = new Int32Array(cap);
  const label = new Uint16Array(cap);
  const term = new Int32Array(cap).fill(-1);
  const root = new Int32Array(65536);
  let count = 1; // node 0 is the (unused) root placeholder
  for (let ki = 0; ki < keys.length; ki++) {
    const key = keys[ki]!;
    if (key.length === 0) continue;
    const c0 = key.charCodeAt(0);
    let node = root[c0]!;
    if (node === 0) { node = count++; label[node] = c0; root[c0] = node; }
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = firstChild[node]!;
      while (child !== 0 && label[child] !== c) child = nextSibling[child]!;
      if (child === 0) {
        child = count++;
        label[child] = c;
        nextSibling[child] = firstChild[node]!;
        firstChild[node] = child;
      }
      node = child;
    }
    term[node] = ki;
  }
  return { root, firstChild, nextSibling, label, term, nodeCount: count };
}

export function automatonBytes(a: Automaton): number {
  return a.root.byteLength + a.firstChild.byteLength + a.nextSibling.byteLength + a.label.byteLength + a.term.byteLength;
}

export interface RawHit {
  /** Folded offsets [ns, ne). */
  ns: number;
  ne: number;
  key: number;
  /** 1 when a German-style genitive "s" directly follows and is included. */
  genitive: number;
}

/**
 * Every alias occurrence that starts and ends at a word boundary. With
 * `genitiveS`, an alias followed by "s" + boundary also counts ("Putins",
 * "Russlands").
 */
export function findHits(a: Automaton, t: NormalisedText, genitiveS: boolean, out: RawHit[]): void {
  const { codes, length } = t;
  const { root, firstChild, nextSibling, label, term } = a;
  let prevWord = false;
  for (let i = 0; i < length; i++) {
    const c0 = codes[i]!;
    const w = isWordCode(c0);
    if (prevWord || !w) { prevWord = w; continue; }
    prevWord = true;
    let node = root[c0]!;
    let j = i;
    while (node !== 0) {
      const k = term[node]!;
      if (k >= 0) {
        const nx = j + 1;
        if (nx >= length || !isWordCode(codes[nx]!)) out.push({ ns: i, ne: nx, key: k, genitive: 0 });
        else if (genitiveS && codes[nx] === 0x73 && (nx + 1 >= length || !isWordCode(codes[nx + 1]!)))
          out.push({ ns: i, ne: nx + 1, key: k, genitive: 1 });
      }
      j++;
      if (j >= length) break;
      const c = codes[j]!;
      let child = firstChild[node]!;
      while (child !== 0 && label[child] !== c) child = nextSibling[child]!;
      node = child;
    }
  }
}
