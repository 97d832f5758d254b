-- A verdict's payload grows with its event (its rationale, the claims that changed), and every version of an event
-- stores one. PostgreSQL's default compression (pglz, the only method this server build has) saved a quarter of
-- such values for about 16 ms of CPU per MB compressed; EXTERNAL keeps large values out of line, uncompressed
-- (bench/README.md, twelfth round). Values written from now on.
ALTER TABLE event_versions ALTER COLUMN payload SET STORAGE EXTERNAL;
