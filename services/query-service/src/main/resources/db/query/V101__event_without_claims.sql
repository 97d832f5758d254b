-- Verification publishes a revision with no verdict when every claim left an event (moved or superseded):
-- that version is history, never a current answer.
ALTER TABLE event_versions ALTER COLUMN verdict DROP NOT NULL;
