-- Issue #20 (annual report): the penalty as the 行政执法机关负责人 decided it. Until now a decision
-- recorded only agree/disagree, its number and date; the annual report counts penalties by kind and
-- 罚没金额 from the decisions, so the decided kinds and amounts are kept on the decision itself.
-- NULL on a decision that does not agree. Decisions recorded before this migration agreed to the
-- proposal that passed the review (review_rounds.decision_json), so that proposal is what they
-- decided: it is copied once here (the append-only guard is lifted for this one statement only).

ALTER TABLE review_decisions ADD COLUMN decided_penalty_kinds TEXT
  CHECK (decided_penalty_kinds IS NULL OR (json_valid(decided_penalty_kinds) AND json_type(decided_penalty_kinds) = 'array'));
ALTER TABLE review_decisions ADD COLUMN decided_fine_fen INTEGER CHECK (decided_fine_fen IS NULL OR decided_fine_fen >= 0);
ALTER TABLE review_decisions ADD COLUMN decided_gains_fen INTEGER CHECK (decided_gains_fen IS NULL OR decided_gains_fen >= 0);
ALTER TABLE review_decisions ADD COLUMN decided_property_fen INTEGER
  CHECK (decided_property_fen IS NULL OR decided_property_fen >= 0);

DROP TRIGGER review_decisions_no_update;

UPDATE review_decisions
SET decided_penalty_kinds = coalesce(
      (SELECT json_extract(r.decision_json, '$.penaltyKinds') FROM review_rounds r WHERE r.id = review_decisions.round_id),
      '[]'),
    decided_fine_fen = coalesce(
      (SELECT json_extract(r.decision_json, '$.fineFen') FROM review_rounds r WHERE r.id = review_decisions.round_id), 0),
    decided_gains_fen = coalesce(
      (SELECT json_extract(r.decision_json, '$.illegalGainsFen') FROM review_rounds r WHERE r.id = review_decisions.round_id),
      0),
    decided_property_fen = coalesce(
      (SELECT json_extract(r.decision_json, '$.illegalPropertyFen') FROM review_rounds r WHERE r.id = review_decisions.round_id),
      0)
WHERE agrees = 1;

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN
  SELECT RAISE(ABORT, 'a recorded decision is never changed');
END;

-- The annual report reads decisions by date.
CREATE INDEX review_decisions_by_date ON review_decisions (decision_date) WHERE agrees = 1;
