/**
 * Finds the article on a page, its language and its date. Pure DOM reads on
 * the document passed in, so the content script and the CLI share it.
 */
import { detectPublicationDate } from './dates';
import { jsonLdBlocks } from './json-ld';
import { includesSquashed, shortText, squash, squashedLength } from './squash';

const PARA_MIN = 40;
/** A JSON-LD articleBody shorter than this share of the page's own article prose is a teaser. */
const JSON_LD_MIN_SHARE = 0.5;

const SEMANTIC_SELECTORS = [
  '[itemprop="articleBody"]', '[itemprop=articlebody]', 'article', '[role="article"]', 'main', '[role="main"]',
  '.article-body', '.articleBody', '.article__body', '.article-content', '.article__content', '.story-body',
  '.story-content', '.entry-content', '.post-content', '.post-body', '#article-body', '#articleBody', '.td-post-content',
  '[data-testid="article-body"]', '.body-text', '.article-text', '.texto', '.cuerpo', '.articolo', '.testo',
];

const BOILERPLATE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'menu', 'dialog']);
const BOILERPLATE_RE =
  /(^|[\s_-])(comments?|commenti|kommentare?|commentaires?|comentarios?|related|correlati|similar|share|sharing|social|promo|advert\w*|ads?|adv|banner|sponsor\w*|newsletter|subscribe|abbonati|sidebar|breadcrumbs?|menu|navigation|navbar|footer|recirc\w*|outbrain|taboola|popular|most-?read|read-?more|more-?stories|more-?news|tags?|author-?bio|cookie\w*|paywall|teaser|widget|toolbar|rail|trending|related-?links|see-?also|leggi-?anche|lire-?aussi|mehr-?zum-?thema|te-?puede-?interesar)([\s_-]|$)/i;

/** Page furniture inside or around the article that must not be annotated (use as collectBlocks' skip). */
export function isBoilerplate(el: Element): boolean {
  if (isStructuralBoilerplate(el)) return true;
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (cls.length + id.length === 0) return false;
  return BOILERPLATE_RE.test(cls) || BOILERPLATE_RE.test(id);
}

/**
 * collectBlocks' skip for an article root: page furniture, except wrappers
 * whose class merely sounds like furniture ("sidebar-grid") but hold most of
 * the article's prose.
 */
export function articleSkip(root: Element): (el: Element) => boolean {
  const cache = new Map<Element, number>();
  let rootChars = -1;
  return (el) => {
    if (isLinkList(el) || isInlineFurniture(el)) return true;
    if (el !== root && isTeaserCard(el)) {
      // Publishers embed teasers for other stories as nested <article> cards with a linked headline.
      if (rootChars < 0) rootChars = squashedLength(root.textContent ?? '');
      if (squashedLength(el.textContent ?? '') < 0.3 * rootChars) return true;
    }
    if (!isBoilerplate(el)) return false;
    if (isStructuralBoilerplate(el) && (el.localName ?? el.tagName).toLowerCase() !== 'aside') return true;
    // Comment threads are prose too: always furniture.
    if (/comment|kommentar|commentai|comentario/i.test((el.getAttribute('class') ?? '') + (el.getAttribute('id') ?? ''))) return true;
    const prose = paragraphScore(el, cache);
    return prose < 200 || prose < 0.4 * squashedLength(el.textContent ?? '');
  };
}

/** "Lire aussi : …", "Read more: …", "Leggi anche: …": another story's headline set between the article's paragraphs. */
const READ_ALSO =
  /^\s*(?:à lire aussi|lire aussi|voir aussi|read more|read also|see also|related|more on this|leggi anche|leggi pure|potrebbe interessarti|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|lea también|le puede interesar|te puede interesar|ver también|relacionad[oa]s?|noticia relacionada)\s*[:：»|-]/iu;
const READ_ALSO_TAGS = new Set(['p', 'div', 'li', 'aside', 'section', 'span', 'strong', 'h2', 'h3', 'h4']);
const HEADLINE_TAGS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5']);

/** Registration and subscription prompts publishers insert between paragraphs. */
const ACCOUNT_PROMPT =
  /^\s*(?:create an account|access (?:articles|all articles|unlimited)|sign in|register|already (?:a subscriber|have an account)|subscribe (?:now|to)|this article is free|créez un compte|connectez-vous|abonnez-vous|déjà abonné|crea un account|accedi|registrati|abbonati|iscriviti|jetzt (?:registrieren|anmelden|abonnieren)|bereits abonnent|crea una cuenta|inicia sesión|regístrate|suscríbete|ya eres suscriptor)\b/iu;

/**
 * Short furniture between the article's paragraphs: "Lire aussi : …" and other stories' headlines set
 * as a paragraph of one link, and sign-in prompts. The element's text is read once, and only up to a
 * few hundred characters (a long element is no such thing), since this runs on every element read.
 */
