package dev.chancery.verification.repository;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the {@link EventStateCache} ({@code chancery.verification.state-cache.*}). */
@ConfigMapping(prefix = "chancery.verification.state-cache")
public interface StateCacheConfig {

    /** How many events (state and claims) the cache holds at most; the least recently used one goes first. */
    @WithDefault("2000")
    int maxEvents();
}
