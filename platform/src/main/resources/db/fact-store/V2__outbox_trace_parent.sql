-- The W3C traceparent of the span a fact was appended under (null when tracing is off): the relay publishes the fact
-- under it, so a trace continues across the outbox (docs/architecture.md, "Tracing and metrics").
ALTER TABLE outbox ADD COLUMN trace_parent TEXT;
