-- What formal papers need that the office record did not hold: the names of the reviewing body
-- (法制审核机构, e.g. 青山镇司法所) and the handling body (承办机构, e.g. 综合行政执法大队).
ALTER TABLE office ADD COLUMN review_body TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN handling_unit TEXT NOT NULL DEFAULT '';

-- Which record a document was made from (a review round, a transfer …), so the app can tell that
-- a paper for that record is already out, and a printed paper can be traced to its record.
ALTER TABLE issued_documents ADD COLUMN source_kind TEXT;
ALTER TABLE issued_documents ADD COLUMN source_id INTEGER;
CREATE INDEX issued_documents_by_source ON issued_documents (source_kind, source_id, status);
