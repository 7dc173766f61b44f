-- Chinese substring search over cases. The trigram tokenizer finds any substring of 3+ characters;
-- shorter queries take another path in code (see main/core/cases/search.ts).
CREATE VIRTUAL TABLE cases_fts USING fts5(
  case_number, cause, party_name, facts,
  content = 'cases', content_rowid = 'id', tokenize = 'trigram'
);

INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts)
  SELECT id, case_number, cause, party_name, facts FROM cases;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts)
    VALUES (new.id, new.case_number, new.cause, new.party_name, new.facts);
END;

CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, case_number, cause, party_name, facts)
    VALUES ('delete', old.id, old.case_number, old.cause, old.party_name, old.facts);
END;

CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_number, cause, party_name, facts ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, case_number, cause, party_name, facts)
    VALUES ('delete', old.id, old.case_number, old.cause, old.party_name, old.facts);
  INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts)
    VALUES (new.id, new.case_number, new.cause, new.party_name, new.facts);
END;

-- One- and two-character queries (a surname, "占道") cannot use the trigram index. They search the
-- short fields only, through one generated column and a covering index, so the scan never touches
-- the long facts text.
ALTER TABLE cases ADD COLUMN short_text TEXT
  GENERATED ALWAYS AS (case_number || char(31) || cause || char(31) || party_name) VIRTUAL;
CREATE INDEX cases_short_text ON cases (short_text, updated_at);
