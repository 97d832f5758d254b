package dev.chancery.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of a service's fact store and outbox relay ({@code chancery.*}). */
@ConfigMapping(prefix = "chancery")
public interface StoreConfig {

    /** The PostgreSQL schema that holds this service's facts (also Flyway's schema). */
    String schema();

    /** The producing service's name and version, written on every fact ({@code ce_source}). */
    String producer();

    Relay relay();

    interface Relay {
        /** Whether this instance publishes the outbox (replicas coordinate through a row lock). */
        @WithDefault("true")
        boolean enabled();

        /** Pause after a round that found less than a full batch (so at most this long before a fact is sent). */
        @WithDefault("50ms")
        Duration interval();

        /** Facts published per round trip. */
        @WithDefault("500")
        int batchSize();
    }
}
