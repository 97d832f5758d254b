package dev.chancery.platform.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.model.json.ChanceryJson;
import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Maps fact rows to envelopes and back; the columns are those of {@code V1__fact_store.sql}. */
final class FactRows {
    /** The columns of a fact, selected from the facts table aliased {@code f}. */
    static final String COLUMNS = "f.position, f.stream_id, f.stream_version, f.fact_id, f.type, "
            + "f.payload::text AS payload, f.correlation_id, f.causation_id, f.producer, f.valid_time, "
            + "f.published_time, f.recorded_at";

    private FactRows() {
    }

    static FactEnvelope<FactPayload> toEnvelope(Row row) {
        FactType type = FactType.named(row.getString("type"));
        FactPayload payload;
        try {
            payload = ChanceryJson.mapper().readValue(row.getString("payload"), type.payloadClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of fact " + row.getUUID("fact_id") + " is unreadable", e);
        }
        return new FactEnvelope<>(row.getUUID("fact_id"), type, row.getString("stream_id"),
                row.getLong("stream_version"), row.getLong("position"), row.getUUID("correlation_id"),
                row.getUUID("causation_id"), instant(row.getOffsetDateTime("valid_time")),
                instant(row.getOffsetDateTime("published_time")), instant(row.getOffsetDateTime("recorded_at")),
                row.getString("producer"), payload);
    }

    /** The envelope of a row without its payload (null), for the relay, which sends the stored JSON as it is. */
    static FactEnvelope<FactPayload> toHeaderEnvelope(Row row) {
        return new FactEnvelope<>(row.getUUID("fact_id"), FactType.named(row.getString("type")),
                row.getString("stream_id"), row.getLong("stream_version"), row.getLong("position"),
                row.getUUID("correlation_id"), row.getUUID("causation_id"),
                instant(row.getOffsetDateTime("valid_time")), instant(row.getOffsetDateTime("published_time")),
                instant(row.getOffsetDateTime("recorded_at")), row.getString("producer"), null);
    }

    static List<FactEnvelope<FactPayload>> envelopes(Iterable<Row> rows) {
        List<FactEnvelope<FactPayload>> out = new ArrayList<>();
        rows.forEach(r -> out.add(toEnvelope(r)));
        return out;
    }

    static String payloadJson(FactPayload payload) {
        try {
            return ChanceryJson.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
