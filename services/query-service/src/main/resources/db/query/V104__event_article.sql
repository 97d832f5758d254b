-- The article a verdict fact is about: its correlation id (the first fact of its causal chain, the ArticleIngested
-- whose claim triggered the verdict), for an article's progress. Versions written before this migration have none
-- until a rebuild of the events projection writes them again.
ALTER TABLE event_versions ADD COLUMN article_id TEXT;
CREATE INDEX event_versions_by_article ON event_versions (generation, article_id);
