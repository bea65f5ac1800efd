/**
 * The languages the extension's own words come in: the five of the articles it
 * reads, then Portuguese and Russian. The order is the order of the columns in
 * components/popup/i18n.ts.
 */
export const UI_LANGS = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/**
 * The reader's choice, or the browser's language when it is one of ours, else
 * English. Only the language counts, not the region: "pt-BR", "pt-PT" and "pt"
 * all get the one Portuguese table, "ru-RU" the Russian one.
 */
export function resolveUiLang(setting: 'auto' | UiLang, browserLang: string): UiLang {
  if (setting !== 'auto') return setting;
  const two = browserLang.slice(0, 2).toLowerCase();
  return (UI_LANGS as readonly string[]).includes(two) ? (two as UiLang) : 'en';
}
