/**
 * Russian names change their endings with the case: "Путин", "Путина", "Путину", "Путиным", "о Путине";
 * "Россия", "России", "Россию", "Россией"; "Северная Корея", "в Северной Корее"; "Европейский союз",
 * "с Европейским союзом". These rules derive the five oblique cases (genitive, dative, accusative,
 * instrumental, prepositional) from the nominative by its endings, so no entity needs its forms listed.
 *
 * What inflects: in a person's name every word (given name, patronymic, surname: "Александра
 * Григорьевича Лукашенко"); in any other name the adjectives before the head noun and the head noun
 * itself, never what follows it ("Организации Объединённых Наций", "Совета Безопасности ООН": the
 * complement is already in the genitive). Words Russian leaves as they are stay so: those ending in a
 * vowel other than "а"/"я" ("Токио", "Лукашенко", "Чили", "Перу"), acronyms ("НАТО", "ЕС"), Latin words.
 *
 * Where the ending alone can't tell two declensions apart, both forms are produced ("-ин" surnames take
 * "-ым" in the instrumental, "Берлин" takes "-ом"; "Захарова" the woman declines as an adjective,
 * "Украина" as a noun): a form that no text uses costs a key and never a false match.
 */

export type RuCase = 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const RU_CASES: readonly RuCase[] = ['gen', 'dat', 'acc', 'ins', 'prep'];

type Forms = Record<RuCase, string[]>;

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;
const VELAR = /[кгх]$/;
const SIBILANT = /[жшщчц]$/;
const SOFT_OR_SIBILANT = /[жшщчцкгх]$/;

const forms = (stem: string, gen: string[], dat: string[], acc: string[], ins: string[], prep: string[]): Forms => ({
  gen: gen.map((e) => stem + e), dat: dat.map((e) => stem + e), acc: acc.map((e) => stem + e),
  ins: ins.map((e) => stem + e), prep: prep.map((e) => stem + e),
});

/** Adjectives (and surnames declined as adjectives: "Зеленский", "Толстой"). */
function adjective(w: string, animate: boolean): Forms | null {
  const end2 = w.slice(-2), stem = w.slice(0, -2);
  if (stem.length < 2) return null;
  const soft = SOFT_OR_SIBILANT.test(stem) && !VELAR.test(stem);
  switch (end2) {
    case 'ый':
    case 'ой':
    case 'ий': {
      // "-ий" after a soft consonant or a sibilant takes "-его"; after к/г/х ("Зеленский") "-ого".
      const e = end2 === 'ий' && !VELAR.test(stem) ? 'е' : 'о';
      const i = end2 === 'ый' || (end2 === 'ой' && !VELAR.test(stem) && !SIBILANT.test(stem)) ? 'ы' : 'и';
      return forms(stem, [`${e}го`], [`${e}му`], animate ? [`${e}го`] : [end2], [`${i}м`], [`${e}м`]);
    }
    case 'ая':
      return forms(stem, [soft ? 'ей' : 'ой'], [soft ? 'ей' : 'ой'], ['ую'], [soft ? 'ей' : 'ой'], [soft ? 'ей' : 'ой']);
    case 'яя':
      return forms(stem, ['ей'], ['ей'], ['юю'], ['ей'], ['ей']);
    case 'ое':
    case 'ее':
      return forms(stem, [end2 === 'ое' ? 'ого' : 'его'], [end2 === 'ое' ? 'ому' : 'ему'], [end2], [end2 === 'ое' && !VELAR.test(stem) ? 'ым' : 'им'], [end2 === 'ое' ? 'ом' : 'ем']);
    case 'ые':
    case 'ие':
      return forms(stem, [`${end2[0]}х`], [`${end2[0]}м`], animate ? [`${end2[0]}х`] : [end2], [`${end2[0]}ми`], [`${end2[0]}х`]);
    default:
      return null;
  }
}

/** "-ие" neuter nouns ("Соглашение"), otherwise an adjective. */
const NEUTER_IE = /(?:ение|ание|тие|дие|ьие|вие|шие|зие|сие)$/;

