package dev.chancery.ingestion.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ArticleValidatorTest {
    private static final Instant NOW = Instant.parse("2026-01-20T12:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(ArticleLimits.defaults(), new UrlNormaliser(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    static ArticleSubmission valid() {
        return new ArticleSubmission("https://paper.example.net/politics/envoys-meet?utm_source=feed", "Example Paper",
                "newspaper", "2026-01-20T08:15:00+01:00", "en", "Envoys meet ahead of the spring summit",
                "Two envoys met on Monday to prepare the agenda of the spring summit.", null, "LISBON", null);
    }

    @Test
    void aValidSubmissionBecomesAnArticleWithADeterministicId() {
        ArticleIngested article = validator.validate(valid());
        assertThat(article.normalizedUrl()).isEqualTo("https://paper.example.net/politics/envoys-meet");
        assertThat(article.outletKind()).isEqualTo(OutletKind.NEWSPAPER);
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-01-20T07:15:00Z"));
        assertThat(article.articleId()).isEqualTo(ArticleIds.of(article.normalizedUrl(), null).toString());
        assertThat(article.bodySha256()).isEqualTo(BodyFingerprint.sha256(article.body()));
        assertThat(validator.validate(valid())).isEqualTo(article);
    }

    @Test
    void withoutAUrlTheIdComesFromTheNormalisedBody() {
        ArticleIngested plain = validator.validate(with(s -> s.url(null).body("Two envoys met on Monday.")));
        ArticleIngested shouted = validator.validate(with(s -> s.url(" ").body("  TWO envoys   met on MONDAY. ")));
        assertThat(plain.url()).isNull();
        assertThat(plain.articleId()).isEqualTo(shouted.articleId())
                .isEqualTo(ArticleIds.of(null, BodyFingerprint.sha256("two envoys met on monday.")).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void reportsEachViolationByFieldAndCode(String name, UnaryOperator<Builder> change, String field, String code,
            int status) {
        ArticleRejectedException e = catchThrowableOfType(ArticleRejectedException.class,
                () -> validator.validate(with(change)));
        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(field, code));
        assertThat(e.problem().status()).isEqualTo(status);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments("missing body", op(s -> s.body(null)), "body", "missing", 400),
                arguments("blank body", op(s -> s.body(" \n\t ")), "body", "empty", 400),
                arguments("missing title", op(s -> s.title(null)), "title", "missing", 400),
                arguments("missing outlet", op(s -> s.outlet("")), "outlet", "empty", 400),
                arguments("unknown outlet kind", op(s -> s.outletKind("blog")), "outletKind", "unknown-outlet-kind", 400),
                arguments("unparseable date", op(s -> s.publishedAt("20 January 2026")), "publishedAt", "unparseable-date", 400),
                arguments("date without offset", op(s -> s.publishedAt("2026-01-20T08:00:00")), "publishedAt", "unparseable-date", 400),
                arguments("date only", op(s -> s.publishedAt("2026-01-20")), "publishedAt", "unparseable-date", 400),
                arguments("two days ahead", op(s -> s.publishedAt("2026-01-22T12:00:01Z")), "publishedAt", "published-in-future", 400),
                arguments("unsupported language", op(s -> s.language("fr")), "language", "unsupported-language", 400),
                arguments("missing language", op(s -> s.language(null)), "language", "missing", 400),
                arguments("relative url", op(s -> s.url("/politics/envoys-meet")), "url", "invalid-url", 400),
                arguments("title too long", op(s -> s.title("t".repeat(1001))), "title", "too-long", 400),
                arguments("NUL in the title", op(s -> s.title("Envoys\u0000 meet")), "title", "invalid-characters", 400),
                arguments("NUL in the url", op(s -> s.url("https://paper.example.net/a\u0000")), "url", "invalid-characters", 400),
                arguments("lone high surrogate", op(s -> s.body("Envoys \ud800 met.")), "body", "invalid-characters", 400),
                arguments("lone low surrogate", op(s -> s.outlet("\udc00Paper")), "outlet", "invalid-characters", 400),
                arguments("reversed pair", op(s -> s.title("\udc00\ud800")), "title", "invalid-characters", 400),
                arguments("oversize body", op(s -> s.body("é".repeat(102_401))), "body", "too-large", 413));
    }

    @Test
    void acceptsTheEdgesOfTheLimits() {
        assertThat(validator.validate(with(s -> s.publishedAt("2026-01-21T12:00:00Z"))).publishedAt())
                .isEqualTo(Instant.parse("2026-01-21T12:00:00Z"));
        assertThat(validator.validate(with(s -> s.body("a".repeat(200 * 1024)))).body()).hasSize(200 * 1024);
        assertThat(validator.validate(with(s -> s.language("EN-gb"))).language()).isEqualTo("en");
        assertThat(validator.validate(with(s -> s.title("Envoys meet \ud83d\ude00\tagain"))).title())
                .isEqualTo("Envoys meet \ud83d\ude00\tagain");
        assertThat(validator.validate(with(s -> s.outletKind("press-service"))).outletKind())
                .isEqualTo(OutletKind.PRESS_SERVICE);
    }

    @Test
    void reportsEveryViolationAtOnce() {
        ArticleRejectedException e = catchThrowableOfType(ArticleRejectedException.class,
                () -> validator.validate(new ArticleSubmission(null, null, null, null, null, null, null, null, null, null)));
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("outlet", "outletKind", "publishedAt", "language", "title", "body");
        assertThat(e.getMessage()).contains("outlet: is required", "body: is required");
    }

    private static UnaryOperator<Builder> op(UnaryOperator<Builder> change) {
        return change;
    }

    private static ArticleSubmission with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(valid())).build();
    }

    /** A valid submission with some fields changed. */
    static final class Builder {
        private String url;
        private String outlet;
        private String outletKind;
        private String publishedAt;
        private String language;
        private String title;
        private String body;
        private final ArticleSubmission base;

        Builder(ArticleSubmission s) {
            base = s;
            url = s.url();
            outlet = s.outlet();
            outletKind = s.outletKind();
            publishedAt = s.publishedAt();
            language = s.language();
            title = s.title();
            body = s.body();
        }

        Builder url(String v) { url = v; return this; }
        Builder outlet(String v) { outlet = v; return this; }
        Builder outletKind(String v) { outletKind = v; return this; }
        Builder publishedAt(String v) { publishedAt = v; return this; }
        Builder language(String v) { language = v; return this; }
        Builder title(String v) { title = v; return this; }
        Builder body(String v) { body = v; return this; }

        ArticleSubmission build() {
            return new ArticleSubmission(url, outlet, outletKind, publishedAt, language, title, body, base.author(),
                    base.dateline(), base.originalOutlet());
        }
    }
}
