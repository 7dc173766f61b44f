-- Transfer of a suspected crime to the police (issue #12): its own path under national law,
-- 《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号, revised by 国务院令第730号, 2020), not the
-- rules for a transfer between administrative bodies. 第五条: a 专案组 of two or more reports to the
-- 正职负责人 (or the one presiding), who decides within 3 日; approved, it goes within 24 hours.
-- 第七条: the police sign the 回执. 第八条: they review within 3 日 and say 立案 or 不予立案 in writing.
-- 第九条: 复议 within 3 日 of the notice (or 立案监督), the police's 复议 decision within 3 日, then
-- 立案监督 within 3 日 of it. 第十条: a case not opened is handled administratively again.
-- Dates are ISO office dates; instants ISO UTC; "日" are calendar days, counted from the next day.

CREATE TABLE criminal_transfers (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  origin TEXT NOT NULL CHECK (origin IN ('review-opinion', 'direct')),
  review_round_id INTEGER REFERENCES review_rounds (id),
  police_org_id INTEGER NOT NULL REFERENCES organizations (id),
  -- The written report of the 专案组 (第五条第一款).
  suspected_crime TEXT NOT NULL CHECK (length(trim(suspected_crime)) > 0),
  facts TEXT NOT NULL CHECK (length(trim(facts)) > 0),
  crime_basis TEXT NOT NULL CHECK (length(trim(crime_basis)) > 0),
  measures TEXT NOT NULL DEFAULT '',
  penalties_before TEXT NOT NULL DEFAULT '',
  materials_json TEXT NOT NULL CHECK (json_valid(materials_json)),
  items_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items_json)),
  reported_on TEXT NOT NULL CHECK (reported_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reported_by TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN (
    'reported', 'not-approved', 'approved', 'sent', 'received', 'filed', 'not-filed',
    'reconsideration', 'reconsideration-refused', 'supervision', 'returned')),
  -- The head's decision (第五条第二款): within 3 日 of the report; a late one is recorded as late.
  decided_at TEXT,
  decided_by_staff_id INTEGER REFERENCES staff (id),
  decided_by TEXT,
  decision_note TEXT NOT NULL DEFAULT '',
  decision_late INTEGER NOT NULL DEFAULT 0 CHECK (decision_late IN (0, 1)),
  sent_at TEXT,
  sent_by TEXT,
  letter_number TEXT NOT NULL DEFAULT '',
  send_late INTEGER NOT NULL DEFAULT 0 CHECK (send_late IN (0, 1)),
  -- The 回执 the police signed (第七条).
  receipt_at TEXT,
  receipt_signed_by TEXT,
  receipt_note TEXT NOT NULL DEFAULT '',
  -- The police's written decision (第八条).
  answer TEXT CHECK (answer IS NULL OR answer IN ('filed', 'not-filed')),
  answered_on TEXT,
  answer_reference TEXT NOT NULL DEFAULT '',
  answer_reason TEXT NOT NULL DEFAULT '',
  -- 第九条.
  reconsideration_on TEXT,
  reconsideration_note TEXT NOT NULL DEFAULT '',
  reconsideration_answer TEXT CHECK (reconsideration_answer IS NULL OR reconsideration_answer IN ('filed', 'not-filed')),
  reconsideration_answered_on TEXT,
  reconsideration_reference TEXT NOT NULL DEFAULT '',
  supervision_on TEXT,
  supervision_org_id INTEGER REFERENCES organizations (id),
  supervision_note TEXT NOT NULL DEFAULT '',
  -- 第十条: back to administrative handling (the case's review reopens).
  returned_on TEXT,
  returned_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((origin = 'review-opinion') = (review_round_id IS NOT NULL)),
  CHECK (state IN ('reported') OR decided_at IS NOT NULL),
  CHECK (state <> 'not-approved' OR length(trim(decision_note)) > 0),
  CHECK (state IN ('reported', 'not-approved', 'approved') OR sent_at IS NOT NULL),
  CHECK (state IN ('reported', 'not-approved', 'approved', 'sent') OR receipt_at IS NOT NULL),
  CHECK (state NOT IN ('filed', 'not-filed', 'reconsideration', 'reconsideration-refused', 'supervision')
         OR answer IS NOT NULL),
  CHECK (answer IS NULL OR answered_on IS NOT NULL),
  CHECK (answer IS NULL OR answer = 'filed' OR length(trim(answer_reason)) > 0),
  CHECK (state <> 'reconsideration' OR reconsideration_on IS NOT NULL),
  CHECK (state <> 'reconsideration-refused' OR reconsideration_answer = 'not-filed'),
  CHECK (state <> 'supervision' OR supervision_on IS NOT NULL),
  CHECK (state <> 'returned' OR returned_on IS NOT NULL)
) STRICT;

CREATE INDEX criminal_transfers_by_case ON criminal_transfers (case_id, id);
CREATE INDEX criminal_transfers_by_state ON criminal_transfers (state, id);
-- One criminal transfer under way per case at a time.
CREATE UNIQUE INDEX criminal_transfers_one_active ON criminal_transfers (case_id)
  WHERE state NOT IN ('not-approved', 'returned');

-- The 专案组: two or more enforcement staff (第五条第一款).
CREATE TABLE criminal_transfer_members (
  transfer_id INTEGER NOT NULL REFERENCES criminal_transfers (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  name TEXT NOT NULL,
  PRIMARY KEY (transfer_id, staff_id)
) STRICT;
