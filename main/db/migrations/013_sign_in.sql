-- Sign-in (issue #14): each person's secret as a slow salted hash, who administers the office's
-- settings, and the lock after too many wrong tries. Owned by main/core/session/access-store.ts.
CREATE TABLE staff_access (
  staff_id INTEGER PRIMARY KEY REFERENCES staff (id),
  -- NULL: by role (a head administers unless the office says otherwise).
  admin INTEGER CHECK (admin IN (0, 1)),
  -- "scrypt$N$r$p$salt$hash" (base64); NULL until the person is given a secret.
  secret_hash TEXT,
  secret_set_at TEXT,
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until TEXT
) STRICT;

-- The old global "当前使用人" is replaced by per-window sessions.
DELETE FROM settings WHERE key = 'operator.staffId';
