package dev.chancery.query.messaging;

import io.vertx.pgclient.PgException;

import java.util.concurrent.CompletionException;

/**
 * Whether a fact failed for a reason of its own, so that applying it again would fail again: PostgreSQL refuses
 * its row (data exception or integrity constraint violation, SQLSTATE classes 22 and 23), or it cannot be mapped
 * to one. Anything else (connection lost, timeout, deadlock) may pass on another try.
 */
final class Refusals {
    private Refusals() {
    }

    static boolean isRefusal(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            return state != null && (state.startsWith("22") || state.startsWith("23"));
        }
        return t instanceof NullPointerException || t instanceof IllegalArgumentException
                || t instanceof ClassCastException;
    }
}