function isInlineFurniture(el: Element): boolean {
  const tag = (el.localName ?? el.tagName).toLowerCase();
  const headline = HEADLINE_TAGS.has(tag);
  if (!headline && !READ_ALSO_TAGS.has(tag)) return false;
  const text = shortText(el, 600);
  if (text === null) return false;
  if (text.length < 300 && ACCOUNT_PROMPT.test(text)) return true;
  // The "Lire aussi" label alone is no teaser: the headline after it links to the other story.
  if (text.length < 400 && READ_ALSO.test(text) && (el.querySelector('a[href]') !== null || el.closest('a[href]') !== null)) return true;
  if (!headline) return false;
  const len = squashedLength(text, 300);
  return len >= 15 && len < 300 && linkTextLength(el) >= 0.9 * len;
}

function isTeaserCard(el: Element): boolean {
  return (el.localName ?? el.tagName).toLowerCase() === 'article' && el.querySelector(TEASER_HEADLINE) !== null;
}
const TEASER_HEADLINE = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4';

const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'aside', 'header', 'table', 'dl']);

/** Teaser lists, tickers, "read more" boxes: containers whose text is mostly links. */
function isLinkList(el: Element): boolean {
  if (!CONTAINER_TAGS.has((el.localName ?? el.tagName).toLowerCase())) return false;
  const links = el.querySelectorAll('a');
  if (links.length < 3) return false;
  const linkLen = linkTextLength(el);
  // More than half links: counting the whole text stops once it is twice the links' (article wrappers hold far more).
  return linkLen > 0 && squashedLength(el.textContent ?? '', 2 * linkLen) < 2 * linkLen;
}

/** Boilerplate by tag or ARIA role only: safe to test on ancestors (class names like "main-menu-wrap" wrap whole pages). */
function isStructuralBoilerplate(el: Element): boolean {
  const tag = (el.localName ?? el.tagName).toLowerCase();
  if (BOILERPLATE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'search';
}


function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += squashedLength(a.textContent ?? '');
  return n;
}

/** Text of the paragraphs under `el` that read like prose (long, not mostly links). */
function paragraphScore(el: Element, cache: Map<Element, number>): number {
  let total = 0;
  for (const p of proseCarriers(el)) total += proseLength(p, cache);
  return total;
}

const INLINE_TAGS = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'u', 'sup', 'sub', 'small', 'q', 'abbr', 'cite', 'time', 'mark', 'font']);

/**
 * The elements that carry the article's paragraphs: <p>s, and containers whose own text is written as
 * lines split by <br> (an article body of "text<br><br>text" with no <p> at all).
 */
function proseCarriers(el: Element): Element[] {
  const out: Element[] = Array.from(el.querySelectorAll('p'));
  const brs = el.querySelectorAll('br');
  if (!brs.length) return out;
  const seen = new Set<Element>(out);
  for (const br of Array.from(brs)) {
    const parent = br.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    if ((parent.localName ?? parent.tagName).toLowerCase() === 'p' || parent.closest('p')) continue;
    if (ownTextLength(parent) >= 2 * PARA_MIN) out.push(parent);
  }
  return out;
}

/** Text written in the element itself and its inline children, not in nested blocks. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += squashedLength(c.textContent ?? '');
    else if (c.nodeType === 1 && INLINE_TAGS.has(((c as Element).localName ?? (c as Element).tagName).toLowerCase())) n += squashedLength(c.textContent ?? '');
  }
  return n;
}

function proseLength(p: Element, cache: Map<Element, number>): number {
  let s = cache.get(p);
  if (s === undefined) {
    const len = (p.localName ?? p.tagName).toLowerCase() === 'p' ? squashedLength(p.textContent ?? '') : ownTextLength(p);
    s = len >= PARA_MIN && linkTextLength(p) < 0.5 * len ? len : 0;
    cache.set(p, s);
  }
  return s;
}

function insideBoilerplate(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isStructuralBoilerplate(e)) return true;
  return false;
}

function jsonLdBodies(doc: Document): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'articleBody' && typeof x === 'string') out.push(x);
        else visit(x);
      }
    }
  };
  for (const block of jsonLdBlocks(doc)) visit(block);
  return out;
}

const PROBE_CONTAINERS = new Set(['p', 'div', 'section', 'article', 'main']);

/**
 * The innermost paragraph or container whose text holds `probe` (squashed).
 * Walks down from the body into the child that holds it, so only one path of
 * the tree has its text compared.
 */
