package dev.chancery.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of projection rebuilds ({@code chancery.query.rebuild.*}). */
@ConfigMapping(prefix = "chancery.query.rebuild")
public interface RebuildConfig {

    /** Records per poll of the topic; each poll is applied in one transaction, so this bounds both. */
    @WithDefault("500")
    int maxBatch();
}
