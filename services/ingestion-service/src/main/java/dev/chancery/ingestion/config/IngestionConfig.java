package dev.chancery.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/** Limits of the ingestion API and intake ({@code chancery.ingestion.*}); see docs/api-ingestion.md. */
@ConfigMapping(prefix = "chancery.ingestion")
public interface IngestionConfig {

    /** Largest article body, in UTF-8 bytes (413 beyond). */
    @WithDefault("204800")
    int maxArticleBodyBytes();

    /** Largest single-article request, and largest batch line, in bytes (413 beyond). */
    @WithDefault("262144")
    int maxRequestBytes();

    /** Most non-blank lines one batch may carry; later lines are not read. */
    @WithDefault("10000")
    int maxBatchLines();

    /** Largest batch request in bytes; keep {@code quarkus.http.limits.max-body-size} at least this. */
    @WithDefault("67108864")
    long maxBatchBytes();

    /** How far in the future a publication time may lie (clock skew, time zones). */
    @WithDefault("24h")
    Duration maxFutureSkew();

    /** ISO 639-1 codes the pipeline can read. */
    @WithDefault("en")
    Set<String> languages();
}
