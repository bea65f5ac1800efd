/**
 * From raw automaton hits to linked mentions: surface checks (case, acronyms,
 * sentence position, ALL-CAPS blocks), document evidence (which entities are
 * named unambiguously somewhere in the page), the article date (office holders,
 * treaties not yet signed), and resolution of generic treaty descriptions by
 * the parties and topic words around them.
 */
import { LANGS } from '../pack/schema.ts';
import { findHits, type RawHit } from './automaton.ts';
import { KIND_GENERIC, KIND_STRONG, KIND_WEAK, padEnd, padStart, type CompiledMatcher, type Interp } from './compile.ts';
import { isWordCode, normaliseText, type NormalisedText } from './normalise.ts';

export interface Mention { block: number; start: number; end: number; id: string; surface: string }

export interface RecogniseInput { blocks: string[]; lang: string | null; date: string | null }

interface Cand {
  block: number;
  start: number;
  end: number;
  key: number;
  genitive: boolean;
  entity: number;
  score: number;
}

interface BlockCtx {
  text: string;
  caps: number; // -1 unknown, 0 no, 1 all caps, 2 title case
  stems: Set<string> | null;
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isLetter = (ch: string): boolean => isUpper(ch) || isLower(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => /\s/.test(ch);
const OPENERS = new Set(['"', '«', '“', '„', '‘', '(', '[', '¿', '¡', '»', '‹', '›', '*', '\u201b']);
const ENDERS = new Set(['.', '!', '?', '…', ':', ';', '•', '|', '·', '–', '—', '\u2022']);
const APOS = new Set(["'", '’', 'ʼ', '‘']);

function blockCaps(b: BlockCtx): number {
  if (b.caps >= 0) return b.caps;
  let up = 0, low = 0, words = 0, capWords = 0, prevLetter = false;
  for (const ch of b.text) {
    const u = isUpper(ch), l = !u && isLower(ch);
    if (u) up++; else if (l) low++;
    if ((u || l) && !prevLetter) { words++; if (u) capWords++; }
    prevLetter = u || l || ch === "'" || ch === '’';
  }
  b.caps = up + low >= 4 && up > 2 * low ? 1 : words >= 3 && capWords >= 0.7 * words ? 2 : 0;
  return b.caps;
}

function langCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

/** True when capitalisation at `s` may be due to sentence position rather than a name. */
function sentenceInitial(text: string, s: number): boolean {
  let i = s - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (isSpace(ch)) { i--; continue; }
    if (APOS.has(ch) && i > 0 && isLetter(text[i - 1]!)) return false; // elision: "L'Unione"
    if (OPENERS.has(ch) || APOS.has(ch)) { i--; continue; }
    return ENDERS.has(ch) || (ch === '-' && (i === 0 || isSpace(text[i - 1]!)));
  }
  return true;
}

function nextWordCapitalised(text: string, e: number, hyphenJoins = false): boolean {
  let i = e;
  if (hyphenJoins && text[i] === '-' && text[i + 1] !== undefined && isUpper(text[i + 1]!)) return true;
  if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const ch = text[i];
  return ch !== undefined && isUpper(ch);
}

function prevWordCapitalised(text: string, s: number): boolean {
  let i = s - 1;
  if (i < 0 || (text[i] !== ' ' && text[i] !== '\u00a0')) return false;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i < 0 || !isLetter(text[i]!)) return false;
  while (i > 0 && isLetter(text[i - 1]!)) i--;
  return isUpper(text[i]!) && !sentenceInitial(text, i);
}

// Capitalised words that may stand before a surname without being a given name ("President Kim", "Mr Trump").
const TITLES = new Set(
  ('president vice prime minister chancellor secretary leader premier king queen prince princess emperor sultan emir sheikh ' +
    'mr mrs ms miss dr sir lady lord sen senator rep gov governor general gen chairman chairwoman chair speaker ambassador ' +
    'pope supreme chief commander marshal mayor judge justice former late deputy foreign defense defence interior comrade ' +
    'dictator president-elect presidente premier ministro ministra cancelliere président présidente ministre chancelier ' +
    'presidenta canciller señor señora don doña monsieur madame signor signora generale général').split(' '),
);

/**
 * The word before `s` is a given name, not a title or a possessive: "Stella Kim", "Margie Kim" (someone
 * else's full name), against "President Kim", "Pyongyang's Kim". Capitals mean nothing in German.
 */
function prevWordIsName(text: string, s: number, lang: string | null): boolean {
  if (lang === 'de' || !prevWordCapitalised(text, s)) return false;
  let i = s - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i > 0 && (isLetter(text[i - 1]!) || text[i - 1] === '-')) i--;
  const word = text.slice(i, end);
  if (!isLetter(text[end - 1]!) || text[end] === '.') return false;
  return !TITLES.has(word.toLowerCase());
}

