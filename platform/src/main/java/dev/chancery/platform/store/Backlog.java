package dev.chancery.platform.store;

import java.time.Duration;
import java.time.Instant;

/**
 * What waits in the outbox: how many positions past the relay's checkpoint, and how long the oldest of them has
 * waited since it was recorded.
 */
public record Backlog(long facts, Duration age) {
    public static final Backlog EMPTY = new Backlog(0, Duration.ZERO);

    /**
     * @param newest the outbox's newest position, null when it is empty
     * @param oldest when the first fact past the checkpoint was recorded, null when there is none
     */
    public static Backlog of(long checkpoint, Long newest, Instant oldest, Instant now) {
        if (newest == null || newest <= checkpoint || oldest == null) {
            return EMPTY;
        }
        Duration age = Duration.between(oldest, now);
        return new Backlog(newest - checkpoint, age.isNegative() ? Duration.ZERO : age);
    }

    public double ageSeconds() {
        return age.toNanos() / 1e9;
    }
}
