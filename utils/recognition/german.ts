/**
 * German names inflect their adjectives with the case: "die Europäische Union",
 * "in der Europäischen Union", "das Weiße Haus", "im Weißen Haus", "der
 * Internationale Währungsfonds" (listed as "Internationaler Währungsfonds").
 * The adjectives of one phrase agree, so each form uses one ending throughout.
 */

const ENDINGS = ['e', 'en', 'er', 'es', 'em'] as const;
// Articles and prepositions inside names ("Liga der Arabischen Staaten") are not adjectives.
const NOT_ADJECTIVES = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'von', 'vom', 'zum', 'zur', 'mit', 'und', 'zwischen', 'über', 'unter', 'für', 'gegen', 'ohne',
]);
const STEM_MIN = 4;

function adjectiveStem(word: string): string | null {
  if (NOT_ADJECTIVES.has(word.toLowerCase())) return null;
  for (const end of ['en', 'er', 'es', 'em', 'e']) {
    if (word.endsWith(end) && word.length - end.length >= STEM_MIN) return word.slice(0, -end.length);
  }
  return null;
}

/** The other case forms of a German multi-word name; [] when no word before the last inflects. */
export function germanCaseForms(alias: string): string[] {
  const words = alias.split(' ');
  if (words.length < 2) return [];
  const stems = words.map((w, i) => (i < words.length - 1 ? adjectiveStem(w) : null));
  if (stems.every((s) => s === null)) return [];
  const out: string[] = [];
  for (const end of ENDINGS) {
    const form = words.map((w, i) => (stems[i] === null ? w : stems[i] + end)).join(' ');
    if (form !== alias) out.push(form);
  }
  return out;
}

/**
 * The genitive of a German place name, which the press uses as a metonym for its government:
 * "Washingtons Antwort", "Moskaus Krieg", "Kiews Gegenoffensive", "Pekings Position", "Brüssels
 * Vorgaben". Proper names take a bare -s; a name ending in a sibilant takes only an apostrophe
 * ("Paris'"), and an acronym ("USA") or a lowercase word takes none. A phrase whose adjectives
 * inflect ("Weißes Haus" → "des Weißen Hauses") changes more than its end, so it gets none here.
 */
export function germanGenitive(alias: string): string[] {
  const last = alias.split(' ').pop() ?? '';
  if (last.length < 3 || !/^\p{Lu}/u.test(alias) || last === last.toUpperCase()) return [];
  if (/[sßxz]$/iu.test(last) || !/\p{Ll}$/u.test(last)) return [];
  if (germanCaseForms(alias).length) return [];
  return [alias + 's'];
}