// Head nouns of agreements, in the five languages: a city named with one is the agreement's name, not the place.
const TREATY_NOUNS = new Set(
  ('treaty treaties accord accords agreement agreements deal pact protocol convention trattato trattati accordo accordi ' +
    'patto protocollo intesa convenzione traité traités pacte protocole tratado tratados acuerdo acuerdos pacto protocolo ' +
    'convenio convención abkommen vertrag verträge pakt protokoll übereinkommen acordo acordos tratado tratados pacto ' +
    'protocolo convenção договор договора договоре договором соглашение соглашения соглашении соглашением пакт пакта ' +
    'протокол протокола конвенция конвенции сделка сделки').split(' '),
);
// "In Paris the agreement was signed": a function word between leaves the city a city.
const EN_FUNCTION = new Set('the a an and or but of to in on at for with by as that this these those its their his her was is were are'.split(' '));
const TREATY_OF = /(?:^|[^\p{L}])(?:treaty|accords?|agreements?|trattat[oi]|accord[oi]|patto|intesa|trait[ée]s?|accords?|acuerdos?|tratados?|pacto|convenio|abkommen|vertrag|verträge)\s+(?:of|di|de|du|des|del|von)\s+$/iu;

/**
 * "the Paris accord", "the Paris climate treaty", "gli accordi di Minsk": a one-word place inside the
 * name of an agreement the pack doesn't hold under that name. In English, where the noun comes last,
 * one word may stand between ("climate").
 */
function namesAgreement(text: string, s: number, e: number, lang: string | null): boolean {
  const words = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(text.slice(e, e + 40));
  if (words && (TREATY_NOUNS.has(words[1]!) || (lang === 'en' && words[2] !== undefined && !EN_FUNCTION.has(words[1]!) && TREATY_NOUNS.has(words[2])))) return true;
  return TREATY_OF.test(text.slice(Math.max(0, s - 24), s));
}

/*
 * A city named as the complement of an institution or a venue ("Bourse de Paris", "Borsa di Milano",
 * "Université de Montréal", "Tokyo Stock Exchange", "Flughafen Wien"): the name of that thing, not the place.
 */
