package dev.chancery.query.read;

import dev.chancery.query.projection.Versioned;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * What every projection row shares: its projection generation, the fact it came from, and the transaction-time
 * interval {@code [recorded_from, recorded_to)} during which it was the current version.
 */
@MappedSuperclass
public abstract class VersionedRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long rowId;
    public int generation;
    public UUID factId;
    public Instant recordedFrom;
    public Instant recordedTo;

    /** True when this version was the current one at {@code asOf}. */
    public boolean currentAt(Instant asOf) {
        return Versioned.covers(recordedFrom, recordedTo, asOf);
    }
}
