-- The claims of each event as rows, so that a batch writes only the claims that joined or left an event instead of
-- rewriting its whole state; events.state keeps everything else (its "claims" is always []). An event's claims are
-- sorted by claim id, so reads order the rows by claim_id (COLLATE "C": byte order, as Java compares ids).
CREATE TABLE event_claims (
    event_id TEXT  NOT NULL,
    claim_id TEXT  NOT NULL,
    summary  JSONB NOT NULL,
    PRIMARY KEY (event_id, claim_id)
);

INSERT INTO event_claims (event_id, claim_id, summary)
SELECT e.event_id, c.summary ->> 'claimId', c.summary
FROM events e, jsonb_array_elements(e.state -> 'claims') AS c(summary)
ON CONFLICT DO NOTHING;

UPDATE events SET state = jsonb_set(state, '{claims}', '[]'::jsonb) WHERE state -> 'claims' <> '[]'::jsonb;

-- A random token set by every write: a cached state is used only while its row still carries the token it was read
-- or written with (a rolled-back write leaves a token that no committed row has).
ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
