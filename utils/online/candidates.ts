/*
 * Names on a page that the pack does not know and that may be political actors: capitalised
 * multi-word names in a person context (a title before them, a verb of saying beside them) or an
 * organisation context (a word such as "Front", "Partito", "Armée" inside them). These are what an
 * online lookup may send: the name itself, never the sentence around it, the page's address or
 * anything else of the page. The rules favour precision: a name that reaches Wikidata and resolves
 * to nothing costs a request and the reader's privacy for nothing, so anything doubtful stays home.
 */

export type CandidateKind = 'person' | 'organization';

export interface Candidate {
  /** The name as written (what a lookup sends). */
  name: string;
  kind: CandidateKind;
  /** Where it is, for highlighting it once it resolves (stays on the device). */
  block: number;
  start: number;
  end: number;
  /** What made it a candidate. */
  cue: 'title' | 'speech' | 'organization-word';
}

/** A span the offline engine already matched (the recognize response's quadruples give these). */
export interface MatchedSpan {
  block: number;
  start: number;
  end: number;
}

type Lang = 'en' | 'it' | 'fr' | 'de' | 'es';
const LANGS: readonly Lang[] = ['en', 'it', 'fr', 'de', 'es'];

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words that start sentences and headlines but are no part of a name: articles, pronouns,
 * conjunctions, prepositions, common adverbs, days and months. Compared in lowercase.
 */
const COMMON: Record<Lang, Set<string>> = {
  en: words(`the a an this that these those his her its their our my your he she it they we i you there here
    and but or nor so yet if when while after before since as at by for from in into of on to with without about
    over under between during despite although though because however meanwhile yesterday today tomorrow now then
    also still even only just last next new more most many some all both each every no not one two three first
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december breaking live update exclusive analysis opinion watch read`),
  it: words(`il lo la i gli le un uno una questo questa questi queste quel quella quelli quelle suo sua suoi sue loro
    e ed o ma se quando mentre dopo prima poi come a ad al allo alla ai agli alle da dal dalla dai dagli dalle di del
    dello della dei degli delle in nel nello nella nei negli nelle su sul sulla sui sugli sulle con per tra fra
    anche ancora oggi ieri domani ora intanto secondo però infatti inoltre nuovo nuova lunedì martedì mercoledì
    giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre
    novembre dicembre ultime ultim'ora esclusiva diretta`),
  fr: words(`le la les l un une des du de d ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je
    et ou mais si quand lorsque alors après avant depuis comme à au aux en dans par pour sur sous avec sans entre
    chez aussi encore aujourd'hui hier demain désormais pourtant cependant selon nouveau nouvelle lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre direct exclusif analyse`),
  de: words(`der die das den dem des ein eine einer eines einem einen dieser diese dieses jener sein seine ihr ihre
    er sie es wir ihr ich man und oder aber wenn als während nach vor seit wie an am auf aus bei bis durch für
    gegen im in mit ohne um unter über von vom zu zum zur auch noch heute gestern morgen jetzt dann doch jedoch
    laut neue neuer neues montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april
    mai juni juli august september oktober november dezember deutsche deutscher deutschen liveticker eilmeldung`),
  es: words(`el la los las lo un una unos unas este esta estos estas ese esa su sus él ella ellos ellas nosotros y e
    o u pero si cuando mientras después antes desde como a al de del en con por para sin sobre entre hacia hasta
    también todavía hoy ayer mañana ahora luego sin embargo según nuevo nueva lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    directo exclusiva última`),
};

/**
 * Titles and offices written before a person's name, and the portfolio words that join them
 * ("Foreign Minister", "ministro degli Esteri"). Compared in lowercase.
 */
