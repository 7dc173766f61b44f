-- Reports round (issue #20): 案卷评查 (case-file evaluation, 灌政办〔2023〕32号 二(五)18), training hours
-- (二(二)5: 60 学时 a year per person) and 执法公示 of penalty decisions (二(三)10; 《行政处罚法》第四十八条).
-- The statistics page reads the existing records and keeps no table of its own.

-- The office's scoring sheet, versioned like the rule profiles: a save adds a version, none is edited.
-- Version 0 (the built-in sheet) lives in code; an office's versions start at 1.
CREATE TABLE evaluation_sheets (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  items_json TEXT NOT NULL CHECK (json_valid(items_json) AND json_array_length(items_json) >= 1),
  pass_score INTEGER NOT NULL CHECK (pass_score >= 0),
  excellent_score INTEGER NOT NULL CHECK (excellent_score >= pass_score),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TRIGGER evaluation_sheets_no_update BEFORE UPDATE ON evaluation_sheets
BEGIN
  SELECT RAISE(ABORT, 'evaluation sheet versions are never edited');
END;

-- A random draw of closed cases: the seed and the population it drew from are kept, so anyone can
-- draw again and get the same cases.
CREATE TABLE evaluation_draws (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  seed TEXT NOT NULL CHECK (length(trim(seed)) > 0),
  sample_size INTEGER NOT NULL CHECK (sample_size >= 1),
  population_json TEXT NOT NULL CHECK (json_valid(population_json) AND json_array_length(population_json) >= 1),
  sheet_version INTEGER NOT NULL CHECK (sheet_version >= 0),
  drawn_at TEXT NOT NULL,
  drawn_by TEXT NOT NULL
) STRICT;

CREATE TABLE evaluation_cases (
  draw_id INTEGER NOT NULL REFERENCES evaluation_draws (id),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  scorer_staff_id INTEGER REFERENCES staff (id),
  scorer_name TEXT,
  scores_json TEXT CHECK (scores_json IS NULL OR json_valid(scores_json)),
  total INTEGER,
  vetoed INTEGER CHECK (vetoed IS NULL OR vetoed IN (0, 1)),
  grade TEXT CHECK (grade IS NULL OR grade IN ('excellent', 'pass', 'fail')),
  comment TEXT NOT NULL DEFAULT '',
  scored_on TEXT,
  scored_at TEXT,
  PRIMARY KEY (draw_id, case_id),
  CHECK ((scored_at IS NULL) = (scores_json IS NULL)),
  CHECK (scored_at IS NULL OR (scorer_staff_id IS NOT NULL AND total IS NOT NULL AND vetoed IS NOT NULL AND grade IS NOT NULL AND scored_on IS NOT NULL))
) STRICT;

CREATE INDEX evaluation_cases_by_case ON evaluation_cases (case_id);

-- Training (学习培训) per person: 60 学时 a year. Hours are kept in tenths (1.5 学时 = 15).
CREATE TABLE training_records (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
  hours_tenths INTEGER NOT NULL CHECK (hours_tenths BETWEEN 1 AND 240),
  organiser TEXT NOT NULL CHECK (length(trim(organiser)) > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE INDEX training_by_staff ON training_records (staff_id, held_on);

-- 执法公示 of a recorded penalty decision (review_decisions with agrees = 1): when and where it was
-- published, and its revocation and withdrawal (《行政处罚法》第四十八条第二款).
CREATE TABLE publicity_records (
  decision_id INTEGER PRIMARY KEY REFERENCES review_decisions (id),
  published_on TEXT,
  published_where TEXT NOT NULL DEFAULT '',
  published_by TEXT,
  revoked_on TEXT,
  revoke_kind TEXT CHECK (revoke_kind IS NULL OR revoke_kind IN ('changed', 'revoked', 'illegal', 'void')),
  revoke_reason TEXT NOT NULL DEFAULT '',
  withdrawn_on TEXT,
  withdraw_note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK (published_on IS NULL OR length(trim(published_where)) > 0),
  CHECK (revoked_on IS NULL OR (revoke_kind IS NOT NULL AND length(trim(revoke_reason)) > 0)),
  CHECK (withdrawn_on IS NULL OR (published_on IS NOT NULL AND revoked_on IS NOT NULL))
) STRICT;
