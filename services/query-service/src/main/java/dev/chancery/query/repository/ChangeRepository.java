package dev.chancery.query.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Appends to the change log behind the SSE stream (once per kind and fact). */
@ApplicationScoped
public class ChangeRepository {

    public Uni<Integer> append(String kind, String eventId, UUID factId, String data, Instant recordedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO {h-schema}changes (kind, event_id, fact_id, data, recorded_at) VALUES (:k, :e, :f, :d, :r)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("k", kind).setParameter("e", eventId).setParameter("f", factId)
                .setParameter("d", data).setParameter("r", recordedAt).executeUpdate());
    }
}