const TITLES: Record<Lang, Set<string>> = {
  en: words(`president vice prime minister secretary chancellor senator sen governor gov mayor ambassador general gen
    lieutenant lt colonel col admiral commander chief deputy foreign defence defense interior finance home justice
    health trade economy state speaker representative rep congressman congresswoman mr mrs ms dr king queen prince
    princess sheikh emir sultan premier leader envoy spokesman spokeswoman spokesperson commissioner chairman
    chairwoman chair judge pope cardinal archbishop opposition inspector officer sergeant sgt detective captain
    capt major`),
  it: words(`presidente presidentessa premier ministro ministra sottosegretario sottosegretaria segretario segretaria
    senatore senatrice deputato deputata sindaco sindaca ambasciatore ambasciatrice generale ammiraglio colonnello
    cancelliere portavoce commissario commissaria governatore re regina principe papa onorevole esteri interno
    difesa economia giustizia salute capo vicepremier viceministro viceministra leader`),
  fr: words(`président présidente premier première ministre secrétaire sénateur sénatrice député députée maire
    ambassadeur ambassadrice général amiral colonel chancelier chancelière porte-parole commissaire gouverneur roi
    reine prince princesse pape m mme affaires intérieur défense justice économie chef dirigeant dirigeante leader`),
  de: words(`präsident präsidentin ministerpräsident ministerpräsidentin kanzler kanzlerin bundeskanzler
    bundeskanzlerin minister ministerin staatssekretär staatssekretärin senator senatorin bürgermeister
    bürgermeisterin botschafter botschafterin general admiral oberst sprecher sprecherin kommissar kommissarin
    gouverneur könig königin prinz prinzessin papst herr frau dr chef chefin`),
  es: words(`presidente presidenta vicepresidente vicepresidenta ministro ministra primer primera secretario secretaria
    senador senadora diputado diputada alcalde alcaldesa embajador embajadora general almirante coronel canciller
    portavoz comisario comisaria gobernador gobernadora rey reina príncipe princesa papa señor señora sr sra
    exteriores interior defensa economía hacienda justicia jefe jefa líder`),
};

/**
 * Nouns that end institutions, places and media, never a person's name ("Chatham House", "Middle
 * East", "Instituto Cubano de Amistad"). Compared in lowercase.
 */
const INSTITUTION_WORDS = words(`house east west north south corporation institute university news times post group
  company bank resources agency foundation center centre watch ministry office court department association society
  network television radio press media magazine herald journal tribune street square palace
  istituto università banca agenzia fondazione ministero ufficio corte tribunale palazzo società gruppo
  institut université banque agence fondation ministère bureau cour palais société groupe
  instituto universidad banco agencia fundación ministerio oficina tribunal estado palacio sociedad grupo
  universität agentur stiftung ministerium amt gericht zeitung gruppe`);

/** German forms its titles as compounds (Außenministerin, Regierungssprecher, Staatschef): their endings. */
const DE_TITLE_SUFFIX = /(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|botschafter|botschafterin|bürgermeister|bürgermeisterin|sekretär|sekretärin|kommissar|kommissarin|führer|führerin)$/;

/** Words inside an organisation's name that say it is one. Compared in lowercase. */
const ORG_WORDS: Record<Lang, Set<string>> = {
  en: words(`front party movement army brigade brigades council union league alliance organisation organization
    commission committee forces militia congress assembly federation coalition command corps guard guards authority`),
  it: words(`fronte partito movimento esercito brigata brigate consiglio unione lega alleanza organizzazione
    commissione comitato forze milizia milizie congresso assemblea federazione coalizione guardia guardie autorità`),
  fr: words(`front parti mouvement armée brigade brigades conseil union ligue alliance organisation commission comité
    forces milice milices congrès assemblée fédération coalition garde gardes autorité`),
  de: words(`front partei bewegung armee brigade brigaden rat union liga allianz organisation kommission komitee
    streitkräfte miliz milizen kongress versammlung föderation koalition garde behörde`),
  es: words(`frente partido movimiento ejército brigada brigadas consejo unión liga alianza organización comisión
    comité fuerzas milicia milicias congreso asamblea federación coalición guardia guardias autoridad`),
};

/** German organisation names are compounds too (Befreiungsfront, Volkspartei). */
const DE_ORG_SUFFIX = /(front|partei|bewegung|armee|brigade|brigaden|miliz|allianz|union|liga|organisation|kommission|streitkräfte)$/;

