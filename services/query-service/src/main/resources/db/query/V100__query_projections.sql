-- Projections of the query service (schema query). Every projection row is versioned in transaction time:
-- recorded_from is the recordedAt of the fact that produced the version, recorded_to the recordedAt of the fact
-- that replaced it (NULL while current). A read as of T keeps rows with recorded_from <= T < recorded_to.
-- Every row also carries the generation of its projection: a rebuild writes generation N+1 while reads use the
-- active generation, then projection_state switches atomically.

CREATE TABLE projection_state (
    name                TEXT        PRIMARY KEY,
    active_generation   INT         NOT NULL,
    building_generation INT,
    state               TEXT        NOT NULL,
    facts_applied       BIGINT      NOT NULL DEFAULT 0,
    lag                 BIGINT      NOT NULL DEFAULT 0,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    error               TEXT
);

INSERT INTO projection_state (name, active_generation, state)
VALUES ('articles', 1, 'LIVE'), ('claims', 1, 'LIVE'), ('events', 1, 'LIVE');

-- Idempotent consumption: written in the same transaction as the projection change it caused.
CREATE TABLE processed_facts (
    projection   TEXT        NOT NULL,
    generation   INT         NOT NULL,
    fact_id      UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, generation, fact_id)
);

CREATE TABLE articles (
    row_id        BIGSERIAL   PRIMARY KEY,
    generation    INT         NOT NULL,
    article_id    TEXT        NOT NULL,
    fact_id       UUID        NOT NULL,
    outlet        TEXT,
    outlet_kind   TEXT,
    url           TEXT,
    title         TEXT,
    published_at  TIMESTAMPTZ,
    recorded_from TIMESTAMPTZ NOT NULL,
    recorded_to   TIMESTAMPTZ
);
CREATE INDEX articles_by_id ON articles (generation, article_id, recorded_from);

CREATE TABLE claims (
    row_id            BIGSERIAL   PRIMARY KEY,
    generation        INT         NOT NULL,
    claim_id          TEXT        NOT NULL,
    article_id        TEXT        NOT NULL,
    fact_id           UUID        NOT NULL,
    extractor_version TEXT,
    type              TEXT        NOT NULL,
    gathering         TEXT,
    actor_keys        TEXT        NOT NULL,
    sentence          TEXT,
    payload           TEXT        NOT NULL,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ
);
CREATE INDEX claims_by_id ON claims (generation, claim_id, recorded_from);
CREATE INDEX claims_by_article ON claims (generation, article_id);

CREATE TABLE extractions (
    row_id            BIGSERIAL   PRIMARY KEY,
    generation        INT         NOT NULL,
    article_id        TEXT        NOT NULL,
    fact_id           UUID        NOT NULL,
    extractor_version TEXT        NOT NULL,
    claim_count       INT         NOT NULL,
    supersedes        TEXT,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ
);
CREATE INDEX extractions_by_article ON extractions (generation, article_id, extractor_version);

-- One row per verdict fact (EventVerified = revision 1, VerdictRevised = 2..): the event's versions.
CREATE TABLE event_versions (
    row_id           BIGSERIAL   PRIMARY KEY,
    generation       INT         NOT NULL,
    event_id         TEXT        NOT NULL,
    revision         INT         NOT NULL,
    fact_id          UUID        NOT NULL,
    fact_type        TEXT        NOT NULL,
    event_type       TEXT        NOT NULL,
    gathering        TEXT,
    date_start       DATE,
    date_end         DATE,
    actor_keys       TEXT        NOT NULL,
    verdict          TEXT        NOT NULL,
    invitation_state TEXT,
    state_verdict    TEXT,
    payload          TEXT        NOT NULL,
    recorded_from    TIMESTAMPTZ NOT NULL,
    recorded_to      TIMESTAMPTZ
);
CREATE INDEX event_versions_by_id ON event_versions (generation, event_id, recorded_from);
CREATE INDEX event_versions_by_gathering ON event_versions (generation, gathering);
CREATE INDEX event_versions_by_type ON event_versions (generation, event_type);

-- Verdict and invitation changes for the SSE stream; seq is the SSE event id (Last-Event-ID resumes after it).
CREATE TABLE changes (
    seq         BIGSERIAL   PRIMARY KEY,
    kind        TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    fact_id     UUID        NOT NULL,
    data        TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT changes_once UNIQUE (kind, fact_id)
);