const INSTITUTION_BEFORE =
  /(?:^|[^\p{L}])(?:bourse|borsa|bolsa|börse|stock exchange of|university of|université|universit[àa]|universidad|universidade|universität|aéroport|aeroporto|aeropuerto|estádio|museu|airport of|flughafen|stade|stadio|estadio|gare|stazione|estación|bahnhof|marathon|maratona|marathon de|opéra|opera|teatro|théâtre|museo|musée|museum of)\s+(?:of\s+|de\s+|di\s+|du\s+|des\s+|de\s+la\s+|del\s+|do\s+|da\s+|von\s+|d['’])?$/iu;
const INSTITUTION_AFTER = /^\s+(?:stock exchange|university|school|college|institute|consensus|airport|marathon|opera|philharmonic|fc|city fc|united|börse|universität)\b/iu;

function namesInstitution(text: string, s: number, e: number): boolean {
  return INSTITUTION_BEFORE.test(text.slice(Math.max(0, s - 30), s)) || INSTITUTION_AFTER.test(text.slice(e, e + 30));
}

/*
 * Cities named as football clubs. Italian and Spanish write a city without an article ("a Roma", "en
 * Madrid") but a club with one ("la Roma", "il Torino", "el Madrid"); and a fixture joins two clubs with a
 * hyphen ("Torino-Roma", "Cagliari-Juve"), where the other side is no place of the pack.
 */
const CLUB_ARTICLE: Record<string, RegExp> = {
  it: /(?:^|[^\p{L}])(?:la|il|lo|l['’]|della|alla|dalla|nella|sulla|colla|del|al|dal|nel|sul)\s*$/iu,
  es: /(?:^|[^\p{L}])(?:el|del|al)\s+$/iu,
};

function clubArticle(text: string, s: number, lang: string | null): boolean {
  const re = lang ? CLUB_ARTICLE[lang] : undefined;
  return !!re && re.test(text.slice(Math.max(0, s - 8), s));
}

/*
 * A dateline ("CARACAS, 5 dic -", "PARIS (Reuters) -", "Washington.- ", "BUCAREST –") opens a wire
 * story with the place it was filed from: the city, never its government. It stands at the start of a
 * block (after an agency's name at most) and is followed by a dash, a date or an agency in brackets.
 */
const DATELINE_BEFORE = /^\s*(?:\(?[A-Z]{2,8}\)?\s*[-–—]\s*)?$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:[.,]\s*)?(?:[-–—]|\d{1,2}\.?\s+\p{L}|\p{Lu}{3,}\b)/u;

function dateline(text: string, s: number, e: number): boolean {
  if (s > 16 || !DATELINE_BEFORE.test(text.slice(0, s))) return false;
  const after = text.slice(e, e + 40);
  const allCaps = !/\p{Ll}/u.test(text.slice(s, e));
  return DATELINE_AFTER.test(after) || (allCaps && /^\s*[,.:]/.test(after));
}

/*
 * A capital after a preposition of place is where something happens, not who acts: "a concert in
 * London", "un convegno a Roma", "à Paris", "in Berlin", "en Madrid", on a page that otherwise leaves its
 * country out. Only the prepositions that say where (not "from", "with", "between", which often name
 * the government: "pressure from Moscow").
 */
const LOCATIVE: Record<string, RegExp> = {
  en: /(?:^|[^\p{L}])(?:in|at|near|outside|around|across|inside|throughout)\s+$/iu,
  it: /(?:^|[^\p{L}])(?:a|in|ad|presso|vicino a|fuori)\s+$/iu,
  fr: /(?:^|[^\p{L}])(?:à|dans|près de)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:in|nach|bei|nahe)\s+$/iu,
  es: /(?:^|[^\p{L}])(?:en|cerca de)\s+$/iu,
  // Portuguese contracts "em" with the article: "em Brasília", "no Rio", "na Cidade do México", "nos Açores".
  pt: /(?:^|[^\p{L}])(?:em|no|na|nos|nas|perto de|junto a)\s+$/iu,
  // "в Москве", "во Владивостоке", "под Киевом" (the prepositional and instrumental of place).
  ru: /(?:^|[^\p{L}])(?:в|во|под|около|близ)\s+$/iu,
};

/** "the government in Caracas", "die Führung in Peking": who rules there is the government after all. */
const RULERS_BEFORE: Record<string, RegExp> = {
  en: /(?:government|regime|leadership|authorities|officials|administration|rulers|junta|diplomats|negotiators|leaders|power),?\s+\S+\s+$/iu,
  it: /(?:governo|regime|leadership|autorità|vertici|dirigenti|potere|diplomatici|funzionari),?\s+\S+\s+$/iu,
  fr: /(?:gouvernement|régime|pouvoir|autorités|dirigeants|diplomates|responsables),?\s+\S+\s+$/iu,
  de: /(?:Regierung|Führung|Machthaber|Regime|Staatsführung|Behörden|Diplomaten|Machtzentrale|Verantwortlichen),?\s+\S+\s+$/iu,
  es: /(?:gobierno|régimen|autoridades|dirigentes|poder|diplomáticos|funcionarios),?\s+\S+\s+$/iu,
  pt: /(?:governo|regime|autoridades|dirigentes|poder|diplomatas|funcionários),?\s+\S+\s+$/iu,
  ru: /(?:власти|власть|правительство|руководство|режим|дипломаты|чиновники),?\s+\S+\s+$/iu,
};

/** "В Москве заявили…" ("Moscow said"): Russian names a government by where it sits, with a verb of speech after. */
const RU_SAID_AFTER = /^\S*\s+(?:заявили|заявляют|считают|ответили|отвечают|отреагировали|пригрозили|предупредили|назвали|подчеркнули|уверены|не исключают|опасаются|признали|потребовали)(?=[^\p{L}]|$)/u;

function locative(text: string, s: number, lang: string | null, e = s): boolean {
  const re = lang ? LOCATIVE[lang] : undefined;
  if (!re || !re.test(text.slice(Math.max(0, s - 14), s))) return false;
  if (lang === 'ru' && RU_SAID_AFTER.test(text.slice(e, e + 40))) return false;
  return !RULERS_BEFORE[lang!]!.test(text.slice(Math.max(0, s - 40), s));
}

/*
 * "Washington" the US state: "Washington state", "the state of Washington", "lo Stato di Washington",
 * "l'État de Washington", "Bundesstaat Washington", "estado de Washington", or named beside other states
 * ("Oregon and Washington"), as Pacific Northwest stories do. Neither is the capital nor its government.
 */
const US_STATES = new Set(
  ('alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas ' +
    'kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ' +
    'oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming').split(' '),
);
const STATE_AFTER = /^\s+(?:state|State)\b(?!\s+(?:Department|Dept))/u;
const STATE_BEFORE = /(?:state of|State of|Stato di|stato di|État de|état de|Bundesstaat|US-Bundesstaat|estado de|Estado de)\s+$/u;

function washingtonState(text: string, s: number, e: number): boolean {
  if (text.slice(s, e) !== 'Washington') return false;
  if (STATE_AFTER.test(text.slice(e, e + 20)) || STATE_BEFORE.test(text.slice(Math.max(0, s - 20), s))) return true;
  // Beside other states: "Oregon and Washington", "Washington, Idaho and Montana".
  const near = text.slice(Math.max(0, s - 60), e + 60).toLowerCase().split(/[^\p{L}]+/u);
  return near.some((w) => US_STATES.has(w));
}

/** A photo or agency credit ("Photo: John Doe/PA", "Photograph: PA", "PA Media"): the acronym is an agency's. */
const CREDIT_BEFORE = /(?:photograph|photo|foto|image|imagen|bild|credit|crédit|crediti|fonte|source|quelle|fuente)s?\s*:\s*[^.\n]{0,60}$/iu;
const CREDIT_AFTER = /^\s+(?:Media|Images|Wire|Photo|Photos|Pictures|news agency|agency|Agency)\b/u;
const isCredit = (text: string, s: number, e: number): boolean =>
  text[s - 1] === '/' || text[e] === '/' || CREDIT_BEFORE.test(text.slice(Math.max(0, s - 80), s)) || CREDIT_AFTER.test(text.slice(e, e + 12));

/*
 * Things named after a person: "Konrad-Adenauer-Stiftung", "Willy-Brandt-Platz", "Adenauer-Haus": a name
 * inside a hyphenated chain, or joined to the head noun of a foundation, a street, a building or a prize.
 */
const NAMED_AFTER = /^-(?:Stiftung|Haus|Platz|Straße|Strasse|Allee|Ufer|Preis|Gymnasium|Schule|Kaserne|Brücke|Flughafen|Ring|Zentrum|Center|Institut|Universität|Denkmal|Medaille|Doktrin|Stadion|Halle)\b/u;
function namedAfter(text: string, s: number, e: number): boolean {
  if (text[e] === '-' && NAMED_AFTER.test(text.slice(e, e + 14))) return true;
  return text[s - 1] === '-' && text[e] === '-' && isLetter(text[s - 2] ?? '') && isUpper(text[e + 1] ?? '');
}

/** The word ending at `e` (exclusive) starts with a capital. */
function prevWordStartsUpper(text: string, e: number): boolean {
  let i = e - 1;
  while (i > 0 && (isLetter(text[i - 1]!) || text[i - 1] === '.')) i--;
  return isUpper(text[i] ?? '');
}

function adjacentNumber(text: string, s: number, e: number): boolean {
  let i = e;
  while (i < text.length && text[i] === ' ') i++;
  if (i < text.length && isDigit(text[i]!)) return true;
  i = s - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && isDigit(text[i]!);
}

function blockStems(b: BlockCtx): Set<string> {
  if (b.stems) return b.stems;
  const out = new Set<string>();
  const { codes, length } = normaliseText(b.text);
  let w = '';
  for (let i = 0; i <= length; i++) {
    const c = i < length ? codes[i]! : 0x20;
    if (i < length && isWordCode(c)) { if (w.length < 5) w += String.fromCharCode(c); else w += ''; }
    else { if (w.length >= 5) out.add(w); w = ''; }
  }
  b.stems = out;
  return out;
}

function sentenceBounds(text: string, s: number, e: number): [number, number] {
  let a = s;
  while (a > 0 && !/[.!?…]/.test(text[a - 1]!)) a--;
  let z = e;
  while (z < text.length && !/[.!?…]/.test(text[z]!)) z++;
  return [a, z];
}

function langBit(lang: string | null): number {
  if (!lang) return 0;
  const i = (LANGS as readonly string[]).indexOf(lang);
  return i < 0 ? 0 : 1 << i;
}

/** Greedy left-to-right, longest first: the longest match wins, nothing overlaps. */
function selectNonOverlapping<T extends { block: number; start: number; end: number }>(cands: T[]): T[] {
  cands.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastBlock = -1, lastEnd = -1;
  for (const c of cands) {
    if (c.block === lastBlock && c.start < lastEnd) continue;
    out.push(c);
    lastBlock = c.block;
    lastEnd = c.end;
  }
  return out;
}

/** How long before its signature an agreement counts as under negotiation for a description of it. */
const NEGOTIATION_DAYS = 540;
/** "Article 7 of the Constitution": an article number followed by another text's name is that text's. */
const OF_ANOTHER = /^\s+(?:of|dell[oa']?|del|degli|di|de|des|du|de la|der|des)\b/iu;

export function recognise(m: CompiledMatcher, input: RecogniseInput): { mentions: Mention[] } {
  const lb = langBit(input.lang);
  const dStart = input.date ? padStart(input.date) : null;
  const dEnd = input.date ? padEnd(input.date) : null;
  const genitiveS = input.lang === 'de';

  // 1. Raw hits, with original offsets.
  const blocks: BlockCtx[] = [];
  const raw: { block: number; start: number; end: number; key: number; genitive: boolean }[] = [];
  const hits: RawHit[] = [];
  let scratch: NormalisedText | undefined;
  input.blocks.forEach((text, bi) => {
    const norm = (scratch = normaliseText(text, scratch));
    blocks.push({ text, caps: -1, stems: null });
    hits.length = 0;
    findHits(m.automaton, norm, genitiveS, hits);
    for (const h of hits) {
      const start = norm.start[h.ns]!;
      // The genitive "s" is included in the span: "Putins" is highlighted whole.
      const end = norm.end[h.ne - 1]!;
      raw.push({ block: bi, start, end, key: h.key, genitive: h.genitive === 1 });
    }
  });

  // Where place and country names start and end, for telling a fixture ("Torino-Roma") from an axis ("Roma-Berlino").
  const placeEdges = new Set<string>();
  for (const c of raw) {
    if (m.interps[c.key]!.some((it) => it.kind !== KIND_GENERIC && (m.entities[it.entity]!.type === 'place' || m.entities[it.entity]!.type === 'country'))) {
      placeEdges.add(`${c.block}:s${c.start}`);
      placeEdges.add(`${c.block}:e${c.end}`);
    }
  }
  /** "Torino-Roma": joined by a hyphen to a capitalised word that names no place or country of the pack. */
  const fixture = (c: { block: number; start: number; end: number }): boolean => {
    const t = blocks[c.block]!.text;
    if (t[c.end] === '-' && isUpper(t[c.end + 1] ?? '') && !placeEdges.has(`${c.block}:s${c.end + 1}`)) return true;
    return t[c.start - 1] === '-' && isLetter(t[c.start - 2] ?? '') && !placeEdges.has(`${c.block}:e${c.start - 1}`) && prevWordStartsUpper(t, c.start - 1);
  };

  const salient = (ei: number): boolean => {
    const terms = m.entities[ei]!.terms;
    for (const [from, to] of terms) {
      if (dStart && dEnd) { if ((from === '' || from <= dEnd) && (to === '' || to >= dStart)) return true; }
      else if (to === '') return true;
    }
    return false;
  };
  /**
   * A description names a treaty in force on the article's date: not one that had ended, nor one signed
   * after it, except while it was being negotiated (the Iran nuclear deal in early 2015 is the JCPOA,
   * signed that July): up to NEGOTIATION_DAYS before its signature.
   */
  const treatyOutOfDate = (ei: number): boolean => {
    const { signed, ended } = m.entities[ei]!;
    if (ended !== '' && dStart !== null && ended < dStart) return true;
    if (signed === null || dEnd === null || signed <= dEnd) return false;
    return Date.parse(signed) - Date.parse(dEnd) > NEGOTIATION_DAYS * 86_400_000;
  };

  /** Surface-level acceptability of one interpretation (no document evidence yet). */
  const surfaceOk = (it: Interp, c: { block: number; start: number; end: number; key: number }): boolean => {
    const b = blocks[c.block]!;
    const first = b.text[c.start]!;
    if (it.kind === KIND_GENERIC) return true;
    if (it.acronym) {
      const surf = b.text.slice(c.start, c.end);
      const letters = m.keys[c.key]!.replace(/[^\p{L}]/gu, '').length;
      const allUp = !/\p{Ll}/u.test(surf);
      if (isCredit(b.text, c.start, c.end)) return false;
      // Mixed case is an acronym written as a word ("Nato", "Onu"), never capitals inside a word ("MPs", "DJs").
      if (!allUp && /\p{Lu}/u.test(surf.slice(1))) return false;
      if (letters <= 2) return allUp && blockCaps(b) !== 1;
      if (letters === 3) return (allUp && blockCaps(b) !== 1) || (isUpper(first) && !allUp && !sentenceInitial(b.text, c.start)) || (allUp && blockCaps(b) === 1);
      return isUpper(first);
    }
    if (it.kind === KIND_WEAK) {
      if (lb !== 0 && (it.langs & lb) === 0) return false;
      return isUpper(first);
    }
    if (it.capitalised && !isUpper(first) && !isDigit(first)) return false;
    if (it.anchored && !/\p{Lu}/u.test(b.text.slice(c.start, c.end))) return false;
    return true;
  };

  /**
   * A one-word alias listed only for other languages ("America" on a Spanish page,
   * where "América" is the continent) needs the entity to be named otherwise too.
   */
  const foreignSingleWord = (it: Interp, list: Interp[]): boolean =>
    lb !== 0 && it.words === 1 && !it.acronym && !list.some((o) => o.entity === it.entity && (o.langs & lb) !== 0);
  /** An alias the page's language lists as weak for this entity stays weak even if another language lists it as strong ("Georgia", "Chad" on an English page). */
  const weakHere = (it: Interp, list: Interp[]): boolean =>
    it.kind === KIND_STRONG && lb !== 0 && list.some((o) => o.entity === it.entity && o.kind === KIND_WEAK && (o.langs & lb) !== 0);

  /**
   * A one-word place or country name inside a longer proper name: "Washington Post", "New Mexico",
   * "François Hollande", "América Latina", "Paris Hilton". German capitalises every noun, so the cue is useless there.
   */
  const insideProperName = (it: Interp, c: { block: number; start: number; end: number }): boolean => {
    const ent = m.entities[it.entity]!;
    if ((ent.type !== 'place' && ent.type !== 'country') || it.acronym || it.words !== 1 || input.lang === 'de') return false;
    const b = blocks[c.block]!;
    if (blockCaps(b) !== 0) return false;
    return nextWordCapitalised(b.text, c.end, input.lang === 'en') || prevWordCapitalised(b.text, c.start);
  };

  // 2. Document evidence: entities named by an unambiguous strong alias.
  const present = new Set<number>();
  const fullName = new Set<number>();
  {
    const strongOk = (it: Interp, c: (typeof raw)[number]): boolean =>
      it.kind === KIND_STRONG && !weakHere(it, m.interps[c.key]!) && surfaceOk(it, c) && !foreignSingleWord(it, m.interps[c.key]!) && !insideProperName(it, c) &&
      !(m.entities[it.entity]!.type === 'place' && it.words === 1 && namesAgreement(blocks[c.block]!.text, c.start, c.end, input.lang));
    const strong = raw.filter((c) => m.interps[c.key]!.some((it) => strongOk(it, c)));
    for (const s of selectNonOverlapping(strong.map((x) => ({ ...x })))) {
      const ents = new Set(m.interps[s.key]!.filter((it) => strongOk(it, s)).map((it) => it.entity));
      if (ents.size !== 1) continue;
      const [e] = ents;
      present.add(e!);
      if (!m.interps[s.key]!.some((it) => it.entity === e && it.surname)) fullName.add(e!);
    }
  }
  const standsInPresent = new Set<number>();
  for (const e of present) if (m.entities[e]!.metonymOf >= 0) standsInPresent.add(m.entities[e]!.metonymOf);
  // Countries and organisations named outright: a page about public affairs, where "Brüssel" or "Jordan" mid-sentence is the place.
  let politicalContext = 0;
  for (const e of present) if (m.entities[e]!.type === 'country' || m.entities[e]!.type === 'organization') politicalContext++;
  /*
   * A surname that names one person only, in office on the article's date, and another name on the
   * page that stands for the same country ("la Casa Bianca ... con Biden"): each vouches for the
   * other, as they would for a reader of the day. A surname two people share never qualifies.
   */
  const officeSurnames = new Set<number>();
  if (politicalContext >= 2) {
    const byCountry = new Map<number, Set<number>>();
    const single: number[] = [];
    for (const c of raw) {
      const list = m.interps[c.key]!.filter((it) => it.kind !== KIND_GENERIC && surfaceOk(it, c));
      for (const it of list) {
        for (const s of m.entities[it.entity]!.standsFor) {
          let set = byCountry.get(s);
          if (!set) byCountry.set(s, (set = new Set()));
          set.add(it.entity);
        }
      }
      const it = list[0];
      if (it && it.surname && !list.some((o) => o.entity !== it.entity) && m.entities[it.entity]!.type === 'person' && salient(it.entity)) single.push(it.entity);
    }
    for (const e of single) {
      if (m.entities[e]!.standsFor.some((s) => s !== e && [...(byCountry.get(s) ?? [])].some((o) => o !== e))) officeSurnames.add(e);
    }
  }
  /** Someone holding office in that country is named ("Casa Rosada" in a story about Alberto Fernández). */
  const leaderPresent = (country: number): boolean => {
    for (const p of [...present, ...officeSurnames]) if (m.entities[p]!.type === 'person' && m.entities[p]!.standsFor.includes(country)) return true;
    return false;
  };
  const relatedPresent = (ei: number): boolean => m.entities[ei]!.related.some((r) => present.has(r));
  /*
   * Surnames several people in the pack share ("Kim", "Lee") that the page also gives to someone
   * else ("Stella Kim", "Kim Yong-hyun"): there, alone, the surname is no one in particular unless
   * the full name is on the page too.
   */
  const sharedSurnames = new Set<number>();
  for (const c of raw) {
    const people = m.interps[c.key]!.filter((it) => it.surname && it.kind === KIND_WEAK && m.entities[it.entity]!.type === 'person');
    if (new Set(people.map((it) => it.entity)).size < 2) continue;
    const b = blocks[c.block]!;
    if (blockCaps(b) === 0 && (nextWordCapitalised(b.text, c.end) || prevWordIsName(b.text, c.start, input.lang))) sharedSurnames.add(c.key);
  }

  // 3. Resolve every hit to at most one entity.
  const resolved: Cand[] = [];
  const genericHits: typeof raw = [];
  for (const c of raw) {
    const list = m.interps[c.key]!;
    const b = blocks[c.block]!;
    let best = -1, bestScore = -Infinity, tie = false;
    let hasGeneric = false;
    for (const it of list) {
      if (it.kind === KIND_GENERIC) { hasGeneric = true; continue; }
      const ent = m.entities[it.entity]!;
      if (weakHere(it, list)) continue;
      if (!surfaceOk(it, c)) continue;
      // A treaty named outright may be in negotiation (so dated before its signature); only generic descriptions need the date.
      if (c.genitive && ent.type === 'organization') continue;
      if (ent.type === 'place' && it.words === 1 && namesAgreement(b.text, c.start, c.end, input.lang)) continue;
      if (ent.type === 'place' && namesInstitution(b.text, c.start, c.end)) continue;
      if (ent.type === 'place' && ent.isCapital && it.words === 1 && (clubArticle(b.text, c.start, input.lang) || fixture(c))) continue;
      if (ent.type === 'place' && ent.isCapital && dateline(b.text, c.start, c.end)) continue;
      if (ent.type === 'place' && ent.isCapital && washingtonState(b.text, c.start, c.end)) continue;
      // "a Washington-based fleet", "London-born": where someone or something is, not who governs there.
      if (ent.type === 'place' && /^-(?:based|born|bred|area|bound|headquartered)\b/u.test(b.text.slice(c.end, c.end + 16))) continue;
      // Where a story about the capital's own country happens ("Putin è arrivato a Pyongyang") stays: the reader wants that capital explained.
      if (ent.type === 'place' && ent.isCapital && locative(b.text, c.start, input.lang, c.end) &&
        !present.has(ent.metonymOf) && !leaderPresent(ent.metonymOf)) continue;
      // "Konrad-Adenauer-Stiftung", "Willy-Brandt-Platz": a full name hyphenated into a compound names the foundation or the square.
      if (ent.type === 'person' && it.words > 1 && b.text[c.end] === '-' && b.text.slice(c.start, c.end).includes('-') && isUpper(b.text[c.end + 1] ?? '')) continue;
      if (ent.type === 'person' && namedAfter(b.text, c.start, c.end)) continue;
      // A capital in capitals amid ordinary text is a dateline or a kicker over a headline ("ROMA", "IL CAIRO"), not a government.
      if (ent.type === 'place' && ent.isCapital && c.end - c.start >= 4 && !/\p{Ll}/u.test(b.text.slice(c.start, c.end)) &&
        (blockCaps(b) !== 1 || b.text.trim().length <= c.end - c.start + 4)) continue;
      let score = it.kind === KIND_STRONG ? 10 : 5;
      if (lb !== 0 && (it.langs & lb) !== 0) score += 3;
      if (present.has(it.entity)) score += 4;
      if (relatedPresent(it.entity)) score += 2;
      const isSalient = ent.type === 'person' && salient(it.entity);
      if (isSalient) score += 2;
      const caps = blockCaps(b);
      const initial = caps === 1 || sentenceInitial(b.text, c.start);
      const properContext = caps === 0;
      if (it.kind === KIND_WEAK) {
        if (ent.type === 'person' && adjacentNumber(b.text, c.start, c.end)) continue; // "May 2019"
        if (properContext && nextWordCapitalised(b.text, c.end)) continue; // "Kim Kardashian", "Jordan Peterson"
        if (properContext && ent.type === 'person' && prevWordIsName(b.text, c.start, input.lang)) continue; // "Stella Kim"
        if (ent.type === 'person' && sharedSurnames.has(c.key) && !fullName.has(it.entity)) continue;
        if (properContext && ent.type !== 'person' && prevWordCapitalised(b.text, c.start)) continue;
        // Named outright, or through what stands for it ("Ankara" for Turkey) or what it stands for.
        const selfPresent = present.has(it.entity) || (ent.metonymOf >= 0 && present.has(ent.metonymOf)) || standsInPresent.has(it.entity);
        if (it.surname || ent.type === 'person') {
          if (!fullName.has(it.entity) && !(isSalient && (relatedPresent(it.entity) || officeSurnames.has(it.entity)))) continue;
        } else if (initial) {
          if (!selfPresent) continue;
        } else if (!selfPresent && !relatedPresent(it.entity) && politicalContext < 2) continue;
      } else if (insideProperName(it, c)) {
        continue;
      }
      /*
       * A city standing for an organisation seated there ("Bruxelles" for the EU): only on a page that
       * names the organisation and not the city's own country; then it outweighs the capital.
       */
      if (ent.type === 'place' && ent.metonymOf >= 0 && m.entities[ent.metonymOf]!.type === 'organization') {
        // The organisation named outright, or one of its own bodies ("the European Parliament" for the EU).
        const org = ent.metonymOf;
        if (!present.has(org) && ![...present].some((p) => m.entities[p]!.type === 'organization' && m.entities[org]!.related.includes(p))) continue;
        if (list.some((o) => {
          const city = m.entities[o.entity]!;
          return o.entity !== it.entity && city.isCapital && (present.has(city.metonymOf) || leaderPresent(city.metonymOf));
        })) continue;
        score += 6;
      }
      // Seats of power named with common words ("Blue House", "White House") stand for their country only when it is in the story.
      if (ent.type === 'place' && !ent.isCapital && ent.metonymOf >= 0 && it.words > 1 &&
        !present.has(ent.metonymOf) && !leaderPresent(ent.metonymOf) && !relatedPresent(it.entity)) continue;
      // A name from one other language ("Made in Germany" on a German page) needs the entity named in the page's own;
      // a spelling several languages share ("Qatar" on a Spanish page) needs only a related name.
      if (it.kind === KIND_STRONG && foreignSingleWord(it, list) && !present.has(it.entity) && !(langCount(it.langs) >= 2 && relatedPresent(it.entity))) continue;
      if (it.surname && it.kind === KIND_STRONG && !fullName.has(it.entity) && !isSalient) score -= 1;
      // Ties between a place and what it stands for ("Brüssel": the city or the Commission) go to the place,
      // whose card carries metonymOf; ties between people stay unresolved.
      if (ent.type === 'place') score += 0.1;
      if (score > bestScore) { best = it.entity; bestScore = score; tie = false; }
      else if (score === bestScore && it.entity !== best) tie = true;
    }
    if (best >= 0 && !tie) resolved.push({ ...c, entity: best, score: bestScore });
    else if (hasGeneric) genericHits.push(c);
  }
  const entityMentions = selectNonOverlapping(resolved);

  // 4. Generic treaty descriptions, resolved by parties and topic in the same sentence/paragraph.
  const byBlock = new Map<number, Cand[]>();
  for (const c of entityMentions) {
    let l = byBlock.get(c.block);
    if (!l) byBlock.set(c.block, (l = []));
    l.push(c);
  }
  const docStands = new Set<number>();
  /** Blocks each country or organisation is named in: what the article is about is named in several, or in its headline. */
  const standsBlocks = new Map<number, Set<number>>();
  for (const c of entityMentions) {
    for (const s of m.entities[c.entity]!.standsFor) {
      docStands.add(s);
      let set = standsBlocks.get(s);
      if (!set) standsBlocks.set(s, (set = new Set()));
      set.add(c.block);
    }
  }
  const prominent = (e: number): boolean => {
    const set = standsBlocks.get(e);
    return !!set && (set.size >= 2 || set.has(0));
  };
  const treatyMentions: Cand[] = [];
  for (const c of genericHits) {
    const b = blocks[c.block]!;
    const [sa, sz] = sentenceBounds(b.text, c.start, c.end);
    const inSentence = new Set<number>(), inBlock = new Set<number>();
    for (const mm of byBlock.get(c.block) ?? []) {
      const target = mm.start >= sa && mm.end <= sz ? inSentence : inBlock;
      for (const s of m.entities[mm.entity]!.standsFor) target.add(s);
    }
    let best = -1, bestScore = 0, tie = false;
    const genericCount = m.interps[c.key]!.filter((it) => it.kind === KIND_GENERIC).length;
    const numbered = /\d/.test(b.text.slice(c.start, c.end)) || /\b[IVX]+$/.test(b.text.slice(c.start, c.end));
    for (const it of m.interps[c.key]!) {
      if (it.kind !== KIND_GENERIC) continue;
      const t = m.entities[it.entity]!;
      if (treatyOutOfDate(it.entity)) continue;
      // Through the organisation it founded, named nearby: "Article 5" with NATO, "NATO's founding treaty".
      if (t.founds.length) {
        const inSent = t.founds.some((o) => inSentence.has(o));
        if (inSent || t.founds.some((o) => inBlock.has(o))) {
          const tail = b.text.slice(c.end, c.end + 40);
          // "Article 7 of the Constitution" is another text's article, unless the organisation or treaty is what follows.
          const ofOther = numbered && OF_ANOTHER.test(tail) &&
            !(byBlock.get(c.block) ?? []).some((mm) => mm.start >= c.end && mm.start <= c.end + 40 && (t.founds.includes(mm.entity) || mm.entity === it.entity));
          if (!ofOther) {
            const score = inSent ? 4 : 3;
            if (score > bestScore) { best = it.entity; bestScore = score; tie = false; }
            else if (score === bestScore && it.entity !== best) tie = true;
            continue;
          }
        }
        // An article number alone says nothing without its organisation.
        if (numbered) continue;
      }
      let sent = 0, blk = 0, doc = 0;
      for (const p of t.parties) {
        if (inSentence.has(p)) sent++;
        else if (inBlock.has(p)) blk++;
        else if (docStands.has(p)) doc++;
      }
      let topic = 0;
      const stems = blockStems(b);
      for (const w of t.topic) if (stems.has(w)) topic++;
      const n = t.parties.length;
      // The parties named elsewhere in the article, each of them what it is about (named in several paragraphs or the headline).
      let distant = false;
      if (n >= 1 && n <= 20) {
        // Parties decide: one named in the same sentence, and both sides of a bilateral treaty nearby.
        if (sent === 0 || sent + blk < Math.min(2, n)) {
          distant = n <= 3 && sent + blk + doc >= n && t.parties.every((p) => prominent(p));
          if (!distant) continue;
        }
      } else if (topic === 0 || genericCount > 1) continue; // open multilateral treaty: only a phrase of its own plus its subject can tell

      let score = distant
        ? 1.5 + 0.5 * n + (topic > 0 ? 0.5 : 0)
        : 2 * sent + blk + 0.5 * Math.min(doc, 3) + (topic > 0 ? 1.5 + 0.25 * Math.min(topic, 4) : 0);
      if (lb !== 0 && (it.langs & lb) !== 0) score += 0.5;
      if (score < 2) continue;
      if (score > bestScore) { best = it.entity; bestScore = score; tie = false; }
      else if (score === bestScore && it.entity !== best) tie = true;
    }
    if (best >= 0 && !tie) treatyMentions.push({ ...c, entity: best, score: bestScore });
  }

  const final = selectNonOverlapping([...entityMentions, ...treatyMentions]);
  return {
    mentions: final.map((c) => ({
      block: c.block, start: c.start, end: c.end, id: m.entities[c.entity]!.id, surface: blocks[c.block]!.text.slice(c.start, c.end),
    })),
  };
}
