package dev.chancery.ingestion.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a submission field by field, reporting every violation at once, and turns a valid one into the
 * {@link ArticleIngested} payload with its deterministic id. Plain Java: the clock and limits are given.
 */
public final class ArticleValidator {
    private final ArticleLimits limits;
    private final UrlNormaliser urls;
    private final Clock clock;

    public ArticleValidator(ArticleLimits limits, UrlNormaliser urls, Clock clock) {
        this.limits = limits;
        this.urls = urls;
        this.clock = clock;
    }

    /** The payload to store, or {@link ArticleRejectedException} listing what is wrong. */
    public ArticleIngested validate(ArticleSubmission s) {
        List<Violation> errors = new ArrayList<>();
        TextFields text = new TextFields(errors);
        String url = text.optional("url", s.url(), 2048);
        String normalizedUrl = url == null ? null : normaliseUrl(url, errors);
        String outlet = text.required("outlet", s.outlet(), 200);
        OutletKind kind = outletKind(s.outletKind(), errors);
        Instant publishedAt = new PublicationTime(clock, limits.maxFutureSkew()).parse(s.publishedAt(), errors);
        String language = language(s.language(), errors);
        String title = text.required("title", s.title(), 1000);
        String body = body(s.body(), text, errors);
        String author = text.optional("author", s.author(), 300);
        String dateline = text.optional("dateline", s.dateline(), 200);
        String originalOutlet = text.optional("originalOutlet", s.originalOutlet(), 200);
        if (!errors.isEmpty()) {
            throw new ArticleRejectedException(errors);
        }
        String bodySha256 = BodyFingerprint.sha256(body);
        return new ArticleIngested(ArticleIds.of(normalizedUrl, bodySha256).toString(), url, normalizedUrl, outlet,
                kind, originalOutlet, publishedAt, language, title, body, author, dateline, bodySha256);
    }

    private String normaliseUrl(String url, List<Violation> errors) {
        try {
            return urls.normalise(url);
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("url", "invalid-url", "'" + url + "' " + e.getMessage()));
            return null;
        }
    }

    private static OutletKind outletKind(String value, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation("outletKind", "missing", "is required (one of " + List.of(OutletKind.values()) + ")"));
            return null;
        }
        try {
            return OutletKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("outletKind", "unknown-outlet-kind",
                    "'" + value + "' is not one of " + List.of(OutletKind.values())));
            return null;
        }
    }

    private String language(String value, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation("language", "missing", "is required (ISO 639-1, one of " + limits.languages() + ")"));
            return null;
        }
        // "en-GB" and "en_US" are read as their primary language
        String primary = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!limits.languages().contains(primary)) {
            errors.add(new Violation("language", "unsupported-language",
                    "'" + value + "' is not supported; supported: " + limits.languages()));
            return null;
        }
        return primary;
    }

    private String body(String value, TextFields text, List<Violation> errors) {
        String body = text.required("body", value, Integer.MAX_VALUE);
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > limits.maxBodyBytes()) {
            errors.add(new Violation("body", Violation.TOO_LARGE,
                    "is larger than " + limits.maxBodyBytes() + " bytes (UTF-8)"));
            return null;
        }
        return body;
    }
}
