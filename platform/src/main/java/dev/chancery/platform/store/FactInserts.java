package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.store.AppendPlan.Versioned;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes planned facts with one statement (arrays unnested in input order), each with the traceparent it was appended
 * under, and turns unique violations into the store's exceptions. The facts table is also the relay's outbox.
 */
final class FactInserts {
    private final String insertFacts;
    private final String producer;

    FactInserts(String factsTable, String producer) {
        // Ordered by ordinality so that the positions (BIGSERIAL) follow the input order.
        this.insertFacts = "INSERT INTO " + factsTable + " AS f (stream_id, stream_version, fact_id, type, payload,"
                + " correlation_id, causation_id, producer, valid_time, published_time, trace_parent)"
                + " SELECT stream_id, stream_version, fact_id, type, payload::jsonb, correlation_id, causation_id,"
                + " producer, valid_time, published_time, trace_parent FROM unnest($1::text[], $2::bigint[],"
                + " $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::timestamptz[],"
                + " $10::timestamptz[], $11::text[])"
                + " WITH ORDINALITY AS t(stream_id, stream_version, fact_id, type, payload, correlation_id,"
                + " causation_id, producer, valid_time, published_time, trace_parent, ord) ORDER BY ord"
                + " RETURNING f.position, f.fact_id, f.recorded_at";
        this.producer = producer;
    }

    /** @return the facts as stored, in the order planned */
    Uni<List<FactEnvelope<FactPayload>>> insert(SqlConnection conn, List<Versioned> planned,
            Function<FactEnvelope<?>, String> traceParents) {
        if (planned.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(insertFacts).execute(factColumns(planned, traceParents))
                .onFailure(PgException.class).transform(e -> translate((PgException) e, planned))
                .map(rows -> asStored(rows, planned));
    }

    private Tuple factColumns(List<Versioned> planned, Function<FactEnvelope<?>, String> traceParents) {
        int n = planned.size();
        String[] streams = new String[n], types = new String[n], payloads = new String[n], producers = new String[n];
        String[] parents = new String[n];
        Long[] versions = new Long[n];
        UUID[] ids = new UUID[n], correlations = new UUID[n], causations = new UUID[n];
        OffsetDateTime[] valid = new OffsetDateTime[n], published = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            FactEnvelope<?> fact = planned.get(i).fact();
            streams[i] = fact.streamId();
            versions[i] = planned.get(i).version();
            ids[i] = fact.factId();
            types[i] = fact.type().typeName();
            payloads[i] = FactRows.payloadJson(fact.payload());
            correlations[i] = fact.correlationId();
            causations[i] = fact.causationId();
            producers[i] = fact.producer() != null ? fact.producer() : producer;
            valid[i] = FactRows.offset(fact.validTime());
            published[i] = FactRows.offset(fact.publishedTime());
            parents[i] = traceParents.apply(fact);
        }
        return Tuple.tuple().addArrayOfString(streams).addArrayOfLong(versions).addArrayOfUUID(ids)
                .addArrayOfString(types).addArrayOfString(payloads).addArrayOfUUID(correlations)
                .addArrayOfUUID(causations).addArrayOfString(producers).addArrayOfOffsetDateTime(valid)
                .addArrayOfOffsetDateTime(published).addArrayOfString(parents);
    }

    // RETURNING promises no order, so the rows are matched to the plan by fact id (unique once inserted). Only what
    // the store assigns comes back: the payload is the one just written, so it is neither sent back nor parsed again.
    private List<FactEnvelope<FactPayload>> asStored(Iterable<Row> rows, List<Versioned> planned) {
        Map<UUID, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getUUID("fact_id"), r));
        List<FactEnvelope<FactPayload>> out = new ArrayList<>(planned.size());
        for (Versioned p : planned) {
            FactEnvelope<?> fact = p.fact();
            Row row = byId.get(fact.factId());
            // times as the column keeps them: the client sends microseconds, dropping the rest
            out.add(new FactEnvelope<>(fact.factId(), fact.type(), fact.streamId(), p.version(), row.getLong("position"),
                    fact.correlationId(), fact.causationId(), micros(fact.validTime()), micros(fact.publishedTime()),
                    FactRows.instant(row.getOffsetDateTime("recorded_at")),
                    fact.producer() != null ? fact.producer() : producer, (FactPayload) fact.payload()));
        }
        return out;
    }

    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /** The violation's detail names the key; the first planned fact it names is the one sequential appends stop at. */
    private static Throwable translate(PgException e, List<Versioned> planned) {
        if (!"23505".equals(e.getSqlState())) {
            return e;
        }
        String detail = e.getDetail() != null ? e.getDetail() : "";
        boolean factId = e.getConstraint() != null && e.getConstraint().contains("fact_id");
        for (Versioned p : planned) {
            FactEnvelope<?> fact = p.fact();
            if (factId && detail.contains(fact.factId().toString())) {
                return new DuplicateFactException(fact.factId());
            }
            if (!factId && detail.contains("(" + fact.streamId() + ", " + p.version() + ")")) {
                return versionTaken(fact, p.version());
            }
        }
        Versioned first = planned.get(0);
        return factId ? new DuplicateFactException(first.fact().factId()) : versionTaken(first.fact(), first.version());
    }

    private static WrongExpectedVersionException versionTaken(FactEnvelope<?> fact, long version) {
        return new WrongExpectedVersionException(fact.streamId(), ExpectedVersion.exactly(version - 1), version);
    }
}
