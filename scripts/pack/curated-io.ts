// Reading curated files: every row is checked by a zod schema, and a bad row is reported with its
// file and line, so whoever edits a table by hand is pointed at the line to fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export type JsonPath = readonly PropertyKey[];

/** 1-based line of the character at `offset`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offset where the value at `path` starts in a JSON text (or the deepest
 * existing parent's, when the path names a missing key). A small scanner over
 * already valid JSON: it only skips strings and brackets.
 */
export function offsetOf(text: string, path: JsonPath): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i];
        if (d === '"') { skipString(); continue; }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
  };
  ws();
  let start = i;
  for (const key of path) {
    ws();
    start = i;
    if (text[i] === '[' && typeof key === 'number') {
      i++;
      for (let n = 0; ; n++) {
        ws();
        if (text[i] === ']') return start;
        if (n === key) break;
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
    } else if (text[i] === '{') {
      i++;
      for (;;) {
        ws();
        if (text[i] === '}') return start;
        const k0 = i;
        skipString();
        const k = JSON.parse(text.slice(k0, i)) as string;
        ws();
        i++; // ':'
        if (k === String(key)) break;
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
    } else return start;
  }
  ws();
  return i;
}

const describe = (issue: z.core.$ZodIssue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`;

/** Parses a whole JSON file against a schema; errors name the file and the line of the first bad value. */
export function parseJsonText<T extends z.ZodType>(name: string, text: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    throw new Error(`${name}${pos ? `:${lineAt(text, Number(pos))}` : ''}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  throw new Error(`${name}:${lineAt(text, offsetOf(text, issue.path))}: ${describe(issue)}`);
}

export function readJsonFile<T extends z.ZodType>(dir: string, name: string, schema: T): z.infer<T> {
  return parseJsonText(name, readFileSync(join(dir, name), 'utf8'), schema);
}

/** As readJsonFile, with the line of any value, for checks that span rows (a name listed twice). */
export function readJsonFileWithLines<T extends z.ZodType>(dir: string, name: string, schema: T): { data: z.infer<T>; line: (path: JsonPath) => number } {
  const text = readFileSync(join(dir, name), 'utf8');
  return { data: parseJsonText(name, text, schema), line: (path) => lineAt(text, offsetOf(text, path)) };
}

/** RFC 4180 CSV with the line each record starts on; a header row names the columns. */
export function csvRecords(text: string): { line: number; width: number; row: Record<string, string> }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: startLine, cells });
    cells = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') { i++; line++; }
      endRecord();
      startLine = line;
    } else field += c;
  }
  if (field !== '' || cells.length) endRecord();
  const [head, ...body] = records;
  if (!head) return [];
  return body.map((r) => ({ line: r.line, width: r.cells.length, row: Object.fromEntries(head.cells.map((h, i) => [h, r.cells[i] ?? ''])) }));
}

/** Parses CSV text row by row; errors name the file, the line and the column. */
export function parseCsvText<T extends z.ZodType>(name: string, text: string, schema: T, columns: readonly string[]): (z.infer<T> & { line: number })[] {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(',');
  if (header.join(',') !== columns.join(',')) throw new Error(`${name}:1: expected the columns ${columns.join(',')}, found ${header.join(',')}`);
  return csvRecords(text).map(({ line, width, row }) => {
    if (width !== columns.length) throw new Error(`${name}:${line}: expected ${columns.length} columns, found ${width}`);
    const res = schema.safeParse(row);
    if (!res.success) throw new Error(`${name}:${line}: ${describe(res.error.issues[0]!)}`);
    return { ...(res.data as object), line } as z.infer<T> & { line: number };
  });
}

export function readCsvFile<T extends z.ZodType>(dir: string, name: string, schema: T, columns: readonly string[]) {
  return parseCsvText(name, readFileSync(join(dir, name), 'utf8'), schema, columns);
}
