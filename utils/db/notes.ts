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
  return db.transaction('rw', db.notes, async () => {
    const existing = input.id ? await db.notes.get(input.id) : undefined;
    const record = NoteRecord.parse({
      ...existing,
      ...stripUndefined(input),
      id: existing?.id ?? input.id ?? newId(),
      tags: input.tags ?? existing?.tags ?? [],
      site: siteOf(input.url ?? existing?.url),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.notes.put(record);
    return record;
  });
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
