-- Case transfer and deadlines (issue #5): DOMAIN §6–§8; 涪陵府办〔2024〕1号 二(三),
-- 周政办字〔2018〕18号 二(四)3, 郯政发〔2023〕1号 8–9.
-- Dates are ISO 'YYYY-MM-DD' (office calendar days); instants are ISO UTC strings; money is fen.

-- ---------------------------------------------------------------- rule profiles (DOMAIN §7)

-- An office's own profile, copied from a shipped one (or from another office profile). The rules
-- live in its versions: every edit adds a version, none is ever rewritten, so a case that ran
-- under version 2 still reads version 2 after the office saves version 3.
CREATE TABLE office_profiles (
  id TEXT PRIMARY KEY CHECK (id GLOB '[a-z]*' AND length(id) <= 40 AND id NOT IN ('fuling', 'zhoucun', 'tancheng')),
  based_on_id TEXT NOT NULL,
  based_on_version INTEGER NOT NULL CHECK (based_on_version >= 1),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE office_profile_versions (
  profile_id TEXT NOT NULL REFERENCES office_profiles (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  profile_json TEXT NOT NULL CHECK (
    json_valid(profile_json)
    AND json_extract(profile_json, '$.id') = profile_id
    AND json_extract(profile_json, '$.version') = version),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (profile_id, version)
) STRICT;

CREATE TRIGGER office_profile_versions_no_update BEFORE UPDATE ON office_profile_versions
BEGIN
  SELECT RAISE(ABORT, 'a saved profile version is never rewritten');
END;
CREATE TRIGGER office_profile_versions_no_delete BEFORE DELETE ON office_profile_versions
BEGIN
  SELECT RAISE(ABORT, 'a saved profile version is never deleted');
END;

-- The profile version a case runs under, fixed when the case is registered: a later edit of the
-- profile applies to cases registered after it and never changes this one. Shipped profiles are
-- version 1; an office profile pins its latest version at that moment.
CREATE TABLE case_profile_pins (
  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  pinned_at TEXT NOT NULL
) STRICT;

CREATE INDEX case_profile_pins_by_profile ON case_profile_pins (profile_id, profile_version);

INSERT INTO case_profile_pins (case_id, profile_id, profile_version, pinned_at)
  SELECT id, profile_id, 1, created_at FROM cases;

CREATE TRIGGER cases_pin_profile AFTER INSERT ON cases
BEGIN
  INSERT INTO case_profile_pins (case_id, profile_id, profile_version, pinned_at)
  VALUES (new.id, new.profile_id,
    COALESCE((SELECT MAX(version) FROM office_profile_versions WHERE profile_id = new.profile_id), 1),
    new.created_at);
END;

-- Should anything move a case to another profile, the pin follows it to that profile's latest version.
CREATE TRIGGER cases_repin_profile AFTER UPDATE OF profile_id ON cases WHEN new.profile_id <> old.profile_id
BEGIN
  UPDATE case_profile_pins
  SET profile_id = new.profile_id,
      profile_version = COALESCE((SELECT MAX(version) FROM office_profile_versions WHERE profile_id = new.profile_id), 1),
      pinned_at = new.updated_at
  WHERE case_id = new.id;
END;

-- ---------------------------------------------------------------- working-day calendar (DOMAIN §8)

-- A year's holiday arrangement an office typed from the State Council's notice. The text is kept
-- exactly as typed beside what the app read from it, so the two can be compared later.
CREATE TABLE calendar_office_years (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
  source TEXT NOT NULL CHECK (length(trim(source)) > 0),
  source_text TEXT NOT NULL,
  arrangement_json TEXT NOT NULL CHECK (json_valid(arrangement_json) AND json_extract(arrangement_json, '$.year') = year),
  replaces_built_in INTEGER NOT NULL CHECK (replaces_built_in IN (0, 1)),
  loaded_at TEXT NOT NULL,
  loaded_by TEXT NOT NULL
) STRICT;

-- ---------------------------------------------------------------- transfers out (DOMAIN §6)

CREATE TABLE transfers_out (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  -- From a signed review opinion 4 or 5, or directly from the case.
  origin TEXT NOT NULL CHECK (origin IN ('review-opinion', 'direct')),
  review_round_id INTEGER REFERENCES review_rounds (id),
  -- To the body with jurisdiction, or (suspected crime) to the judicial organs.
  target TEXT NOT NULL CHECK (target IN ('jurisdiction', 'judicial')),
  receiver_org_id INTEGER NOT NULL REFERENCES organizations (id),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  legal_basis TEXT NOT NULL CHECK (length(trim(legal_basis)) > 0),
  urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
  urgent_reason TEXT NOT NULL DEFAULT '',
  -- A violation still going on: ordered to stop at once, and what was done.
  ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
  measures TEXT NOT NULL DEFAULT '',
  -- When the violation was found not to be ours; the deadline to send runs from here.
  found_on TEXT NOT NULL CHECK (found_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  found_at TEXT,
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  -- The rules as they stood under the case's pinned profile, copied so the row explains itself.
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  send_limit_unit TEXT NOT NULL CHECK (send_limit_unit IN ('working-days', 'hours')),
  send_limit INTEGER NOT NULL CHECK (send_limit >= 1),
  send_rule TEXT NOT NULL,
  answer_working_days INTEGER NOT NULL CHECK (answer_working_days >= 1),
  answer_rule TEXT NOT NULL,
  needs_approval INTEGER NOT NULL CHECK (needs_approval IN (0, 1)),
  approval_rule TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN (
    'awaiting-approval', 'ready', 'sent', 'received', 'accepted', 'refused', 'escalated', 'decided', 'withdrawn')),
  approved_at TEXT,
  approved_by_staff_id INTEGER REFERENCES staff (id),
  approved_by TEXT,
  approval_note TEXT NOT NULL DEFAULT '',
  sent_at TEXT,
  sent_by TEXT,
  letter_number TEXT NOT NULL DEFAULT '',
  send_method TEXT CHECK (send_method IS NULL OR send_method IN ('direct', 'mail', 'electronic', 'other')),
  -- The receipt of service (送达回证) the receiver signed.
  received_at TEXT,
  receipt_signed_by TEXT,
  receipt_note TEXT NOT NULL DEFAULT '',
  receipt_recorded_by TEXT,
  -- The receiver's written answer.
  answer TEXT CHECK (answer IS NULL OR answer IN ('accepted', 'refused', 'reported-to-government')),
  answered_on TEXT,
  answer_reason TEXT NOT NULL DEFAULT '',
  answer_reference TEXT NOT NULL DEFAULT '',
  answer_recorded_by TEXT,
  -- A refusal goes to the government for a decision, never on to a third body.
  escalated_on TEXT,
  escalated_to_org_id INTEGER REFERENCES organizations (id),
  escalation_note TEXT NOT NULL DEFAULT '',
  decided_on TEXT,
  decision TEXT CHECK (decision IS NULL OR decision IN ('receiver', 'ours', 'other')),
  decision_note TEXT NOT NULL DEFAULT '',
  withdrawn_at TEXT,
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((origin = 'review-opinion') = (review_round_id IS NOT NULL)),
  CHECK (urgent = 0 OR found_at IS NOT NULL),
  CHECK (ongoing = 0 OR length(trim(measures)) > 0),
  CHECK (needs_approval = 1 OR state <> 'awaiting-approval'),
  CHECK (needs_approval = 0 OR state IN ('awaiting-approval', 'withdrawn') OR approved_at IS NOT NULL),
  CHECK (state IN ('awaiting-approval', 'ready', 'withdrawn') OR (sent_at IS NOT NULL AND sent_by IS NOT NULL)),
  CHECK (state IN ('awaiting-approval', 'ready', 'withdrawn', 'sent') OR (received_at IS NOT NULL AND receipt_signed_by IS NOT NULL)),
  CHECK (state IN ('awaiting-approval', 'ready', 'withdrawn', 'sent', 'received') OR answer IS NOT NULL),
  CHECK (state <> 'accepted' OR answer = 'accepted'),
  CHECK (state <> 'refused' OR (answer = 'refused' AND length(trim(answer_reason)) > 0)),
  CHECK (answer IS NULL OR answered_on IS NOT NULL),
  CHECK (answer NOT IN ('refused', 'reported-to-government') OR length(trim(answer_reason)) > 0),
  CHECK (state NOT IN ('escalated', 'decided') OR escalated_on IS NOT NULL),
  CHECK (state <> 'decided' OR (decided_on IS NOT NULL AND decision IS NOT NULL)),
  CHECK (state <> 'withdrawn' OR (withdrawn_at IS NOT NULL AND length(trim(withdrawn_reason)) > 0))
) STRICT;

CREATE INDEX transfers_out_by_case ON transfers_out (case_id, id);
-- The home page and the lists read the transfers in given states (the open ones) on every visit.
CREATE INDEX transfers_out_by_state ON transfers_out (state, id);
-- One transfer under way per case at a time.
CREATE UNIQUE INDEX transfers_out_one_active ON transfers_out (case_id)
  WHERE state IN ('awaiting-approval', 'ready', 'sent', 'received');

-- 涪陵府办〔2024〕1号 二(三): 不得再行移送. Once a transfer of a case was refused, the case goes to the
-- government for a decision; a new transfer of it is refused here too, not only in code.
CREATE TRIGGER transfers_out_no_retransfer BEFORE INSERT ON transfers_out
  WHEN EXISTS (SELECT 1 FROM transfers_out WHERE case_id = new.case_id AND state IN ('refused', 'escalated'))
BEGIN
  SELECT RAISE(ABORT, 'a refused transfer may not be sent on to another body');
END;

-- The transfer's materials: the profile's list, each ticked. Label and requirement are copied so a
-- later profile edit cannot change what this transfer listed.
CREATE TABLE transfer_out_materials (
  transfer_id INTEGER NOT NULL REFERENCES transfers_out (id) ON DELETE CASCADE,
  material_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  requirement TEXT NOT NULL CHECK (requirement IN ('required', 'if-hearing-or-assessment', 'if-items-involved', 'optional')),
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (transfer_id, material_key)
) STRICT;

-- The items involved (涉案物品清单). Items already disposed of in advance go with the evidence kept
-- and the proceeds (先行处置所得款项), in fen.
CREATE TABLE transfer_out_items (
  id INTEGER PRIMARY KEY,
  transfer_id INTEGER NOT NULL REFERENCES transfers_out (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  quantity TEXT NOT NULL CHECK (length(trim(quantity)) > 0),
  spec TEXT NOT NULL DEFAULT '',
  condition TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  disposed INTEGER NOT NULL DEFAULT 0 CHECK (disposed IN (0, 1)),
  disposal TEXT NOT NULL DEFAULT '',
  proceeds_fen INTEGER NOT NULL DEFAULT 0 CHECK (proceeds_fen >= 0),
  evidence_kept TEXT NOT NULL DEFAULT '',
  UNIQUE (transfer_id, position),
  CHECK (disposed = 1 OR (proceeds_fen = 0 AND disposal = '')),
  CHECK (disposed = 0 OR length(trim(disposal)) > 0)
) STRICT;

-- ---------------------------------------------------------------- transfers in

CREATE TABLE transfers_in (
  id INTEGER PRIMARY KEY,
  from_org_id INTEGER NOT NULL REFERENCES organizations (id),
  letter_number TEXT NOT NULL DEFAULT '',
  cause TEXT NOT NULL CHECK (length(trim(cause)) > 0),
  party_name TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  materials TEXT NOT NULL DEFAULT '',
  received_at TEXT NOT NULL,
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- Our answer is owed under the office's profile as it stood when the transfer arrived.
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  answer_working_days INTEGER NOT NULL CHECK (answer_working_days >= 1),
  answer_rule TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('registered', 'acknowledged', 'accepted', 'refused', 'escalated', 'decided')),
  -- The receipt of service we signed for what we received.
  receipt_signed_by_staff_id INTEGER REFERENCES staff (id),
  receipt_signed_by TEXT,
  receipt_signed_at TEXT,
  receipt_note TEXT NOT NULL DEFAULT '',
  answer TEXT CHECK (answer IS NULL OR answer IN ('accepted', 'refused', 'escalated')),
  answered_on TEXT,
  answer_reason TEXT NOT NULL DEFAULT '',
  answer_recorded_by TEXT,
  -- Accepted: it becomes our case.
  case_id INTEGER REFERENCES cases (id),
  escalated_to_org_id INTEGER REFERENCES organizations (id),
  decided_on TEXT,
  decision TEXT CHECK (decision IS NULL OR decision IN ('ours', 'sender', 'other')),
  decision_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (state = 'registered' OR (receipt_signed_at IS NOT NULL AND receipt_signed_by IS NOT NULL)),
  CHECK (state IN ('registered', 'acknowledged') OR (answer IS NOT NULL AND answered_on IS NOT NULL)),
  CHECK (state <> 'accepted' OR answer = 'accepted'),
  CHECK (state <> 'refused' OR answer = 'refused'),
  CHECK (state NOT IN ('escalated', 'decided') OR answer = 'escalated'),
  CHECK (answer NOT IN ('refused', 'escalated') OR length(trim(answer_reason)) > 0),
  CHECK (state <> 'decided' OR (decided_on IS NOT NULL AND decision IS NOT NULL)),
  CHECK (case_id IS NULL OR state IN ('accepted', 'decided'))
) STRICT;

CREATE INDEX transfers_in_by_state ON transfers_in (state, id);
CREATE INDEX transfers_in_by_case ON transfers_in (case_id) WHERE case_id IS NOT NULL;
