/**
 * Cyrillic into each pack language's press spelling. Russian, Ukrainian and Bulgarian letters that
 * look alike sound differently (uk и is ru ы, uk г is h, bg ъ is a vowel, bg щ is "sht"), so rules
 * that differ carry `only`. Press practice, not a scientific standard: German follows the Duden
 * conventions the German press uses ("Lawrow", "Schoigu", "Selenskyj"), French the ones of the French
 * press ("Choïgou", "Loukachenko", "Poutine"), Spanish those Fundéu recommends ("Jusnullin", "Navalni").
 */
import type { Rule, Table } from './engine.ts';

export const CYR_VOWELS = 'аеёиоуыэюяіїєъ';
const V = CYR_VOWELS;
/** ж ч ш щ: after them Russian ё is written o. */
const HUSH = 'жчшщ';
/** Letters before which French and Spanish write г as "gu" to keep it hard. */
const FRONT = 'еиёйыэюяієї';
const SOFT = 'ьъ';
const CONS = 'бвгджзйклмнпрстфхцчшщґ';

export const CYRILLIC_DE: Table = {
  name: 'cyrillic→de',
  vowels: V,
  rules: [
    { from: 'андр', to: ['ander', 'andr'], at: 'final' },
    { from: 'кс', to: ['x', 'ks'] },
    { from: 'ий', to: ['i', 'ij'], at: 'final', only: ['ru', 'bg'] },
    { from: 'ий', to: 'yj', at: 'final', only: ['uk'] },
    { from: 'ій', to: 'ij', at: 'final' },
    { from: 'ый', to: 'y', at: 'final' },
    { from: 'й', to: 'j', only: ['uk', 'bg'] },
    { from: 'й', to: 'j', after: 'е' },
    { from: 'й', to: 'i', after: V },
    { from: 'й', to: 'j' },
    { from: 'е', to: 'je', at: 'initial', only: ['ru'] },
    { from: 'е', to: 'je', after: V + SOFT, only: ['ru'] },
    { from: 'ё', to: 'o', after: HUSH },
    { from: 'ё', to: 'jo' },
    { from: 'г', to: 'h', only: ['uk'] },
    { from: 'и', to: 'y', only: ['uk'] },
    { from: 'с', to: 'ss', after: V, before: V },
    { from: 'щ', to: 'scht', only: ['bg'] },
    { from: 'ъ', to: 'a', only: ['bg'] },
    ...letters({ а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ж: 'sch', з: 's', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g' }),
  ],
};

export const CYRILLIC_FR: Table = {
  name: 'cyrillic→fr',
  vowels: V,
  rules: [
    { from: 'андр', to: ['andre', 'andr'], at: 'final' },
    { from: 'кс', to: ['x', 'ks'] },
    { from: 'ский', to: ['ski', 'sky'], at: 'final', only: ['ru', 'bg'] },
    { from: 'ий', to: 'i', at: 'final', only: ['ru', 'bg'] },
    { from: 'ий', to: 'y', at: 'final', only: ['uk'] },
    { from: 'ій', to: 'iï', at: 'final' },
    { from: 'ый', to: 'y', at: 'final' },
    // "Poutine", "Prigojine", "Khousnoulline", "Eltsine": the French press adds the mute e.
    { from: 'ин', to: 'ine', at: 'final', after: CONS, only: ['ru'] },
    { from: 'й', to: 'ï', after: V },
    { from: 'й', to: 'i' },
    // "Mikhaïl", "Raïssa": the diaeresis keeps the two vowels apart.
    { from: 'и', to: 'ï', after: 'аоуэ', only: ['ru', 'bg'] },
    { from: 'и', to: 'y', only: ['uk'] },
    // "Tokaïev", "Alexeïev": the -ïev type.
    { from: 'е', to: 'ïe', after: 'аеоуэюя', only: ['ru'] },
    { from: 'е', to: 'ie', after: SOFT, only: ['ru'] },
    { from: 'ё', to: ['e', 'o'], after: HUSH },
    { from: 'ё', to: 'io' },
    { from: 'г', to: 'h', only: ['uk'] },
    { from: 'г', to: 'gu', before: FRONT },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'с', to: 'ss', after: V, before: V },
    { from: 'щ', to: 'cht', only: ['bg'] },
    { from: 'ъ', to: 'a', only: ['bg'] },
    ...letters({ а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'ou', ф: 'f', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iou', я: 'ia', і: 'i', ї: 'ï', є: 'ie', ґ: 'g' }),
  ],
};

export const CYRILLIC_ES: Table = {
  name: 'cyrillic→es',
  vowels: V,
  rules: [
    { from: 'кс', to: ['x', 'ks'] },
    { from: 'ий', to: 'i', at: 'final' },
    { from: 'ій', to: ['ii', 'iy'], at: 'final' },
    { from: 'ый', to: 'i', at: 'final' },
    { from: 'й', to: 'i', after: V },
    { from: 'й', to: 'y' },
    { from: 'е', to: 'ye', at: 'initial', only: ['ru'] },
    { from: 'е', to: 'ye', after: 'аеоуэюя', only: ['ru'] },
    { from: 'е', to: 'ie', after: SOFT, only: ['ru'] },
    { from: 'ё', to: 'o', after: HUSH },
    { from: 'ё', to: 'io' },
    { from: 'г', to: 'h', only: ['uk'] },
    { from: 'г', to: 'gu', before: 'еиёйэієї' },
    { from: 'и', to: ['i', 'y'], only: ['uk'] },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'щ', to: 'sht', only: ['bg'] },
    { from: 'ъ', to: 'a', only: ['bg'] },
    ...letters({ а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'j', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g' }),
  ],
};

export const CYRILLIC_IT: Table = {
  name: 'cyrillic→it',
  vowels: V,
  rules: [
    { from: 'кс', to: ['ks', 'x'] },
    { from: 'ий', to: ['ij', 'i'], at: 'final', only: ['ru', 'bg'] },
    { from: 'ий', to: ['yj', 'y'], at: 'final', only: ['uk'] },
    { from: 'ій', to: 'ij', at: 'final' },
    { from: 'ый', to: ['y', 'yj'], at: 'final' },
    { from: 'й', to: 'i', after: V, before: CONS },
    { from: 'й', to: 'j' },
    { from: 'ё', to: 'o', after: HUSH },
    { from: 'ё', to: 'io' },
    { from: 'г', to: 'h', only: ['uk'] },
    { from: 'и', to: 'y', only: ['uk'] },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'я', to: 'ja', at: 'initial' },
    { from: 'я', to: 'ja', after: V },
    { from: 'ю', to: 'ju', at: 'initial' },
    { from: 'ю', to: 'ju', after: V },
    { from: 'х', to: ['kh', 'ch'] },
    { from: 'щ', to: 'sht', only: ['bg'] },
    { from: 'ъ', to: 'a', only: ['bg'] },
    ...letters({ а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'ji', є: 'je', ґ: 'g' }),
  ],
};

export const CYRILLIC_EN: Table = {
  name: 'cyrillic→en',
  vowels: V,
  rules: [
    { from: 'андр', to: ['ander', 'andr'], at: 'final' },
    { from: 'кс', to: ['x', 'ks'] },
    // The English press has several conventions: "Zelenskyy" (BGN/PCGN), "Zelensky", "Zelenskiy" (Reuters, the Guardian).
    { from: 'ий', to: ['y', 'i', 'iy'], at: 'final', only: ['ru'] },
    { from: 'ий', to: ['yy', 'y', 'iy'], at: 'final', only: ['uk'] },
    { from: 'ій', to: ['iy', 'ii'], at: 'final' },
    { from: 'ый', to: 'y', at: 'final' },
    { from: 'й', to: 'y', only: ['bg'] },
    { from: 'й', to: 'i', after: V, before: CONS },
    { from: 'й', to: ['i', 'y'], after: V },
    { from: 'й', to: 'y' },
    { from: 'е', to: 'ye', at: 'initial', only: ['ru'] },
    { from: 'е', to: 'ye', after: 'аеоуэюя' + SOFT, only: ['ru'] },
    { from: 'ё', to: ['e', 'o'], after: HUSH },
    { from: 'ё', to: ['yo', 'e'] },
    { from: 'г', to: 'h', only: ['uk'] },
    { from: 'и', to: 'y', only: ['uk'] },
    { from: 'я', to: ['a', 'ya'], after: 'и' },
    { from: 'щ', to: 'sht', only: ['bg'] },
    { from: 'ъ', to: 'a', only: ['bg'] },
    ...letters({ а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g' }),
  ],
};

/** The plain letter mapping: iuliia's `mapping`, the fallback after every context rule. */
function letters(map: Record<string, string>): Rule[] {
  return Object.entries(map).map(([from, to]) => ({ from, to }));
}

export const CYRILLIC_TABLES = { de: CYRILLIC_DE, fr: CYRILLIC_FR, es: CYRILLIC_ES, it: CYRILLIC_IT, en: CYRILLIC_EN } as const;
