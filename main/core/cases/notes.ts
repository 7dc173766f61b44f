// Notes a data migration left on a row it changed or could not settle by itself (migration 008):
// shown beside the case, the review round or the staff member, so nothing changed silently.

import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export type NoteEntity = 'case' | 'review_round' | 'staff';

export function dataNotes(db: Db, entity: NoteEntity, id: number): string[] {
  return sql.column<string>(
    db,
    'SELECT note FROM data_notes WHERE entity = ? AND entity_id = ? ORDER BY id',
    entity,
    id,
  );
}
