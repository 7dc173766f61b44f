-- Issue #13, a review that cannot contradict itself: party types, hearing, qualifications, and the
-- signature chain reviewer → 法制审核机构负责人 → 行政执法机关负责人's decision. Earlier rows are
-- migrated and each change leaves a note in data_notes (shown on the case, round or staff screen).

-- Notes the migration (or a later one) leaves on a row it changed or could not settle by itself.
CREATE TABLE data_notes (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('case', 'review_round', 'staff')),
  entity_id INTEGER NOT NULL,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX data_notes_by_entity ON data_notes (entity, entity_id);

-- ------------------------------------------------------------------ staff
-- 辅助人员 may not investigate, review or decide; reviewers carry their 法律职业资格
-- (《行政处罚法》第五十八条第二款) and the day they began reviewing; a certificate may be withdrawn.
ALTER TABLE staff ADD COLUMN auxiliary INTEGER NOT NULL DEFAULT 0 CHECK (auxiliary IN (0, 1));
ALTER TABLE staff ADD COLUMN legal_qualification_no TEXT;
ALTER TABLE staff ADD COLUMN reviewing_since TEXT;
ALTER TABLE staff ADD COLUMN cert_withdrawn_on TEXT;

-- The round's head_id is now the 法制审核机构负责人 (role 'review-head'); whoever was named there
-- under the old 会签 keeps that post, and the change is noted.
INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'staff', s.id,
    '数据升级：原“负责人”岗位曾在审核轮次中会签审核意见，现已区分“法制审核机构负责人”与“行政执法机关负责人”，为其增加了“法制审核机构负责人”岗位；如其实为行政执法机关负责人，请在“设置 › 人员”中调整，并为未结审核轮次改派法制审核机构负责人。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM staff s
  WHERE EXISTS (SELECT 1 FROM review_rounds r WHERE r.head_id = s.id)
    AND NOT EXISTS (SELECT 1 FROM json_each(s.roles) WHERE value = 'review-head');
UPDATE staff SET roles = json_insert(roles, '$[#]', 'review-head')
  WHERE EXISTS (SELECT 1 FROM review_rounds r WHERE r.head_id = staff.id)
    AND NOT EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = 'review-head');

-- ------------------------------------------------------------------ cases
-- party_type stays the money line (citizen = natural person, organization = legal person or other
-- organisation); party_kind is who the party is: 公民, 个体工商户 (a natural person, 民法典第五十四条),
-- 法人, 其他组织. A trigger keeps the two in step.
ALTER TABLE cases ADD COLUMN party_kind TEXT
  CHECK (party_kind IS NULL OR party_kind IN ('citizen', 'individual-business', 'legal-person', 'other-org'));
ALTER TABLE cases ADD COLUMN party_representative TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN party_phone TEXT NOT NULL DEFAULT '';
-- 《行政处罚法》第六十三条: whether the party asked for a hearing (hearing_held says it took place).
ALTER TABLE cases ADD COLUMN hearing_requested INTEGER NOT NULL DEFAULT 0 CHECK (hearing_requested IN (0, 1));

INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'case', id,
    '数据升级：当事人的统一社会信用代码以 92 开头，为个体工商户，原登记为“法人或者其他组织”，已改为“个体工商户”，按公民的数额标准（2000元以上）判断是否应当法制审核（《民法典》第五十四条）。已签署的审核轮次保留原记录。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM cases WHERE party_type = 'organization' AND party_id_code LIKE '92%';
INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'case', id,
    '数据升级：当事人原登记为“法人或者其他组织”，已按“法人”迁移；如为其他组织，请在案件中更正（数额标准相同）。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM cases WHERE party_type = 'organization' AND party_id_code NOT LIKE '92%';
UPDATE cases SET
  party_kind = CASE
    WHEN party_type = 'citizen' THEN 'citizen'
    WHEN party_id_code LIKE '92%' THEN 'individual-business'
    ELSE 'legal-person' END,
  party_type = CASE WHEN party_type = 'citizen' OR party_id_code LIKE '92%' THEN 'citizen' ELSE 'organization' END,
  hearing_requested = hearing_held;

