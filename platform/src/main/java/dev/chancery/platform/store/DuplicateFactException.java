package dev.chancery.platform.store;

import java.util.UUID;

/** A fact with this id is already stored: deterministic ids make a retry land here. */
public class DuplicateFactException extends RuntimeException {
    private final UUID factId;

    public DuplicateFactException(UUID factId) {
        super("fact " + factId + " is already stored");
        this.factId = factId;
    }

    public UUID factId() {
        return factId;
    }
}
