-- A search with a status filter ("青山镇", in review) used to collect every case the trigram index
-- matched (up to every case at 100,000) and then test each one's status: 50–150 ms. The status is now
-- a column of the trigram index too, as one trigram: a letter for the status between two delimiters
-- ("§d§" is in review; STATUS_TOKENS in main/core/cases/search.ts, which tests keep equal to the
-- CASE below; a status without a letter would be written whole, "§status§", still matching only
-- itself). The index then intersects the text's matches with the status's cases itself. The text
-- columns are searched as before, through a column filter, so a query never matches the status.
DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_delete;
DROP TRIGGER cases_fts_update;
DROP TABLE cases_fts;

-- The index's content: the four text columns as they are, and the status between delimiters.
CREATE VIEW cases_fts_source AS
  SELECT id, case_number, cause, party_name, facts, '§' || CASE status WHEN 'draft' THEN 'a' WHEN 'submitted' THEN 'b' WHEN 'supplement-requested' THEN 'c' WHEN 'in-review' THEN 'd' WHEN 'returned' THEN 'e' WHEN 'reviewed' THEN 'f' WHEN 'to-transfer' THEN 'g' WHEN 'transferred' THEN 'h' WHEN 'decided' THEN 'i' WHEN 'closed' THEN 'j' ELSE status END || '§' AS filters FROM cases;

CREATE VIRTUAL TABLE cases_fts USING fts5(
  case_number, cause, party_name, facts, filters,
  content = 'cases_fts_source', content_rowid = 'id', tokenize = 'trigram'
);

INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts, filters)
  SELECT id, case_number, cause, party_name, facts, filters FROM cases_fts_source;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts, filters)
    VALUES (new.id, new.case_number, new.cause, new.party_name, new.facts, '§' || CASE new.status WHEN 'draft' THEN 'a' WHEN 'submitted' THEN 'b' WHEN 'supplement-requested' THEN 'c' WHEN 'in-review' THEN 'd' WHEN 'returned' THEN 'e' WHEN 'reviewed' THEN 'f' WHEN 'to-transfer' THEN 'g' WHEN 'transferred' THEN 'h' WHEN 'decided' THEN 'i' WHEN 'closed' THEN 'j' ELSE new.status END || '§');
END;

CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, case_number, cause, party_name, facts, filters)
    VALUES ('delete', old.id, old.case_number, old.cause, old.party_name, old.facts, '§' || CASE old.status WHEN 'draft' THEN 'a' WHEN 'submitted' THEN 'b' WHEN 'supplement-requested' THEN 'c' WHEN 'in-review' THEN 'd' WHEN 'returned' THEN 'e' WHEN 'reviewed' THEN 'f' WHEN 'to-transfer' THEN 'g' WHEN 'transferred' THEN 'h' WHEN 'decided' THEN 'i' WHEN 'closed' THEN 'j' ELSE old.status END || '§');
END;

CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_number, cause, party_name, facts, status ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, case_number, cause, party_name, facts, filters)
    VALUES ('delete', old.id, old.case_number, old.cause, old.party_name, old.facts, '§' || CASE old.status WHEN 'draft' THEN 'a' WHEN 'submitted' THEN 'b' WHEN 'supplement-requested' THEN 'c' WHEN 'in-review' THEN 'd' WHEN 'returned' THEN 'e' WHEN 'reviewed' THEN 'f' WHEN 'to-transfer' THEN 'g' WHEN 'transferred' THEN 'h' WHEN 'decided' THEN 'i' WHEN 'closed' THEN 'j' ELSE old.status END || '§');
  INSERT INTO cases_fts (rowid, case_number, cause, party_name, facts, filters)
    VALUES (new.id, new.case_number, new.cause, new.party_name, new.facts, '§' || CASE new.status WHEN 'draft' THEN 'a' WHEN 'submitted' THEN 'b' WHEN 'supplement-requested' THEN 'c' WHEN 'in-review' THEN 'd' WHEN 'returned' THEN 'e' WHEN 'reviewed' THEN 'f' WHEN 'to-transfer' THEN 'g' WHEN 'transferred' THEN 'h' WHEN 'decided' THEN 'i' WHEN 'closed' THEN 'j' ELSE new.status END || '§');
END;
