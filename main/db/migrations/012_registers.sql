-- The township desk's other registers (issue #19): 执法协助 both ways, 举报、投诉、信访 under 首问责任,
-- and 执法监督 received. Dates are ISO 'YYYY-MM-DD' (office calendar days); instants ISO UTC.
-- Each record keeps the rule-profile version its deadline runs under, as a case does.

-- ---------------------------------------------------------------- 执法协助 (涪陵府办〔2024〕1号 二(二))

-- direction 'out': we ask another body; 'in': another body asks us. The answer is the help given or a
-- reasoned refusal (法律、法规、规章明确禁止 / 不属于本机关职权范围).
CREATE TABLE assistance_requests (
  id INTEGER PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  counterpart TEXT NOT NULL CHECK (length(trim(counterpart)) > 0),
  letter_number TEXT NOT NULL DEFAULT '',
  case_id INTEGER REFERENCES cases (id),
  case_title TEXT NOT NULL CHECK (length(trim(case_title)) > 0),
  ground TEXT NOT NULL CHECK (ground IN ('materials-unobtainable', 'materials-held-elsewhere', 'technical-support', 'other')),
  needed TEXT NOT NULL CHECK (length(trim(needed)) > 0),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  legal_basis TEXT NOT NULL DEFAULT '',
  return_items TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  requested_on TEXT NOT NULL CHECK (requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('assisted', 'refused')),
  refusal_ground TEXT CHECK (refusal_ground IS NULL OR refusal_ground IN ('prohibited', 'outside-powers')),
  answered_on TEXT CHECK (answered_on IS NULL OR answered_on >= requested_on),
  answer_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((outcome IS NULL) = (answered_on IS NULL)),
  CHECK ((outcome = 'refused') = (refusal_ground IS NOT NULL))
) STRICT;

CREATE INDEX assistance_requests_open ON assistance_requests (outcome, requested_on);
CREATE INDEX assistance_requests_by_case ON assistance_requests (case_id);

-- ---------------------------------------------------------------- 举报、投诉、信访 (首问责任)

-- The complainant's name and contact are kept here and nowhere else: no audit entry, no list, no
-- paper except the answer to that person carries them.
CREATE TABLE complaints (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'hotline-12345', 'letter', 'visit', 'other')),
  complainant_name TEXT NOT NULL DEFAULT '',
  complainant_contact TEXT NOT NULL DEFAULT '',
  matter TEXT NOT NULL CHECK (length(trim(matter)) > 0),
  first_handler TEXT NOT NULL DEFAULT '',
  first_handling TEXT NOT NULL DEFAULT '',
  verification TEXT NOT NULL DEFAULT '',
  verified_on TEXT CHECK (verified_on IS NULL OR verified_on >= received_on),
  finding TEXT CHECK (finding IS NULL OR finding IN ('no-violation', 'case-opened', 'lead-transferred', 'not-ours')),
  case_id INTEGER REFERENCES cases (id),
  transfer_out_id INTEGER REFERENCES transfers_out (id),
  lead_transferred_on TEXT CHECK (lead_transferred_on IS NULL OR lead_transferred_on >= received_on),
  closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= received_on),
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL CHECK (profile_version >= 1),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX complaints_open ON complaints (closed_on, received_on);

CREATE TABLE complaint_answers (
  id INTEGER PRIMARY KEY,
  complaint_id INTEGER NOT NULL REFERENCES complaints (id),
  kind TEXT NOT NULL CHECK (kind IN ('feedback', 'final')),
  answered_on TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  method TEXT NOT NULL CHECK (method IN ('phone', 'letter', 'visit', 'other')),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE INDEX complaint_answers_by_complaint ON complaint_answers (complaint_id, answered_on);

-- ---------------------------------------------------------------- 执法监督 (衢政办发〔2022〕16号 第十六条、第十七条)

-- A 行政执法监督通知书 (限期纠正并落实整改措施) or 行政执法监督决定书 received; our written report of
-- the correction; closed when the supervising body accepts it.
CREATE TABLE supervision_notices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'decision')),
  issuer TEXT NOT NULL CHECK (length(trim(issuer)) > 0),
  doc_number TEXT NOT NULL CHECK (length(trim(doc_number)) > 0),
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  matters TEXT NOT NULL CHECK (length(trim(matters)) > 0),
  correct_by TEXT NOT NULL CHECK (correct_by >= received_on),
  case_id INTEGER REFERENCES cases (id),
  reported_on TEXT CHECK (reported_on IS NULL OR reported_on >= received_on),
  report_text TEXT NOT NULL DEFAULT '',
  closed_on TEXT CHECK (closed_on IS NULL OR (reported_on IS NOT NULL AND closed_on >= reported_on)),
  close_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((reported_on IS NULL) = (report_text = ''))
) STRICT;

CREATE INDEX supervision_notices_open ON supervision_notices (closed_on, correct_by);
