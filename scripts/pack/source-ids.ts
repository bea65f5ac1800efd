// Source ids facts cite, and the date each source describes.
export const FACTBOOK = 'factbook';
export const FACTBOOK_AS_OF = '2026-01-22';
export const WIKIDATA = 'wikidata-leaders';
export const WIKIDATA_AS_OF = '2024-10-23';
export const HUGGO = 'huggo';
export const ISO = 'iso-3166';
/** i18n-iso-countries follows ISO 3166-1; the pack pins the version in package-lock.json. */
export const ISO_AS_OF = '2026-01-22';
