-- One- and two-character queries (a surname, "占道", "2号") cannot use the trigram index (004). They
-- used to scan a covering index over every case's short fields, which grows with the case count
-- (≈ 30 ms at 100,000 cases). Now each case's case number, cause and party name are cut into their
-- distinct single characters and pairs of adjacent characters, one row per (gram, case): a short
-- query is one index range, whatever the number of cases. Grams never span two fields, exactly as
-- instr() over short_text never matched across its separator. Kept up to date by the triggers below.

-- 1…4096: the character positions a trigger walks (SQLite allows no WITH inside a trigger). The
-- fields are at most 120 characters (shared/contract/cases.ts); 4096 leaves room for any older data.
CREATE TABLE case_search_positions (n INTEGER PRIMARY KEY) STRICT;
INSERT INTO case_search_positions (n)
  WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 4096) SELECT n FROM k;

CREATE TABLE case_search_grams (
  gram TEXT NOT NULL,
  case_id INTEGER NOT NULL,
  PRIMARY KEY (gram, case_id)
) STRICT, WITHOUT ROWID;

INSERT OR IGNORE INTO case_search_grams (gram, case_id)
  SELECT substr(f.text, p.n, w.len), f.id
  FROM (SELECT id, case_number AS text FROM cases
        UNION ALL SELECT id, cause FROM cases
        UNION ALL SELECT id, party_name FROM cases) AS f
  JOIN case_search_positions AS p ON p.n <= length(f.text)
  JOIN (SELECT 1 AS len UNION ALL SELECT 2) AS w ON p.n + w.len - 1 <= length(f.text);

-- How many cases hold each gram, so the list's total for a short query is one row, not a count over
-- up to every case ("青" is in every case number). Follows case_search_grams through its triggers.
CREATE TABLE case_search_gram_counts (
  gram TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO case_search_gram_counts (gram, n) SELECT gram, COUNT(*) FROM case_search_grams GROUP BY gram;

CREATE TRIGGER case_search_gram_counts_insert AFTER INSERT ON case_search_grams BEGIN
  INSERT INTO case_search_gram_counts (gram, n) VALUES (new.gram, 1)
    ON CONFLICT (gram) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_search_gram_counts_delete AFTER DELETE ON case_search_grams BEGIN
  UPDATE case_search_gram_counts SET n = n - 1 WHERE gram = old.gram;
END;

CREATE TRIGGER case_search_grams_insert AFTER INSERT ON cases BEGIN
  INSERT OR IGNORE INTO case_search_grams (gram, case_id)
    SELECT substr(f.text, p.n, w.len), new.id
    FROM (SELECT new.case_number AS text UNION ALL SELECT new.cause UNION ALL SELECT new.party_name) AS f
    JOIN case_search_positions AS p ON p.n <= length(f.text)
    JOIN (SELECT 1 AS len UNION ALL SELECT 2) AS w ON p.n + w.len - 1 <= length(f.text);
END;

-- Deletes by (gram, case_id), the primary key: the old values' grams are computed again, so no
-- second index on case_id is needed.
CREATE TRIGGER case_search_grams_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_search_grams WHERE case_id = old.id AND gram IN (
    SELECT substr(f.text, p.n, w.len)
    FROM (SELECT old.case_number AS text UNION ALL SELECT old.cause UNION ALL SELECT old.party_name) AS f
    JOIN case_search_positions AS p ON p.n <= length(f.text)
    JOIN (SELECT 1 AS len UNION ALL SELECT 2) AS w ON p.n + w.len - 1 <= length(f.text));
END;

CREATE TRIGGER case_search_grams_update AFTER UPDATE OF case_number, cause, party_name ON cases BEGIN
  DELETE FROM case_search_grams WHERE case_id = old.id AND gram IN (
    SELECT substr(f.text, p.n, w.len)
    FROM (SELECT old.case_number AS text UNION ALL SELECT old.cause UNION ALL SELECT old.party_name) AS f
    JOIN case_search_positions AS p ON p.n <= length(f.text)
    JOIN (SELECT 1 AS len UNION ALL SELECT 2) AS w ON p.n + w.len - 1 <= length(f.text));
  INSERT OR IGNORE INTO case_search_grams (gram, case_id)
    SELECT substr(f.text, p.n, w.len), new.id
    FROM (SELECT new.case_number AS text UNION ALL SELECT new.cause UNION ALL SELECT new.party_name) AS f
    JOIN case_search_positions AS p ON p.n <= length(f.text)
    JOIN (SELECT 1 AS len UNION ALL SELECT 2) AS w ON p.n + w.len - 1 <= length(f.text);
END;
