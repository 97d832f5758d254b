package dev.chancery.extraction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The extraction service's own settings ({@code chancery.extraction.*}). */
@ConfigMapping(prefix = "chancery.extraction")
public interface ExtractionConfig {

    /** auto: parse the trigger sentences the word-order rules are unsure of; off: rules only. */
    @WithDefault("auto")
    String parser();
}