/** Lowercase words that may sit inside a name ("Ursula von der Leyen", "Secretary of State", "Front de Libération"). */
const PARTICLES = words(`von van der den de da di del della delle degli dei des du la le dos das zu ter af bin ibn al
  of for the für`);
/** Of those, the ones a person's name may hold; the rest only join titles and organisations. */
const NAME_PARTICLES = words('von van der den de da di del della des du la le dos das zu ter af bin ibn al');

/**
 * Definite and indefinite articles: an article before a capitalised name that "said" something
 * makes it an institution ("the White House said", "la Casa Bianca ha detto"), not a person.
 */
const ARTICLES = words('the a an il lo la i gli le l un uno una les des der die das den dem des ein eine el los las unos unas');

/**
 * Verbs of saying (and "according to"), just before a name. Not "told": the name after it is who
 * was told ("she told Al Jazeera").
 */
const SPEECH_BEFORE: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:said|says|added|warned|according to)\s+$/iu,
  it: /(?:^|[^\p{L}])(?:ha detto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha annunciato|secondo|dice|afferma|dichiara|spiega)\s+$/iu,
  fr: /(?:^|[^\p{L}])(?:a déclaré|a dit|a affirmé|a ajouté|a expliqué|a annoncé|selon|déclare|affirme|explique|estime)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:sagte|sagt|erklärte|betonte|laut|so)\s+$/iu,
  es: /(?:^|[^\p{L}])(?:dijo|afirmó|declaró|aseguró|explicó|añadió|señaló|anunció|según|dice|afirma)\s+$/iu,
};

/** Verbs of saying (and English "…, who"), just after a name. */
const SPEECH_AFTER: Record<Lang, RegExp> = {
  en: /^,?\s+(?:said|says|told|added|warned|announced|stated|wrote|insisted|argued)\b|^,\s+who\s/iu,
  it: /^,?\s+(?:ha detto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha annunciato|ha sottolineato|dice|afferma|dichiara|spiega)(?![\p{L}])/iu,
  fr: /^,?\s+(?:a déclaré|a dit|a affirmé|a ajouté|a expliqué|a annoncé|a estimé|déclare|affirme|explique|estime)(?![\p{L}])/iu,
  de: /^,?\s+(?:sagte|sagt|erklärte|betonte|kündigte|teilte)(?![\p{L}])/iu,
  es: /^,?\s+(?:dijo|afirmó|declaró|aseguró|explicó|añadió|señaló|anunció|dice|afirma)(?![\p{L}])/iu,
};

/** Languages whose organisation names end with the word that names the kind ("… Liberation Front", "…partei"). */
const HEAD_FINAL: ReadonlySet<Lang> = new Set(['en', 'de']);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital (after an elided particle: "d'Estaing", "al-Assad"). */
  cap: boolean;
}

// A word: letters with inner hyphens or apostrophes ("Jean-Noël", "O'Brien", "al-Sisi").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
// Elided articles belong to the sentence, not the name: "l'Armée" is "Armée", "dell'Unione" is "Unione".
const ELIDED_ARTICLE = /^(?:l|dell|all|nell|sull|dall)['’](?=\p{Lu})/iu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index;
    const elided = ELIDED_ARTICLE.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    const cap = /^\p{Lu}/u.test(word) || /^(?:d|al|el)['’-]\p{Lu}/u.test(word);
    out.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, cap });
  }
  return out;
}

interface Context {
  langs: readonly Lang[];
  /** Words the article writes in lowercase somewhere: common words, whatever their capital here. */
  lowercase: ReadonlySet<string>;
}

const inAny = (table: Record<Lang, Set<string>>, langs: readonly Lang[], w: string) => langs.some((l) => table[l].has(w));

function isTitle(t: Token, ctx: Context): boolean {
  if (inAny(TITLES, ctx.langs, t.lower)) return true;
  return ctx.langs.includes('de') && t.cap && DE_TITLE_SUFFIX.test(t.lower);
}

