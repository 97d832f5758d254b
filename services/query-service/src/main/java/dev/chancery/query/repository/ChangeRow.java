package dev.chancery.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A verdict or invitation change for the SSE stream; {@code seq} is the SSE event id. */
@Entity
@Table(name = "changes")
public class ChangeRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public String kind;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "fact_id")
    public UUID factId;
    public String data;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
