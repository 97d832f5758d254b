-- Ingestion's own tables, beside the platform's fact store (V1) in the same schema.

-- Progress of each article through extraction, from ArticleExtracted facts on chancery.claims.v1.
-- One row per article: the latest extraction (a newer extractor version supersedes the older one).
CREATE TABLE article_extraction (
    article_id        UUID        PRIMARY KEY,
    extractor_version TEXT        NOT NULL,
    claim_count       INT         NOT NULL,
    fact_id           UUID        NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL
);

-- Verdicts on diplomatic events triggered by an article's claims, from EventVerified and VerdictRevised on
-- chancery.verdicts.v1 (their correlation id is the article id). One row per (article, event): the latest revision.
CREATE TABLE article_verdict (
    article_id  UUID        NOT NULL,
    event_id    TEXT        NOT NULL,
    revision    INT         NOT NULL,
    verdict     TEXT,
    fact_id     UUID        NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

-- The article listing: newest first, optionally by outlet.
CREATE INDEX facts_articles_published ON facts (published_time DESC, position DESC)
    WHERE type = 'ArticleIngested';
CREATE INDEX facts_articles_outlet_published ON facts (lower(payload ->> 'outlet'), published_time DESC, position DESC)
    WHERE type = 'ArticleIngested';
