-- Ingestion no longer consumes chancery.claims.v1 and chancery.verdicts.v2: an article's progress is the query
-- service's (GET /api/v1/articles/{id}/progress there), so data flows one way. Its two tables go; the rows of
-- processed_facts under the consumer 'ingestion-progress' go with them.
DROP TABLE article_extraction;
DROP TABLE article_verdict;
DELETE FROM processed_facts WHERE consumer = 'ingestion-progress';
