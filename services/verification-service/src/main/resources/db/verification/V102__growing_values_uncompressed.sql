-- An event's state (its judgement names every supporting claim) and a verdict's payload grow with the event, and a
-- run of claims that changes a large event writes them again. PostgreSQL's default compression (pglz, the only
-- method this server build has) saved a quarter of their size for about 16 ms of CPU per MB compressed (measured
-- on the bench's events); with EXTERNAL, large values stay out of line, uncompressed: the database's CPU per article
-- in the bench's e2e phase fell from 8.7 to 7.6 ms, its WAL grew from 4.5 to 5.5 MB/s. Values written from now on.
ALTER TABLE events ALTER COLUMN state SET STORAGE EXTERNAL;
ALTER TABLE facts ALTER COLUMN payload SET STORAGE EXTERNAL;
