-- The article listing as ingestion's own read model: one row per ArticleIngested fact, written in the transaction
-- that appends the fact, so the listing no longer reads the fact store's table and its JSON.

CREATE TABLE article_listing (
    article_id     UUID        PRIMARY KEY,
    position       BIGINT      NOT NULL,
    url            TEXT,
    outlet         TEXT,
    outlet_kind    TEXT,
    title          TEXT,
    language       TEXT,
    published_time TIMESTAMPTZ,
    recorded_at    TIMESTAMPTZ NOT NULL
);

-- Articles stored before this migration (the last read of the facts' JSON).
INSERT INTO article_listing (article_id, position, url, outlet, outlet_kind, title, language, published_time,
                             recorded_at)
SELECT fact_id, position, payload ->> 'url', payload ->> 'outlet', payload ->> 'outletKind', payload ->> 'title',
       payload ->> 'language', published_time, recorded_at
FROM facts WHERE type = 'ArticleIngested';

-- Newest first, optionally by outlet (as the facts' partial indexes of V100 did, which nothing reads any more).
CREATE INDEX article_listing_published ON article_listing (published_time DESC, position DESC);
CREATE INDEX article_listing_outlet_published ON article_listing (lower(outlet), published_time DESC, position DESC);
DROP INDEX facts_articles_published;
DROP INDEX facts_articles_outlet_published;
