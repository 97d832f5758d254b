package dev.chancery.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of projection rebuilds ({@code chancery.query.rebuild.*}). */
@ConfigMapping(prefix = "chancery.query.rebuild")
public interface RebuildConfig {

    /** Records per poll of the topic; each poll is applied in one transaction, so this bounds both. */
    @WithDefault("500")
    int maxBatch();

    /**
     * Bytes a rebuild consumer fetches at once (also per partition): what it buffers ahead of the batch being
     * applied. Small, since three rebuilds and the live consumers share the heap during a rebuild.
     */
    @WithDefault("1048576")
    int fetchMaxBytes();
}
