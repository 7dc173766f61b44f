// Notes a data migration left on a row it changed or could not settle by itself (migration 008):
// shown beside the case, the review round or the staff member, so nothing changed silently.

import type { Db } from '../../db/open';

export type NoteEntity = 'case' | 'review_round' | 'staff';

export function dataNotes(db: Db, entity: NoteEntity, id: number): string[] {
  return (
    db.prepare('SELECT note FROM data_notes WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, id) as Array<{
      note: string;
    }>
  ).map((row) => row.note);
}
