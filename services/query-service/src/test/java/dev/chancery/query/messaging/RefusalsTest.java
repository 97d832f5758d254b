package dev.chancery.query.messaging;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    @Test
    void onlyFailuresOfTheFactItselfAreRefusals() {
        assertThat(Refusals.isRefusal(pg("23502"))).isTrue();
        assertThat(Refusals.isRefusal(pg("22001"))).isTrue();
        assertThat(Refusals.isRefusal(new CompletionException(pg("23505")))).isTrue();
        assertThat(Refusals.isRefusal(new NullPointerException())).isTrue();
        assertThat(Refusals.isRefusal(pg("40P01"))).isFalse();
        assertThat(Refusals.isRefusal(pg("57P01"))).isFalse();
        assertThat(Refusals.isRefusal(new IllegalStateException("connection closed"))).isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("failed", "ERROR", sqlState, null);
    }
}
