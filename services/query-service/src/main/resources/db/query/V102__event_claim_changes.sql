-- The claims behind each event version. A VerdictRevised of chancery.verdicts.v2 names only the claims that joined
-- or left the event, so the claims of a version are folded from this table: one row per claim that joins, leaves
-- or changes side at a revision (EventVerified is revision 1), stance FOR or AGAINST, NULL when the claim left.
-- The claims of event e at revision r are, per claim, its row with the largest revision <= r whose stance is not
-- NULL. Rows are only ever inserted, once (ON CONFLICT DO NOTHING), whatever order the revisions arrive in.
CREATE TABLE event_claim_changes (
    generation INT  NOT NULL,
    event_id   TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    revision   INT  NOT NULL,
    stance     TEXT CHECK (stance IN ('FOR', 'AGAINST')),
    PRIMARY KEY (generation, event_id, claim_id, revision)
);

-- The events projection now follows chancery.verdicts.v2 from its beginning (a new topic, so the consumer group
-- starts at its earliest offset): versions projected from chancery.verdicts.v1 carry payloads the v2 reader does
-- not understand and would sit next to their v2 twins, so they go, with the record of the facts applied.
DELETE FROM event_versions;
DELETE FROM processed_facts WHERE projection = 'events';
