-- The first entities: the office, its staff, counterpart organisations, cases, the audit log.
-- Money is integer fen; dates are ISO 'YYYY-MM-DD'; instants are ISO UTC strings.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE office (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  abbreviation TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array'),
  certificate_no TEXT,
  cert_valid_from TEXT,
  cert_valid_to TEXT,
  phone TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  contact_person TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  cause TEXT NOT NULL,
  party_type TEXT NOT NULL CHECK (party_type IN ('citizen', 'organization')),
  party_name TEXT NOT NULL,
  party_id_code TEXT NOT NULL,
  party_address TEXT NOT NULL DEFAULT '',
  facts TEXT NOT NULL,
  found_on TEXT NOT NULL,
  penalty_kinds TEXT NOT NULL CHECK (json_valid(penalty_kinds)),
  fine_fen INTEGER NOT NULL DEFAULT 0 CHECK (fine_fen >= 0),
  illegal_gains_fen INTEGER NOT NULL DEFAULT 0 CHECK (illegal_gains_fen >= 0),
  illegal_property_fen INTEGER NOT NULL DEFAULT 0 CHECK (illegal_property_fen >= 0),
  discretion TEXT NOT NULL CHECK (discretion IN ('standard', 'heavier', 'lighter', 'mitigated', 'waived')),
  hearing_held INTEGER NOT NULL DEFAULT 0 CHECK (hearing_held IN (0, 1)),
  legal_basis TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  profile_id TEXT NOT NULL DEFAULT 'fuling',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX cases_by_updated ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_by_status ON cases (status, updated_at DESC);

CREATE TABLE case_handlers (
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (case_id, staff_id)
) STRICT;

CREATE INDEX case_handlers_by_staff ON case_handlers (staff_id);

-- Append-only and hash-chained: each row's hash covers its content and the previous row's hash,
-- so a row edited behind the app's back breaks the chain at that row.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
