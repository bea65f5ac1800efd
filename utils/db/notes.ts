import type { NoteInput } from '../messaging/protocol';
import { siteOf, type BackstoryDb } from './database';
import { NoteRecord } from './records';

/**
 * Creates a note, or updates it when `input.id` names an existing one. The
 * read-modify-write runs in one transaction so two editors can't interleave.
 */
export async function saveNote(
  db: BackstoryDb,
  input: NoteInput,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<NoteRecord> {
  return saveOrExplain(() => db.transaction('rw', db.notes, async () => {
    const existing = input.id ? await db.notes.get(input.id) : undefined;
    const record = NoteRecord.parse(merged(existing, input, newId, now, now));
    await db.notes.put(record);
    return record;
  }));
}

/** A full disk becomes an error a reader can act on (the card shows its message); anything else passes through. */
async function saveOrExplain<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (err) {
    if (isQuotaError(err)) throw new Error('The browser has no room left for Backstory’s data: the note was not saved.', { cause: err });
    throw err;
  }
}

export async function deleteNote(db: BackstoryDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const found = (await db.notes.get(id)) !== undefined;
    if (found) await db.notes.delete(id);
    return found;
  });
}

/** Newest first; limited to one entity's notes when `entityId` is given. */
export async function listNotes(db: BackstoryDb, entityId?: string): Promise<NoteRecord[]> {
  const notes = entityId
    ? await db.notes.where('entityId').equals(entityId).toArray()
    : await db.notes.toArray();
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The note as saved: the input over what is stored, keeping its id, creation time and tags unless given. */
function merged(existing: NoteRecord | undefined, input: NoteInput & { selectors?: NoteRecord['selectors'] }, newId: () => string, createdAt: number, updatedAt: number) {
  return {
    ...existing,
    ...stripUndefined(input),
    id: existing?.id ?? input.id ?? newId(),
    tags: input.tags ?? existing?.tags ?? [],
    site: siteOf(input.url ?? existing?.url),
    createdAt: existing?.createdAt ?? createdAt,
    updatedAt,
  };
}

/** Why a save was refused; the editor keeps the reader's text in every case. */
export type SaveFailure =
  | { ok: false; reason: 'conflict'; current: NoteRecord }
  | { ok: false; reason: 'quota' }
  | { ok: false; reason: 'invalid'; message: string };
export type SaveResult = { ok: true; note: NoteRecord } | SaveFailure;

export function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * Saves a note edited from the version stamped `baseUpdatedAt`: if someone
 * else saved it since (another popup, a card), nothing is written and the
 * current version comes back, so no one's words are silently overwritten.
 */
export async function saveNoteChecked(
  db: BackstoryDb,
  input: NoteInput & { selectors?: NoteRecord['selectors'] },
  baseUpdatedAt: number | undefined,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveResult> {
  try {
    return await db.transaction('rw', db.notes, async () => {
      const existing = input.id ? await db.notes.get(input.id) : undefined;
      if (existing && existing.updatedAt !== baseUpdatedAt) return { ok: false as const, reason: 'conflict' as const, current: existing };
      // Strictly later than the version replaced, so a second save in the same millisecond still sees a change.
      const parsed = NoteRecord.safeParse(merged(existing, input, newId, now, Math.max(now, (existing?.updatedAt ?? 0) + 1)));
      if (!parsed.success) return { ok: false as const, reason: 'invalid' as const, message: parsed.error.issues[0]?.message ?? 'invalid note' };
      await db.notes.put(parsed.data);
      return { ok: true as const, note: parsed.data };
    });
  } catch (err) {
    if (isQuotaError(err)) return { ok: false, reason: 'quota' };
    throw err;
  }
}

/** Puts back a deleted note exactly as it was (undo), unless a newer note with its id exists. */
export async function restoreNote(db: BackstoryDb, note: NoteRecord): Promise<SaveResult> {
  try {
    return await db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.get(note.id);
      if (existing && existing.updatedAt > note.updatedAt) return { ok: false as const, reason: 'conflict' as const, current: existing };
      await db.notes.put(note);
      return { ok: true as const, note };
    });
  } catch (err) {
    if (isQuotaError(err)) return { ok: false, reason: 'quota' };
    throw err;
  }
}