-- 《行政处罚法》第九条 lists 责令停产停业 and 责令关闭 apart; the old merged kind becomes 责令停产停业.
INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'case', id,
    '数据升级：原处罚种类“责令停产停业、责令关闭”已按《行政处罚法》第九条拆分，迁移为“责令停产停业”；如拟责令关闭，请在案件中更正。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM cases WHERE penalty_kinds LIKE '%"order-closure"%';
UPDATE cases SET penalty_kinds = replace(penalty_kinds, '"order-closure"', '"order-suspension"')
  WHERE penalty_kinds LIKE '%"order-closure"%';

CREATE TRIGGER cases_party_kind_insert BEFORE INSERT ON cases
  WHEN new.party_kind IS NOT NULL
    AND new.party_type <> CASE WHEN new.party_kind IN ('citizen', 'individual-business') THEN 'citizen' ELSE 'organization' END
BEGIN
  SELECT RAISE(ABORT, 'party_type must be the money line of party_kind');
END;
CREATE TRIGGER cases_party_kind_update BEFORE UPDATE OF party_kind, party_type ON cases
  WHEN new.party_kind IS NOT NULL
    AND new.party_type <> CASE WHEN new.party_kind IN ('citizen', 'individual-business') THEN 'citizen' ELSE 'organization' END
BEGIN
  SELECT RAISE(ABORT, 'party_type must be the money line of party_kind');
END;

-- ------------------------------------------------------------------ review rounds
-- 'reviewer-signed' now waits for the 法制审核机构负责人 (head_id), and 'signed' is their signature.
-- Earlier rounds were "countersigned" by a 负责人 who could also send the opinion back: noted.
INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'review_round', id,
    '数据升级：本轮按旧流程由“负责人会签”，未区分法制审核机构负责人与行政执法机关负责人；会签人现记为法制审核机构负责人，行政执法机关负责人的决定（是否同意、集体讨论、决定书文号）未登记，可在案件中补登。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM review_rounds WHERE state = 'signed';
INSERT INTO data_notes (entity, entity_id, note, created_at)
  SELECT 'review_round', id,
    '数据升级：本轮签署的审核意见（意见' || chosen_opinion || '）与九项审核结论建议的意见' || suggested_opinion ||
    '不一致（旧版本只要写明理由即可选择其他意见）。现行规则下审核意见不得与审核结论矛盾；本轮已锁定，记录保留原样，请核查后依法处理。',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM review_rounds WHERE state = 'signed' AND chosen_opinion <> suggested_opinion;

-- The opinion can never contradict the findings (DOMAIN §5): from now on the opinion signed is the
-- one the findings call for. Checked again here so no path can sign another.
CREATE TRIGGER review_rounds_opinion_matches_findings BEFORE UPDATE OF state ON review_rounds
  WHEN new.state = 'reviewer-signed' AND new.chosen_opinion IS NOT new.suggested_opinion
BEGIN
  SELECT RAISE(ABORT, 'the signed opinion must be the one the findings allow');
END;

-- ------------------------------------------------------------------ the decision
-- After the review opinion is signed the 行政执法机关负责人 decides (《行政处罚法》第五十七条):
-- agrees or not with the proposal; 集体讨论 for complex or major cases; the decision's number and date.
CREATE TABLE review_decisions (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL UNIQUE REFERENCES review_rounds (id),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  agrees INTEGER NOT NULL CHECK (agrees IN (0, 1)),
  reason TEXT NOT NULL DEFAULT '',
  complex_or_major INTEGER NOT NULL CHECK (complex_or_major IN (0, 1)),
  collective_date TEXT,
  collective_participants TEXT NOT NULL DEFAULT '',
  collective_summary TEXT NOT NULL DEFAULT '',
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date TEXT,
  decided_by_staff_id INTEGER NOT NULL REFERENCES staff (id),
  decided_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CHECK (agrees = 0 OR (length(trim(decision_number)) > 0 AND decision_date IS NOT NULL)),
  CHECK (agrees = 1 OR length(trim(reason)) > 0),
  CHECK (complex_or_major = 0 OR (collective_date IS NOT NULL AND length(trim(collective_participants)) > 0))
) STRICT;
CREATE INDEX review_decisions_by_case ON review_decisions (case_id);

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN
  SELECT RAISE(ABORT, 'a recorded decision is never changed');
END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN
  SELECT RAISE(ABORT, 'a recorded decision is never deleted');
END;
