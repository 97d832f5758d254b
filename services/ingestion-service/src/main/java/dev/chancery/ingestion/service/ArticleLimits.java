package dev.chancery.ingestion.service;

import java.time.Duration;
import java.util.Set;

/**
 * What an article may be.
 *
 * @param maxBodyBytes   largest body in UTF-8 bytes
 * @param maxFutureSkew  how far past now a publication time may lie
 * @param languages      supported ISO 639-1 codes, lower case
 */
public record ArticleLimits(int maxBodyBytes, Duration maxFutureSkew, Set<String> languages) {

    /** The documented defaults: 200 KB bodies, one day of skew, English. */
    public static ArticleLimits defaults() {
        return new ArticleLimits(200 * 1024, Duration.ofDays(1), Set.of("en"));
    }
}