function isOrgWord(t: Token, ctx: Context): boolean {
  if (inAny(ORG_WORDS, ctx.langs, t.lower)) return true;
  return ctx.langs.includes('de') && t.cap && DE_ORG_SUFFIX.test(t.lower) && t.lower.length > 6;
}

const isCommon = (t: Token, ctx: Context) => inAny(COMMON, ctx.langs, t.lower);
const isParticle = (t: Token) => !t.cap && PARTICLES.has(t.lower);

/**
 * German capitalises every noun, so its genitive articles join common nouns ("Leiter der Münchner
 * Sicherheitskonferenz", "Mitglied der Al-Quds-Brigade"), not a name: in German text they split
 * runs, except after "von"/"van" ("Ursula von der Leyen").
 */
const DE_GENITIVE = words('der den des dem');

/** Whether `t` may sit inside a run, after `prev`. */
function joinsRun(t: Token, prev: Token, ctx: Context): boolean {
  if (!isParticle(t)) return false;
  if (ctx.langs.length === 1 && ctx.langs[0] === 'de' && DE_GENITIVE.has(t.lower)) return prev.lower === 'von' || prev.lower === 'van';
  return true;
}

/** Runs of capitalised words (with particles between them) separated only by spaces. */
function runsOf(text: string, tokens: Token[], ctx: Context): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run.at(-1)!.cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run.at(-1);
    const gap = prev ? text.slice(prev.end, t.start) : '';
    // An initial ("John F. Kennedy") is followed by a full stop inside the name.
    const joined = prev && (/^[ \u00a0]+$/.test(gap) || (prev.text.length === 1 && prev.cap && /^\.[ \u00a0]+$/.test(gap)));
    if (prev && !joined) close();
    if (t.cap) run.push(t);
    else if (prev && joinsRun(t, prev, ctx)) run.push(t);
    else close();
  }
  close();
  return runs;
}

/** Whether the text before `at` ends a sentence (or a quotation opens there). */
function sentenceStart(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;"“”«»‘'(—–-]$/.test(before);
}

/**
 * A title shortly before the run ("il premier", "la presidenta", "il presidente della Commissione
 * europea"): within five words, with nothing between but particles, capitalised words and at most
 * one other lowercase word.
 */