/** Nouns and non-adjectival names. */
function noun(w: string, animate: boolean, plural: boolean): Forms | null {
  const last = w.slice(-1), stem = w.slice(0, -1);
  if (w.length < 3) return null;
  if (plural && /[ыи]$/.test(w)) return forms(stem, ['ов', ''], ['ам'], animate ? ['ов'] : [last], ['ами'], ['ах']);
  if (NEUTER_IE.test(w)) return forms(stem, ['я'], ['ю'], ['е'], ['ем'], ['и']);
  switch (last) {
    case 'а': {
      // "Америка" → "Америки", "Москва" → "Москвы"; "Захарова" (a woman's surname) → "Захаровой" as well.
      const gen = SOFT_OR_SIBILANT.test(stem) ? 'и' : 'ы';
      const ins = SIBILANT.test(stem) ? ['ей', 'ой'] : ['ой'];
      const surname = /(?:ов|ев|ёв|ин|ын)$/.test(stem);
      return forms(stem, surname ? [gen, 'ой'] : [gen], surname ? ['е', 'ой'] : ['е'], ['у'], ins, surname ? ['е', 'ой'] : ['е']);
    }
    case 'я': {
      // "Россия" → "России", "Россией"; "Земля" → "Земли", "Земле".
      if (stem.endsWith('и')) return forms(stem, ['и'], ['и'], ['ю'], ['ей'], ['и']);
      return forms(stem, ['и'], ['е'], ['ю'], ['ей'], ['е']);
    }
    case 'й':
      // "Китай" → "Китая", "Китаю", "Китаем", "о Китае".
      return forms(stem, ['я'], ['ю'], animate ? ['я'] : ['й'], ['ем'], ['е']);
    case 'ь':
      // Masculine, as almost every proper name in "-ь" is ("Кремль", "Игорь"): "Кремля", "Кремлём".
      return forms(stem, ['я'], ['ю'], animate ? ['я'] : ['ь'], ['ем'], ['е']);
    default:
      break;
  }
  if (/[аеёиоуыэюя]$/.test(w)) return null; // "Токио", "Лукашенко", "Чили", "Перу": indeclinable
  // A consonant: "Макрон" → "Макрона", "Макрону", "Макроном", "о Макроне"; "-ов/-ин" surnames take "-ым".
  const surname = /(?:ов|ев|ёв|ин|ын)$/.test(w);
  const ins = SIBILANT.test(w) ? ['ем', 'ом'] : surname ? ['ым', 'ом'] : ['ом'];
  return forms(w, ['а'], ['у'], animate ? ['а'] : [''], ins, ['е']);
}

function isAdjective(w: string): boolean {
  if (/(?:ый|ой|ая|яя|ое|ее|ые)$/.test(w)) return true;
  return /(?:ий|ие)$/.test(w) && !NEUTER_IE.test(w);
}

/** One word's forms by case; null when the word does not decline. */
function wordForms(w: string, animate: boolean, plural: boolean): Forms | null {
  if (!CYRILLIC_WORD.test(w) || w === w.toUpperCase()) return null;
  const lower = w.toLowerCase();
  const f = isAdjective(lower) ? adjective(lower, animate) : noun(lower, animate, plural);
  if (!f) return null;
  // Keep the word's capital: "Москва" → "Москвы", not "москвы" (the matcher folds case, the surface check doesn't).
  const cap = w[0] !== lower[0];
  const fix = (s: string) => (cap ? s[0]!.toUpperCase() + s.slice(1) : s);
  for (const c of RU_CASES) f[c] = f[c].map(fix);
  return f;
}

/**
 * The oblique forms of a Russian name, by case (each case's forms in the order the rules give them, the
 * nominative itself left out). `person`: every word inflects and the accusative is the genitive.
 */
export function russianCases(name: string, person: boolean): Record<RuCase, string[]> {
  const out: Record<RuCase, string[]> = { gen: [], dat: [], acc: [], ins: [], prep: [] };
  const words = name.split(' ');
  if (!words.some((w) => CYRILLIC_WORD.test(w))) return out;
  // A plural name: "Соединённые Штаты", "Объединённые Арабские Эмираты", "Нидерланды".
  const plural = /(?:ые|ие)$/.test(words[0]!) && !NEUTER_IE.test(words[0]!) || (words.length === 1 && words[0]!.endsWith('ы'));
  const per: (Forms | null)[] = [];
  let headSeen = false;
  for (const w of words) {
    if (headSeen && !person) { per.push(null); continue; }
    const f = wordForms(w, person, plural);
    per.push(f);
    if (!isAdjective(w.toLowerCase()) && CYRILLIC_WORD.test(w)) headSeen = true;
  }
  if (per.every((f) => f === null)) return out;
  for (const c of RU_CASES) {
    // Every word in one case; where a word has two forms for a case, each combination is a form.
    let combos: string[][] = [[]];
    words.forEach((w, i) => {
      const alts = per[i]?.[c] ?? [w];
      combos = combos.flatMap((pre) => alts.map((a) => [...pre, a]));
    });
    for (const combo of combos) {
      const s = combo.join(' ');
      if (s !== name && !out[c].includes(s)) out[c].push(s);
    }
  }
  return out;
}

/** Every oblique form of a Russian name, once each: the extra keys the matcher adds for it. */
export function russianCaseForms(name: string, person: boolean): string[] {
  const all = new Set<string>();
  const cases = russianCases(name, person);
  for (const c of RU_CASES) for (const f of cases[c]) all.add(f);
  all.delete(name);
  return [...all];
}

/** The genitive a description puts a name in ("вооружённые силы России"): the first form the rules give. */
export function russianGenitive(name: string, person = false): string {
  return russianCases(name, person).gen[0] ?? name;
}