function innermostContaining(doc: Document, probe: string): Element | null {
  const body = doc.body;
  if (!body) return null;
  const holds = (el: Element): boolean => {
    const t = el.textContent ?? '';
    return t.length >= probe.length && includesSquashed(t, probe);
  };
  if (!holds(body)) return null;
  let el: Element = body;
  descend: for (;;) {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (holds(c)) {
        el = c;
        continue descend;
      }
    }
    break;
  }
  for (let e: Element | null = el; e && e !== body; e = e.parentElement) if (PROBE_CONTAINERS.has((e.localName ?? e.tagName).toLowerCase())) return e;
  return null;
}

/**
 * The element holding both the first and the last words of the JSON-LD
 * articleBody, when that body is the article rather than a teaser: one much
 * shorter than the prose the page itself shows (`domProse`) only names the
 * opening paragraph, and choosing its element would drop the rest of the article.
 */
function fromJsonLd(doc: Document, domProse: number): Element | null {
  const body = jsonLdBodies(doc).sort((a, b) => b.length - a.length)[0];
  if (!body || body.length < 200) return null;
  const wanted = squash(body);
  if (wanted.length < JSON_LD_MIN_SHARE * domProse) return null;
  const first = innermostContaining(doc, wanted.slice(0, 60));
  if (!first) return null;
  const last = innermostContaining(doc, wanted.slice(-60));
  if (last) {
    for (let a: Element | null = first; a; a = a.parentElement) if (a === last || a.contains(last)) return a === doc.body ? null : a;
  }
  let el: Element = first;
  while (squashedLength(el.textContent ?? '') < 0.8 * wanted.length && el.parentElement && el.parentElement !== doc.body) {
    if (squashedLength(el.parentElement.textContent ?? '') > 2.5 * wanted.length) break;
    el = el.parentElement;
  }
  return el;
}

export function findArticleRoot(doc: Document): { root: Element; fromSelector: string } {
  const body = doc.body ?? doc.documentElement;
  const cache = new Map<Element, number>();

  // Density: credit each prose paragraph to its parent (and half to the grandparent), as Readability does.
  const credit = new Map<Element, number>();
  for (const p of proseCarriers(body)) {
    const s = proseLength(p, cache);
    if (s === 0 || insideBoilerplate(p, body)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    credit.set(parent, (credit.get(parent) ?? 0) + s);
    const gp = parent.parentElement;
    if (gp) credit.set(gp, (credit.get(gp) ?? 0) + s / 2);
  }
  let dense: Element | null = null, denseScore = 0;
  for (const [el, s] of credit) if (s > denseScore) { dense = el; denseScore = s; }
  // Articles split into several sibling sections: climb while the parent holds clearly more prose.
  if (dense) {
    let ds = paragraphScore(dense, cache);
    // Look a few levels up, since sections often sit in their own wrappers.
    for (;;) {
      let next: Element | null = null;
      let a: Element | null = dense.parentElement;
      for (let depth = 0; depth < 4 && a && a !== body && a !== doc.documentElement; depth++, a = a.parentElement) {
        const ps = paragraphScore(a, cache);
        if (ps >= 1.25 * ds) { next = a; ds = ps; break; }
      }
      if (!next) break;
      dense = next;
    }
  }
  const denseP = dense ? paragraphScore(dense, cache) : 0;

  const itemBody = Array.from(doc.querySelectorAll('[itemprop="articleBody"], [itemprop="articlebody"]'))
    .map((el) => ({ el, s: paragraphScore(el, cache) || squashedLength(el.textContent ?? '') }))
    .sort((a, b) => b.s - a.s)[0];
  if (itemBody && itemBody.s >= 400) return { root: itemBody.el, fromSelector: '[itemprop=articleBody]' };

  const ld = fromJsonLd(doc, denseP);
  // The root it names must still hold the page's article, not one paragraph of it.
  if (ld && paragraphScore(ld, cache) >= JSON_LD_MIN_SHARE * denseP) return { root: ld, fromSelector: 'json-ld articleBody' };

  // Semantic containers holding most of the page's prose; the tightest one wins.
  let best: { el: Element; sel: string; len: number } | null = null;
  for (const sel of SEMANTIC_SELECTORS) {
    let els: Element[];
    try { els = Array.from(doc.querySelectorAll(sel)); } catch { continue; }
    for (const el of els) {
      const s = paragraphScore(el, cache);
      if (s < 300 || s < 0.7 * denseP) continue;
      const len = (el.textContent ?? '').length;
      if (!best || len < best.len) best = { el, sel, len };
    }
  }
  if (best) return { root: best.el, fromSelector: best.sel };
  if (dense && denseP >= 300) return { root: dense, fromSelector: 'density' };
  return { root: body, fromSelector: 'body' };
}

const STOPWORDS: Record<string, string> = {
  en: 'the and of to is that for with was on are by this be from have has not but they which were would said will its',
  it: 'il di che per non una sono della del nel alla anche con gli ha dei delle degli è più come questo lo ai dalla sulla',
  fr: 'le les des et est une dans pour que qui pas sur au aux ce sont avec par du il elle ont été mais cette leur où',
  de: 'der die und das ist nicht ein eine den dem des mit sich auf auch für von zu im wird sind wurde nach bei hat',
  es: 'el los las que y del por con para una es se su al lo como más pero sus fue han ha este entre sobre',
  pt: 'os as que do da em um uma para com não por mais dos das ao se na no é foi são também pelo',
  nl: 'het een en van is dat niet op te met voor zijn er aan ook om wordt bij naar',
};
const STOP_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS))
  for (const w of words.split(' ')) STOP_INDEX.set(w, [...(STOP_INDEX.get(w) ?? []), lang]);

