-- Legal review (法制审核), DOMAIN §2–§5, 涪陵府办〔2024〕1号 二(四).
-- A case is reviewed in rounds: opinion 2 (纠正完善后再送审) sends it back and the resubmission opens
-- the next round; every earlier round stays as it was signed. A signed round is locked by the
-- triggers below, so even a bug or a hand-edited database cannot rewrite a signed opinion.

CREATE TABLE review_rounds (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  round_no INTEGER NOT NULL CHECK (round_no >= 1),
  state TEXT NOT NULL CHECK (state IN ('submitted', 'supplement-requested', 'in-review', 'reviewer-signed', 'signed')),
  -- The rule profile the round was assessed under (a case keeps the version it was decided under).
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  -- The proposed decision exactly as submitted, so an earlier round reads as it was reviewed even
  -- after the handler corrected the case for the next round.
  decision_json TEXT NOT NULL CHECK (json_valid(decision_json)),
  -- The day the decision is to be made (拟作出决定日期); enforcement certificates are checked on it.
  decision_date TEXT NOT NULL CHECK (decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- The eight triggers as assessed at submission (DOMAIN §2), with their reasons.
  triggers_json TEXT NOT NULL CHECK (json_valid(triggers_json)),
  review_required INTEGER NOT NULL CHECK (review_required IN (0, 1)),
  -- An assessment (评估) took place: its report is then a required material, like a hearing record.
  assessment_made INTEGER NOT NULL DEFAULT 0 CHECK (assessment_made IN (0, 1)),
  submitted_at TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  submitted_by_staff_id INTEGER REFERENCES staff (id),
  reviewer_id INTEGER REFERENCES staff (id),
  head_id INTEGER REFERENCES staff (id),
  materials_accepted_at TEXT,
  materials_accepted_by TEXT,
  -- The opinion: chosen by the reviewer; the suggestion is frozen beside it when the reviewer signs.
  chosen_opinion INTEGER CHECK (chosen_opinion BETWEEN 1 AND 5),
  override_reason TEXT NOT NULL DEFAULT '',
  opinion_reasons TEXT NOT NULL DEFAULT '',
  corrections TEXT NOT NULL DEFAULT '',
  transfer_target_kind TEXT CHECK (transfer_target_kind IN ('township', 'department', 'public-security', 'procuratorate', 'court', 'government', 'other')),
  transfer_target_org_id INTEGER REFERENCES organizations (id),
  suggested_opinion INTEGER CHECK (suggested_opinion BETWEEN 1 AND 5),
  suggestion_explanation TEXT,
  -- Point 1's certificate findings as they stood when the reviewer signed.
  certificate_problems_json TEXT CHECK (certificate_problems_json IS NULL OR json_valid(certificate_problems_json)),
  reviewer_signed_at TEXT,
  reviewer_signed_by TEXT,
  signed_at TEXT,
  signed_by TEXT,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (case_id, round_no),
  -- 办理、审核、决定相分离: the handlers are checked in code (they live in case_handlers).
  CHECK (reviewer_id IS NULL OR head_id IS NULL OR reviewer_id <> head_id),
  CHECK (locked = (state = 'signed')),
  CHECK (CASE WHEN chosen_opinion IN (4, 5) THEN transfer_target_kind IS NOT NULL ELSE transfer_target_kind IS NULL AND transfer_target_org_id IS NULL END),
  CHECK (state NOT IN ('reviewer-signed', 'signed') OR (
    reviewer_id IS NOT NULL AND head_id IS NOT NULL AND chosen_opinion IS NOT NULL AND suggested_opinion IS NOT NULL
    AND suggestion_explanation IS NOT NULL AND reviewer_signed_at IS NOT NULL AND reviewer_signed_by IS NOT NULL)),
  -- Another opinion than the suggested one only with a written reason, and both are kept.
  CHECK (suggested_opinion IS NULL OR chosen_opinion = suggested_opinion OR length(trim(override_reason)) > 0),
  CHECK (state <> 'signed' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL)),
  CHECK (state IN ('submitted', 'supplement-requested') OR materials_accepted_at IS NOT NULL)
) STRICT;

-- At most one open round per case; it also serves the queue's and the home page's open rounds.
CREATE UNIQUE INDEX review_rounds_one_open ON review_rounds (case_id) WHERE state <> 'signed';
-- The queue's most recently signed rounds.
CREATE INDEX review_rounds_signed ON review_rounds (signed_at) WHERE state = 'signed';

