-- The relay reads the facts table itself, after its checkpoint, in position order: appends are serialised by the
-- store's advisory lock, so positions commit in order and no fact can appear behind the checkpoint. The outbox rows
-- only repeated what a fact row holds (its topic follows from its type, its key is its stream), so each append
-- wrote every fact twice. The traceparent moves onto the fact; facts appended before this version have none.
ALTER TABLE facts ADD COLUMN trace_parent TEXT;
DROP TABLE outbox;