function titleBefore(text: string, at: number, ctx: Context): boolean {
  const before = tokenize(text.slice(Math.max(0, at - 80), at)).slice(-5);
  if (/[.!?;:,"“”«»]\s*$/.test(text.slice(Math.max(0, at - 3), at))) return false;
  let loose = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (isTitle(t, ctx)) return true;
    // "Sprecher des Weißen Hauses": in German a title's holder follows it directly.
    if (ctx.langs.length === 1 && ctx.langs[0] === 'de' && ARTICLES.has(t.lower)) return false;
    if (isParticle(t) || isCommon(t, ctx) || t.cap) continue;
    if (++loose > 1) return false;
  }
  return false;
}

/** The tokens that make a person's name, or undefined when they don't. */
function personName(tokens: Token[], ctx: Context): Token[] | undefined {
  const name = [...tokens];
  while (name.length && !name.at(-1)!.cap) name.pop();
  if (name.length < 2 || name.length > 5) return undefined;
  let caps = 0;
  for (const t of name) {
    if (!t.cap) {
      if (!NAME_PARTICLES.has(t.lower)) return undefined;
      continue;
    }
    const initial = t.text.length === 1;
    if (!initial && !/\p{Ll}/u.test(t.text)) return undefined; // an acronym or a shouted word
    if (isCommon(t, ctx) || isTitle(t, ctx) || isOrgWord(t, ctx) || INSTITUTION_WORDS.has(t.lower) || ctx.lowercase.has(t.lower)) {
      return undefined;
    }
    caps++;
  }
  return caps >= 2 && name[0]!.cap ? name : undefined;
}

/** The tokens that make an organisation's name (at least two words, one of them naming the kind). */
function organisationName(tokens: Token[], ctx: Context): Token[] | undefined {
  const name = [...tokens];
  while (name.length && !name[0]!.cap) name.shift();
  while (name.length && !name.at(-1)!.cap) name.pop();
  const caps = name.filter((t) => t.cap);
  if (caps.length < 2 || name.length > 8 || !caps.some((t) => isOrgWord(t, ctx))) return undefined;
  if (caps.every((t) => isCommon(t, ctx) || isOrgWord(t, ctx) || isTitle(t, ctx)) && caps.filter((t) => isOrgWord(t, ctx)).length < 2) {
    return undefined;
  }
  return name;
}

function candidatesOfRun(text: string, block: number, run: Token[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const emit = (tokens: Token[], kind: CandidateKind, cue: Candidate['cue']) => {
    const start = tokens[0]!.start;
    const end = tokens.at(-1)!.end;
    out.push({ name: text.slice(start, end), kind, block, start, end, cue });
  };

  // A capitalised common word opens a sentence or a headline, not a name; nor does, at a
  // sentence's start, a word the article also writes in lowercase.
  const rest = [...run];
  const atStart = sentenceStart(text, run[0]!.start);
  const lookback = Math.max(0, run[0]!.start - 20);
  const previous = tokenize(text.slice(lookback, run[0]!.start)).at(-1);
  // The word just before, joined by a space or an elision ("the White House", "l'Eliseo").
  let afterArticle = !!previous && ARTICLES.has(previous.lower) && /^(?:\s+|['’])$/.test(text.slice(lookback + previous.end, run[0]!.start));
  const dropsFirst = (t: Token) => isCommon(t, ctx) || (atStart && t === run[0] && ctx.lowercase.has(t.lower));
  while (rest.length && dropsFirst(rest[0]!)) {
    afterArticle = ARTICLES.has(rest[0]!.lower);
    rest.shift();
    while (rest.length && !rest[0]!.cap) rest.shift();
  }
  if (!rest.length) return out;
  const from = rest[0]!.start;
  const to = rest.at(-1)!.end;

  // Titles at the front, with the particles between them ("Prime Minister", "Secretary of State").
  let titled = titleBefore(text, from, ctx);
  let i = 0;
  while (i < rest.length && (isTitle(rest[i]!, ctx) || (i > 0 && !rest[i]!.cap))) {
    if (isTitle(rest[i]!, ctx)) titled = true;
    i++;
  }
  const untitled = rest.slice(i);
  if (!untitled.length) return out;

  const orgAt = untitled.findIndex((t) => isOrgWord(t, ctx));
  if (orgAt >= 0) {
    if (ctx.langs.every((l) => HEAD_FINAL.has(l))) {
      // "… Liberation Front", maybe followed by a person: "European Commission President Ursula von der Leyen".
      let last = orgAt;
      untitled.forEach((t, k) => {
        if (isOrgWord(t, ctx)) last = k;
      });
      // Titles before the body ("President of the European Commission") are a person's, unless the body needs them;
      // a sentence's first word joined by "of" is who belongs to the body ("Fighters of the Foo Liberation Front").
      const body = untitled.slice(0, last + 1);
      let skip = 0;
      if (i === 0 && atStart && rest[0] === run[0] && body[1] && !body[1].cap) {
        skip = 1;
        while (skip < body.length && !body[skip]!.cap) skip++;
      }
      const org = (skip ? organisationName(body.slice(skip), ctx) : undefined) ??
        organisationName(body, ctx) ??
        organisationName(rest.slice(0, i + last + 1), ctx);
      if (org) emit(org, 'organization', 'organization-word');
      const tail = untitled.slice(last + 1);
      let j = 0;
      let tailTitled = titled;
      while (j < tail.length && (isTitle(tail[j]!, ctx) || !tail[j]!.cap)) {
        if (isTitle(tail[j]!, ctx)) tailTitled = true;
        j++;
      }
      const person = tailTitled ? personName(tail.slice(j), ctx) : undefined;
      if (person) emit(person, 'person', 'title');
    } else if (i > 0 && orgAt === 0) {
      // "Presidente del Consiglio Giorgia Meloni": the body belongs to the title; a person may follow it.
      let j = 1;
      while (j < untitled.length && (!untitled[j]!.cap || isTitle(untitled[j]!, ctx))) j++;
      const person = personName(untitled.slice(j), ctx);
      if (person) emit(person, 'person', 'title');
    } else {
      const org = organisationName(untitled.slice(orgAt), ctx);
      if (org) emit(org, 'organization', 'organization-word');
    }
    return out;
  }

  const spoken = ctx.langs.some(
    (l) => SPEECH_BEFORE[l].test(text.slice(Math.max(0, from - 40), from)) || SPEECH_AFTER[l].test(text.slice(to, to + 40)),
  );
  const cue: Candidate['cue'] | undefined = titled ? 'title' : spoken && !afterArticle ? 'speech' : undefined;
  if (!cue) return out;
  const person = personName(untitled, ctx);
  if (person) emit(person, 'person', cue);
  return out;
}

/**
 * A headline in title case ("Foreign Minister Warns Of Sanctions"): every word capitalised, so
 * capitals say nothing about names there. The article's text repeats the names that matter.
 */
function isTitleCase(text: string): boolean {
  const all = [...text.matchAll(WORD)].map((m) => m[0]);
  // Headlines keep small words in lowercase ("Warns of Sanctions"); any other lowercase word makes it a sentence.
  return all.length >= 4 && all.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w) || PARTICLES.has(w) || ARTICLES.has(w));
}
const SMALL_WORDS = words('and or to in on at as by with vs e o a ad in su per con und oder zu im am mit et ou à en sur avec y con en por');

export interface CandidateOptions {
  /** The article's language; other or unknown languages use every language's rules at once. */
  lang?: string | null;
  /** At most this many candidates (in page order). */
  max?: number;
}

/**
 * The candidates of an article's text blocks: names in person or organisation contexts that no
 * matched span covers and that no matched span spells the same elsewhere.
 */
export function findCandidates(blocks: readonly string[], matched: readonly MatchedSpan[], opts: CandidateOptions = {}): Candidate[] {
  const base = (opts.lang ?? '').toLowerCase().split('-')[0] as Lang;
  const langs = LANGS.includes(base) ? [base] : LANGS;
  const lowercase = new Set<string>();
  for (const text of blocks) {
    for (const m of text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) lowercase.add(m[0].toLowerCase());
  }
  const ctx: Context = { langs, lowercase };

  const byBlock = new Map<number, MatchedSpan[]>();
  const known = new Set<string>();
  for (const s of matched) {
    const list = byBlock.get(s.block) ?? [];
    list.push(s);
    byBlock.set(s.block, list);
    const surface = blocks[s.block]?.slice(s.start, s.end);
    if (surface) known.add(normaliseName(surface));
  }

  const out: Candidate[] = [];
  const max = opts.max ?? 100;
  blocks.forEach((text, block) => {
    if (out.length >= max || isTitleCase(text)) return;
    const spans = byBlock.get(block) ?? [];
    for (const run of runsOf(text, tokenize(text), ctx)) {
      for (const c of candidatesOfRun(text, block, run, ctx)) {
        if (spans.some((s) => s.start < c.end && c.start < s.end)) continue;
        if (known.has(normaliseName(c.name))) continue;
        if (out.length < max) out.push(c);
      }
    }
  });
  return out;
}

/** A name compared across the page: case, spacing and apostrophe style aside. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The distinct names to look up (first spelling seen, page order): all that a lookup of the page sends. */
export function candidateNames(candidates: readonly Candidate[], max = 30): { name: string; kind: CandidateKind }[] {
  const seen = new Set<string>();
  const out: { name: string; kind: CandidateKind }[] = [];
  for (const c of candidates) {
    const key = normaliseName(c.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: c.name, kind: c.kind });
    if (out.length >= max) break;
  }
  return out;
}
