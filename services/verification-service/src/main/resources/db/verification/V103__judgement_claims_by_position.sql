-- An event's judgement names its claims by position in the event's claims (JudgementClaims: f for, a against, - neither,
-- one character per claim in claim id order) instead of by id in the state's JSON, where its lists grew by about
-- 40 bytes a claim and were written again by every run of claims that changed the event. Null: the lists are in the
-- state (rows written before this column, or lists that cannot be told by position).
ALTER TABLE events ADD COLUMN judgement_claims TEXT;
