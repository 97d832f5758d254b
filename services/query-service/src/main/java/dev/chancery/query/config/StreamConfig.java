package dev.chancery.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the SSE change stream ({@code chancery.query.stream.*}). */
@ConfigMapping(prefix = "chancery.query.stream")
public interface StreamConfig {

    /** How often a connected stream looks for new changes. */
    @WithDefault("500ms")
    Duration poll();

    /** Changes read per poll. */
    @WithDefault("200")
    int batch();
}
