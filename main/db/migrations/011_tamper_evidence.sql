-- Tamper evidence for the records, not only for the log (issue #17). An audit entry may carry the
-- digests of the records it vouches for (a case's data, a signed round's findings, an issued
-- paper's data, number and hashes), computed from the live rows when the entry is written; the
-- entry's hash covers them, so a record edited outside the app no longer matches its chain.
ALTER TABLE audit_log ADD COLUMN seal_json TEXT CHECK (seal_json IS NULL OR json_valid(seal_json));