/*
 * Cyrillic script alone does not make a page Russian: Ukrainian, Belarusian, Bulgarian, Serbian and
 * Macedonian are written in it too. Letters only one of them uses decide, then a few function words
 * (Bulgarian and Macedonian share most letters with Russian but not "ы", "э" or their articles).
 */
const CYRILLIC_MARKS: [lang: string, letters: RegExp][] = [
  ['uk', /[іїєґ]/giu],
  ['be', /[ўі]/giu],
  ['sr', /[ђћџљњј]/giu],
  ['mk', /[ѓќѕљњј]/giu],
  ['ru', /[ыэё]/giu],
];
const CYRILLIC_WORDS: Record<string, RegExp> = {
  ru: /(?:^|[^\p{L}])(?:что|это|как|он|она|они|его|был|была|было|также|который|которые|года)(?=[^\p{L}]|$)/giu,
  bg: /(?:^|[^\p{L}])(?:това|са|във|със|които|който|беше|след|една|един|ще|най)(?=[^\p{L}]|$)/giu,
  uk: /(?:^|[^\p{L}])(?:що|це|який|яка|які|також|був|була|року|від|для)(?=[^\p{L}]|$)/giu,
};

function cyrillicLanguage(text: string, cyr: number): { lang: string; score: number; runnerUp: number } {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const marks = CYRILLIC_MARKS.map(([lang, re]) => ({ lang, n: count(re) }));
  const words = Object.entries(CYRILLIC_WORDS).map(([lang, re]) => ({ lang, n: count(re) }));
  const score = (lang: string) => (marks.find((m) => m.lang === lang)?.n ?? 0) + 3 * (words.find((w) => w.lang === lang)?.n ?? 0);
  const ranked = ['ru', 'uk', 'be', 'bg', 'sr', 'mk'].map((lang) => ({ lang, s: score(lang) })).sort((a, b) => b.s - a.s);
  const top = ranked[0]!;
  // Too little to tell the languages apart: say Cyrillic is Russian only when nothing else shows.
  if (top.s === 0) return { lang: 'ru', score: cyr, runnerUp: 0 };
  return { lang: top.lang, score: cyr, runnerUp: ranked[1]!.s };
}

/** Stopword vote over the sample; null when there is too little evidence. */
export function detectTextLanguage(sample: string): { lang: string; score: number; runnerUp: number } | null {
  const text = sample.slice(0, 20000);
  const cjk = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  if (cjk > 20 && cjk + han > latin) return { lang: 'ja', score: cjk, runnerUp: 0 };
  if (han > 50 && han > latin) return { lang: 'zh', score: han, runnerUp: 0 };
  if (cyr > 50 && cyr > latin) return cyrillicLanguage(text, cyr);
  const scores = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const langs = STOP_INDEX.get(w);
    if (!langs) continue;
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] < 5) return null;
  return { lang: top[0], score: top[1], runnerUp: ranked[1]?.[1] ?? 0 };
}

function primary(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const p = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) ? p : null;
}

export function detectLanguage(doc: Document, sampleText: string): string | null {
  const declared =
    primary(doc.documentElement?.getAttribute('lang')) ??
    primary(doc.documentElement?.getAttribute('xml:lang')) ??
    primary(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    primary(doc.querySelector('meta[name="language" i]')?.getAttribute('content')) ??
    primary(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'));
  const guess = detectTextLanguage(sampleText);
  if (!guess) return declared;
  if (!declared) return guess.lang;
  if (guess.lang === declared) return declared;
  // Pages mislabel themselves (a French article in an lang="en" template): trust clear text evidence.
  return guess.score >= 15 && guess.score >= 2 * guess.runnerUp ? guess.lang : declared;
}

export { parseDate, writtenDate } from './dates';

/** The publication date alone (see dates.ts for the ranking). */
export function detectDate(doc: Document, url?: string): string | null {
  return detectPublicationDate(doc, url === undefined ? {} : { url }).date;
}
