-- Verification's working state: the current state of every diplomatic event (the facts are in `facts`).
CREATE TABLE events (
    event_id    TEXT PRIMARY KEY,
    cluster_key TEXT        NOT NULL,
    span_start  DATE,
    span_end    DATE,
    revision    INT         NOT NULL,
    state       JSONB       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX events_key_span ON events (cluster_key, span_start, span_end);

-- Which events hold claims of which article, to find them when a newer extractor supersedes the article's claims.
CREATE TABLE event_citations (
    article_id TEXT NOT NULL,
    event_id   TEXT NOT NULL REFERENCES events (event_id),
    PRIMARY KEY (article_id, event_id)
);

-- Extractor versions whose claims of an article were superseded: late claims of those versions are ignored.
CREATE TABLE superseded_extractions (
    article_id        TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    PRIMARY KEY (article_id, extractor_version)
);
