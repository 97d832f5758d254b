-- An article's progress finds the events its claims joined through their claim ids: a verdict names only the last
-- claim of its run that changed the event (verification publishes one verdict per event and run).
CREATE INDEX event_claim_changes_by_claim ON event_claim_changes (generation, claim_id);
