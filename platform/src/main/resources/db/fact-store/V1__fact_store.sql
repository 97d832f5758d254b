-- The append-only fact store of one service, in that service's own schema (Flyway's default schema).

CREATE TABLE facts (
    position        BIGSERIAL PRIMARY KEY,
    stream_id       TEXT        NOT NULL,
    stream_version  BIGINT      NOT NULL,
    fact_id         UUID        NOT NULL UNIQUE,
    type            TEXT        NOT NULL,
    payload         JSONB       NOT NULL,
    correlation_id  UUID,
    causation_id    UUID,
    producer        TEXT        NOT NULL,
    valid_time      TIMESTAMPTZ,
    published_time  TIMESTAMPTZ,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT facts_stream_version_unique UNIQUE (stream_id, stream_version),
    CONSTRAINT facts_stream_version_positive CHECK (stream_version > 0)
);

CREATE INDEX facts_type_position ON facts (type, position);
CREATE INDEX facts_recorded_at ON facts (recorded_at);

-- Facts are immutable: corrections are new facts.
CREATE FUNCTION reject_fact_mutation() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'facts are immutable: % of fact % refused', TG_OP, OLD.fact_id
        USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER facts_immutable
    BEFORE UPDATE OR DELETE ON facts
    FOR EACH ROW EXECUTE FUNCTION reject_fact_mutation();

CREATE FUNCTION reject_fact_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'facts are immutable: TRUNCATE refused' USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER facts_no_truncate
    BEFORE TRUNCATE ON facts
    FOR EACH STATEMENT EXECUTE FUNCTION reject_fact_truncate();

-- Transactional outbox: written in the same transaction as the fact; the relay publishes in position order.
CREATE TABLE outbox (
    position   BIGINT PRIMARY KEY REFERENCES facts (position),
    topic      TEXT   NOT NULL,
    record_key TEXT   NOT NULL
);

-- The relay's progress, separate from the facts it publishes.
CREATE TABLE relay_checkpoint (
    relay      TEXT        PRIMARY KEY,
    position   BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Idempotent consumption: a fact id is recorded in the same transaction as the state change it caused.
CREATE TABLE processed_facts (
    consumer     TEXT        NOT NULL,
    fact_id      UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, fact_id)
);
