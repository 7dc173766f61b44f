-- Formal documents: number sequences and the issued documents themselves (DOMAIN §9, §10).

-- One sequence per document type per year. The office is the database's one office.
CREATE TABLE doc_sequences (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
  PRIMARY KEY (doc_type, year)
) STRICT;

-- Every document the office issued (or began to issue). A number once taken is never reused:
-- a document that fails or is withdrawn stays here as voided, with its reason.
CREATE TABLE issued_documents (
  id INTEGER PRIMARY KEY,
  case_id INTEGER REFERENCES cases (id),
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  template_source TEXT NOT NULL CHECK (template_source IN ('builtin', 'override')),
  title TEXT NOT NULL,
  doc_type TEXT,
  year INTEGER,
  seq INTEGER,
  doc_number TEXT UNIQUE,
  data_json TEXT NOT NULL CHECK (json_valid(data_json)),
  status TEXT NOT NULL CHECK (status IN ('pending', 'issued', 'voided')),
  docx_file TEXT,
  pdf_file TEXT,
  docx_sha256 TEXT,
  pdf_sha256 TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  issued_at TEXT,
  voided_at TEXT,
  voided_by TEXT,
  void_reason TEXT,
  replaces_id INTEGER REFERENCES issued_documents (id),
  UNIQUE (doc_type, year, seq),
  CHECK ((doc_type IS NULL) = (seq IS NULL) AND (seq IS NULL) = (doc_number IS NULL)),
  CHECK (status <> 'issued' OR (docx_file IS NOT NULL AND pdf_file IS NOT NULL AND docx_sha256 IS NOT NULL AND pdf_sha256 IS NOT NULL)),
  CHECK (status <> 'voided' OR void_reason IS NOT NULL)
) STRICT;

CREATE INDEX issued_documents_by_case ON issued_documents (case_id, id);
CREATE INDEX issued_documents_by_status ON issued_documents (status, id);