-- The handler's judgement on triggers 1, 2, 3, 5 and 8; a "yes" needs its reason (DOMAIN §2).
CREATE TABLE review_judgements (
  round_id INTEGER NOT NULL REFERENCES review_rounds (id),
  judgement_key TEXT NOT NULL CHECK (judgement_key IN ('publicInterest', 'socialRisk', 'majorRights', 'complex', 'otherRule')),
  holds INTEGER NOT NULL CHECK (holds IN (0, 1)),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (round_id, judgement_key),
  CHECK (holds = 0 OR length(trim(reason)) > 0)
) STRICT;

-- The submitted materials (DOMAIN §3), one row per item of the profile's checklist. Label and
-- requirement are copied so a later profile edit cannot change what this round asked for.
CREATE TABLE review_materials (
  round_id INTEGER NOT NULL REFERENCES review_rounds (id),
  material_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  requirement TEXT NOT NULL CHECK (requirement IN ('required', 'if-hearing-or-assessment', 'if-items-involved', 'optional')),
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  -- Files or page references (卷宗页码), one per line; a present item must say where it is.
  refs TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (round_id, material_key),
  CHECK (present = 0 OR length(trim(refs)) > 0)
) STRICT;

-- The nine points (DOMAIN §4). A row may be saved before its finding is chosen, so that a note is
-- never lost; anything but "passes" needs the reviewer's note.
CREATE TABLE review_findings (
  round_id INTEGER NOT NULL REFERENCES review_rounds (id),
  point INTEGER NOT NULL CHECK (point BETWEEN 1 AND 9),
  finding TEXT CHECK (
    finding IS NULL
    OR (point BETWEEN 1 AND 8 AND finding IN ('pass', 'defect', 'serious'))
    OR (point = 2 AND finding = 'no-jurisdiction')
    OR (point = 9 AND finding IN ('pass', 'crime-suspected'))),
  note TEXT NOT NULL DEFAULT '',
  evidence_refs TEXT NOT NULL DEFAULT '',
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  PRIMARY KEY (round_id, point),
  CHECK (finding IS NULL OR finding = 'pass' OR length(trim(note)) > 0)
) STRICT;

-- The one notice to supplement per round (一次性告知): UNIQUE (round_id) makes a second a refusal.
CREATE TABLE supplement_notices (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL UNIQUE REFERENCES review_rounds (id),
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  working_days INTEGER NOT NULL CHECK (working_days >= 1),
  -- Where the number of days comes from, as the profile labels it (an office setting for 涪陵).
  working_days_source TEXT NOT NULL,
  deadline TEXT NOT NULL CHECK (deadline > issued_on),
  due_at TEXT NOT NULL,
  items_json TEXT NOT NULL CHECK (json_valid(items_json) AND json_array_length(items_json) >= 1),
  supplemented_at TEXT,
  supplemented_by TEXT,
  supplement_note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX supplement_notices_open ON supplement_notices (deadline) WHERE supplemented_at IS NULL;

-- A signed round and everything under it are read-only.
CREATE TRIGGER review_rounds_locked BEFORE UPDATE ON review_rounds WHEN old.locked = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;

CREATE TRIGGER review_rounds_no_delete BEFORE DELETE ON review_rounds
BEGIN
  SELECT RAISE(ABORT, 'review rounds are never deleted');
END;

CREATE TRIGGER review_judgements_locked_insert BEFORE INSERT ON review_judgements
  WHEN (SELECT locked FROM review_rounds WHERE id = new.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_judgements_locked_update BEFORE UPDATE ON review_judgements
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_judgements_locked_delete BEFORE DELETE ON review_judgements
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;

CREATE TRIGGER review_materials_locked_insert BEFORE INSERT ON review_materials
  WHEN (SELECT locked FROM review_rounds WHERE id = new.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_materials_locked_update BEFORE UPDATE ON review_materials
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_materials_locked_delete BEFORE DELETE ON review_materials
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;

CREATE TRIGGER review_findings_locked_insert BEFORE INSERT ON review_findings
  WHEN (SELECT locked FROM review_rounds WHERE id = new.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_findings_locked_update BEFORE UPDATE ON review_findings
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER review_findings_locked_delete BEFORE DELETE ON review_findings
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;

CREATE TRIGGER supplement_notices_locked_update BEFORE UPDATE ON supplement_notices
  WHEN (SELECT locked FROM review_rounds WHERE id = old.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'review round is signed and locked');
END;
CREATE TRIGGER supplement_notices_no_delete BEFORE DELETE ON supplement_notices
BEGIN
  SELECT RAISE(ABORT, 'a notice to supplement is never deleted');
END;
