import { z } from 'zod';
import { CorrectionRecord, EntityRecord, NoteRecord } from '../db/records';
import { UserEntityRecord } from '../db/user-entity';
import { WebUrl } from '../pack/schema';
import { Settings } from '../settings/schema';

/*
 * The export file and the checks an import goes through before anything is
 * written. A file is data from anywhere: it is parsed with limits, checked
 * record by record, and planned against what is stored, all without side effects.
 */

export const EXPORT_FORMAT = 'backstory-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before parsing: a reader's notes are far smaller than this. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

/** Keys that could reach an object's prototype if a later consumer merged objects naively. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Imported reader names follow the rules of "Highlight this name" (one schema for both). */
export { UserEntityRecord };

/** No Backstory note predates this; an earlier time is a damaged or made-up record. */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A record time within [1990-01-01, now + 1 day] (a day of slack for clocks
 * that differ). A time far ahead would also sort first forever and make every
 * Markdown and Web Annotation export fail on an invalid date.
 */
function recordTime(now: number) {
  const latest = now + DAY_MS;
  return z.number().superRefine((t, ctx) => {
    if (t >= EARLIEST_TIME && t <= latest) return;
    const when = Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString().slice(0, 10) : String(t);
    ctx.addIssue({ code: 'custom', message: `the time ${when} is not between 1990-01-01 and tomorrow` });
  });
}

/** The schemas an imported record must pass: the stored ones, with times and addresses bounded. */
function importSchemas(now: number) {
  const time = recordTime(now);
  return {
    note: NoteRecord.extend({ url: z.string().max(4096).pipe(WebUrl).optional(), createdAt: time, updatedAt: time }),
    correction: CorrectionRecord.extend({ createdAt: time, updatedAt: time }),
  };
}

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  notes: z.array(z.unknown()).max(200_000),
  userEntities: z.array(z.unknown()).max(50_000).default([]),
  corrections: z.array(z.unknown()).max(50_000).default([]),
  settings: z.unknown().optional(),
});

export interface ExportData {
  notes: NoteRecord[];
  userEntities: EntityRecord[];
  corrections: CorrectionRecord[];
  settings: Settings;
}

export function buildExport(data: ExportData, now = new Date()) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    notes: data.notes,
    userEntities: data.userEntities,
    corrections: data.corrections,
    settings: data.settings,
  };
}

export type RecordKind = 'note' | 'userEntity' | 'correction' | 'settings';
export type Outcome = 'added' | 'updated' | 'unchanged' | 'rejected';
export interface ReportLine {
  kind: RecordKind;
  id: string;
  outcome: Outcome;
  reason?: string;
}

export type ParsedImport =
  | {
      ok: true;
      notes: NoteRecord[];
      userEntities: EntityRecord[];
      corrections: CorrectionRecord[];
      /** The settings the file sets: only the keys it has (an older file lacks newer ones, which stay as they are). */
      settings: Partial<Settings> | null;
      rejected: ReportLine[];
    }
  | { ok: false; error: string };

/** Parses and checks a file's text against the time `now` (ms); never throws. */
export function parseImport(text: string, now = Date.now()): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `The file is too large (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).` };
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  let raw: unknown;
  let hostileKey: string | null = null;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostileKey = key;
      return value;
    });
  } catch (err) {
    const truncated = /end of (JSON )?input|unterminated|unexpected end/i.test(String(err));
    return {
      ok: false,
      error: truncated ? 'The file is cut short (incomplete JSON): nothing was imported.' : 'The file is not valid JSON: nothing was imported.',
    };
  }
  // Rejecting rather than stripping: a file carrying such keys was not written by Backstory.
  if (hostileKey) return { ok: false, error: `The file contains a forbidden key ("${hostileKey}"): nothing was imported.` };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'This is not a Backstory export.' };
  const head = raw as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) return { ok: false, error: 'This is not a Backstory export (unknown format).' };
  if (head.version !== EXPORT_VERSION) {
    return { ok: false, error: `This export is version ${JSON.stringify(head.version)}; this Backstory reads version ${EXPORT_VERSION}.` };
  }
  const file = ExportFile.safeParse(raw);
  if (!file.success) return { ok: false, error: `The export is malformed: ${describe(file.error)}` };

  const rejected: ReportLine[] = [];
  const take = <T>(kind: RecordKind, schema: z.ZodType<T>, items: unknown[]): T[] => {
    const out: T[] = [];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = idOf(item) ?? `#${i + 1}`;
      const r = schema.safeParse(item);
      if (!r.success) rejected.push({ kind, id, outcome: 'rejected', reason: describe(r.error) });
      else if (seen.has(id)) rejected.push({ kind, id, outcome: 'rejected', reason: 'the same id appears twice in the file' });
      else {
        seen.add(id);
        out.push(r.data);
      }
    });
    return out;
  };
  const schemas = importSchemas(now);
  const notes = take<NoteRecord>('note', schemas.note, file.data.notes);
  const userEntities = take<EntityRecord>('userEntity', UserEntityRecord, file.data.userEntities);
  const corrections = take<CorrectionRecord>('correction', schemas.correction, file.data.corrections);
  let settings: Partial<Settings> | null = null;
  if (file.data.settings !== undefined) {
    const s = Settings.safeParse(file.data.settings);
    if (s.success) {
      const present = Object.keys(file.data.settings as object);
      settings = Object.fromEntries(Object.entries(s.data).filter(([k]) => present.includes(k))) as Partial<Settings>;
    } else rejected.push({ kind: 'settings', id: 'settings', outcome: 'rejected', reason: describe(s.error) });
  }
  return { ok: true, notes, userEntities, corrections, settings, rejected };
}

function idOf(item: unknown): string | undefined {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 100 ? id : undefined;
}

function describe(err: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${path}${issue.message}`.slice(0, 300);
}

/** Same content, ignoring key order. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/** What importing `incoming` does to a record stored as `existing`: newer `updatedAt` wins. */
export function mergeOutcome<T extends { updatedAt?: number }>(existing: T | undefined, incoming: T): { outcome: Outcome; reason?: string } {
  if (!existing) return { outcome: 'added' };
  if (sameRecord(existing, incoming)) return { outcome: 'unchanged' };
  const a = existing.updatedAt;
  const b = incoming.updatedAt;
  if (a !== undefined && b !== undefined && b <= a) return { outcome: 'unchanged', reason: 'the stored copy is as new or newer' };
  return { outcome: 'updated' };
}
