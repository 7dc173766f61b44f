-- The township desk's last two registers (issue #19): 信息共享 and 管辖争议.

-- ---------------------------------------------------------------- 信息共享
-- 涪陵府办〔2024〕1号 二(一) (nine kinds), 周政办字〔2018〕18号 二(四)5 (same day, at most 5 working days;
-- data asked for in 3) and 二(四)3(4) (a penalty decision copied within 2), 郯政发〔2023〕1号 二(三)10 (5).
-- direction: out = the office shares with another body; in = another body shares with the office.
-- mode: notify = information formed or received, shared on the body's own initiative; request = asked for.
-- origin: what opened the item ('manual', or the event that opened it automatically).
CREATE TABLE sharing_items (
  id INTEGER PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  mode TEXT NOT NULL CHECK (mode IN ('notify', 'request')),
  kind TEXT NOT NULL,
  subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
  org_id INTEGER REFERENCES organizations (id),
  case_id INTEGER REFERENCES cases (id),
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'penalty-decision', 'transfer-refused')),
  origin_id INTEGER,
  formed_on TEXT NOT NULL CHECK (formed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  shared_on TEXT CHECK (shared_on IS NULL OR shared_on >= formed_on),
  share_method TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (shared_on IS NULL OR org_id IS NOT NULL),
  UNIQUE (origin, origin_id)
) STRICT;

CREATE INDEX sharing_items_open ON sharing_items (shared_on, formed_on);
CREATE INDEX sharing_items_by_case ON sharing_items (case_id);

-- ---------------------------------------------------------------- 管辖争议
-- 衢政办发〔2022〕16号 第六条–第九条: negotiate first; a written request (第七条: 争议焦点, 双方观点及
-- 相应法律依据, 其他情况) to the coordinating body the profile names; its opinion, the 会商, the
-- government's decision. Opened by hand or by an escalated transfer (transfer_kind/transfer_id).
CREATE TABLE disputes (
  id INTEGER PRIMARY KEY,
  counterpart_org_id INTEGER NOT NULL REFERENCES organizations (id),
  matter TEXT NOT NULL CHECK (length(trim(matter)) > 0),
  case_id INTEGER REFERENCES cases (id),
  transfer_kind TEXT CHECK (transfer_kind IS NULL OR transfer_kind IN ('out', 'in')),
  transfer_id INTEGER,
  opened_on TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  negotiation TEXT NOT NULL DEFAULT '',
  body_org_id INTEGER REFERENCES organizations (id),
  requested_on TEXT CHECK (requested_on IS NULL OR requested_on >= opened_on),
  focus TEXT NOT NULL DEFAULT '',
  our_view TEXT NOT NULL DEFAULT '',
  our_basis TEXT NOT NULL DEFAULT '',
  their_view TEXT NOT NULL DEFAULT '',
  their_basis TEXT NOT NULL DEFAULT '',
  other_notes TEXT NOT NULL DEFAULT '',
  closed_on TEXT,
  outcome TEXT NOT NULL DEFAULT '',
  profile_id TEXT NOT NULL,
  profile_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (requested_on IS NULL OR (body_org_id IS NOT NULL AND length(trim(focus)) > 0
    AND length(trim(our_view)) > 0 AND length(trim(their_view)) > 0)),
  CHECK (closed_on IS NULL OR closed_on >= opened_on),
  CHECK ((transfer_kind IS NULL) = (transfer_id IS NULL)),
  UNIQUE (transfer_kind, transfer_id)
) STRICT;

CREATE INDEX disputes_open ON disputes (closed_on, opened_on);
CREATE INDEX disputes_by_case ON disputes (case_id);

-- The steps after the request: the coordinating body's opinion (第八条), the 会商 (第九条), the
-- government's decision (第九条第二款), and a settlement by negotiation before any request.
CREATE TABLE dispute_steps (
  id INTEGER PRIMARY KEY,
  dispute_id INTEGER NOT NULL REFERENCES disputes (id),
  step TEXT NOT NULL CHECK (step IN ('settled', 'opinion', 'consultation', 'decision')),
  on_date TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  agreed INTEGER NOT NULL CHECK (agreed IN (0, 1)),
  body TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

CREATE INDEX dispute_steps_by_dispute ON dispute_steps (dispute_id, on_date, id);
