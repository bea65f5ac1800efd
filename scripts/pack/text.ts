// Small text helpers shared by the pack's source readers.

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', nbsp: ' ',
};

/** The Factbook writes accents as HTML entities ("D&Eacute;BY"). */
export function decodeEntities(s: string): string {
  return s.replace(/&([a-zA-Z]+|#\d+);/g, (m, name: string) => {
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const named = ENTITIES[name];
    if (named) return named;
    const acc = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|slash|caron)$/.exec(name);
    if (!acc) return m;
    const [, letter = '', mark = ''] = acc;
    const marks: Record<string, string> = {
      acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303',
      cedil: '\u0327', ring: '\u030a', caron: '\u030c', slash: '',
    };
    const base = mark === 'slash' ? (letter === 'O' ? 'Ø' : 'ø') : letter;
    return (base + (marks[mark] ?? '')).normalize('NFC');
  });
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "DIAZ-CANEL" → "Diaz-Canel", "MCDONALD" stays simple: Factbook caps carry no inner case. */
export function titleCaseWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "7 May 2012" → "2012-05-07", "May 2012" → "2012-05", "2012" → "2012"; anything else → undefined. */
export function parseEnglishDate(s: string): string | undefined {
  const t = s.trim();
  const full = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (full) {
    const [, day = '', month = '', year = ''] = full;
    const mo = MONTHS.indexOf(month.toLowerCase());
    if (mo < 0) return undefined;
    return `${year}-${String(mo + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const partial = /^([A-Za-z]+) (\d{4})$/.exec(t);
  if (partial) {
    const [, month = '', year = ''] = partial;
    const mo = MONTHS.indexOf(month.toLowerCase());
    return mo < 0 ? undefined : `${year}-${String(mo + 1).padStart(2, '0')}`;
  }
  return /^\d{4}$/.test(t) ? t : undefined;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head = [], ...body] = rows;
  return body.filter((r) => r.length > 1 || r[0] !== '').map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}
