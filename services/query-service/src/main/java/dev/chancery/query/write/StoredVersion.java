package dev.chancery.query.write;

import dev.chancery.query.projection.Versioned;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a projection record as the batched writer places it: the record, its generation and fact, and
 * its transaction-time interval, whose end placing may move ({@link #closeAt}). {@code rowId} is set for versions
 * read back from the table, null for new ones.
 */
final class StoredVersion<F> implements Versioned {
    final Long rowId;
    final int generation;
    final UUID factId;
    final F fields;
    private final Instant recordedFrom;
    private Instant recordedTo;

    StoredVersion(Long rowId, int generation, UUID factId, F fields, Instant recordedFrom, Instant recordedTo) {
        this.rowId = rowId;
        this.generation = generation;
        this.factId = factId;
        this.fields = fields;
        this.recordedFrom = recordedFrom;
        this.recordedTo = recordedTo;
    }

    @Override
    public Instant recordedFrom() {
        return recordedFrom;
    }

    @Override
    public Instant recordedTo() {
        return recordedTo;
    }

    @Override
    public void closeAt(Instant instant) {
        recordedTo = instant;
    }
}
