/**
 * Where online lookups go: every Wikimedia address the extension may contact, in one place. The
 * client takes an `Endpoints` value, so tests (and the e2e server) point it at 127.0.0.1 instead;
 * nothing else in the extension names these hosts.
 */
export interface Endpoints {
  /** The Wikidata action API (wbsearchentities, wbgetentities). */
  wikidataApi: string;
  /** Wikidata's linked-data interface: `<entityData>/<QID>.json`. */
  entityData: string;
  /**
   * The Wikipedia REST summary, with `{lang}` and `{title}` placeholders. The language is a
   * placeholder of the template, not a path segment, because the real API puts it in the hostname.
   */
  summary: string;
}

export const WIKIMEDIA_ENDPOINTS: Endpoints = Object.freeze({
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  entityData: 'https://www.wikidata.org/wiki/Special:EntityData',
  summary: 'https://{lang}.wikipedia.org/api/rest_v1/page/summary/{title}',
});

/** The defaults with some addresses replaced (a test server's, typically). */
export function endpoints(overrides: Partial<Endpoints> = {}): Endpoints {
  const out = { ...WIKIMEDIA_ENDPOINTS, ...overrides };
  if (!out.summary.includes('{lang}') || !out.summary.includes('{title}')) {
    throw new Error('the summary endpoint needs {lang} and {title} placeholders');
  }
  return out;
}

/** Wikipedia language codes are short lowercase tags ("en", "de", "zh-yue"); anything else never reaches a hostname. */
const LANG_CODE = /^[a-z]{2,3}(-[a-z]{2,8})*$/;

export function isWikiLang(lang: string): boolean {
  return LANG_CODE.test(lang);
}

/**
 * The summary URL of a page. Titles use underscores for spaces (the API's normal form, which avoids
 * a redirect: a redirected cross-origin request carrying `Api-User-Agent` fails its preflight) and
 * are percent-encoded, so a title can't add path segments or a query.
 */
export function summaryUrl(ep: Endpoints, lang: string, title: string): string {
  if (!isWikiLang(lang)) throw new Error(`not a Wikipedia language code: ${JSON.stringify(lang)}`);
  const normal = title.trim().replace(/ /g, '_');
  return ep.summary.replace('{lang}', lang).replace('{title}', encodeURIComponent(normal));
}

/** The Special:EntityData URL of one entity. */
export function entityDataUrl(ep: Endpoints, qid: string): string {
  return `${ep.entityData.replace(/\/$/, '')}/${encodeURIComponent(qid)}.json`;
}
