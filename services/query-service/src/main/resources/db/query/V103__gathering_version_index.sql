-- A gathering's invitations are cached per version of its events: the newest event_versions row id of the gathering
-- in the active generation. Writers of one generation take turns (an advisory lock held to commit), so its row ids
-- commit in increasing order and a new row always raises the maximum, found here in one index probe (the count it
-- replaces read every version of the gathering on every request).
CREATE INDEX event_versions_by_gathering_row ON event_versions (generation, gathering, row_id);
DROP INDEX event_versions_by_gathering;
