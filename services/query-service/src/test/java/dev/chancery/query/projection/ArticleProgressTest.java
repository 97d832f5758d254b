package dev.chancery.query.projection;

import dev.chancery.query.projection.ArticleProgress.EventVerdict;
import dev.chancery.query.projection.ArticleProgress.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleProgressTest {
    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");

    /**
     * Extractions as {@code version@second}, verdict revisions as {@code event/revision@second} (any order); the
     * stage, the extraction kept, and the verdicts kept as {@code event/revision} in the order given.
     */
    @ParameterizedTest(name = "{0} | {1} -> {2} {3} {4}")
    @CsvSource(nullValues = "-", value = {
            "-, -, INGESTED, -, ''",
            "r1@5, -, EXTRACTED, r1, ''",
            "r1@5 r2@9 r0@7, -, EXTRACTED, r2, ''",
            "r1@5, e1/1@8, VERIFIED, r1, e1/1",
            "-, e1/1@8, VERIFIED, -, e1/1",
            "r1@5, e1/2@20 e1/1@8 e2/1@9, VERIFIED, r1, e2/1 e1/2",
            "r1@5, e1/3@12 e1/2@30, VERIFIED, r1, e1/3",
            "r1@5, e2/1@8 e1/1@8, VERIFIED, r1, e1/1 e2/1"})
    void stageExtractionAndLatestRevisionPerEvent(String extractions, String verdicts, String stage,
            String extractor, String verified) {
        ArticleProgress p = ArticleProgress.of("a", T0, items(extractions).stream().map(e -> {
            String[] parts = e.split("@");
            return new Extraction(3, parts[0], at(parts[1]));
        }).toList(), items(verdicts).stream().map(v -> {
            String[] parts = v.split("[/@]");
            return new EventVerdict(parts[0], "REPORTED", Integer.parseInt(parts[1]), at(parts[2]));
        }).toList());

        assertThat(p.stage()).isEqualTo(stage);
        assertThat(p.extracted() == null ? null : p.extracted().extractorVersion()).isEqualTo(extractor);
        assertThat(String.join(" ", p.verified().stream().map(v -> v.eventId() + "/" + v.revision()).toList()))
                .isEqualTo(verified);
        assertThat(p.articleId()).isEqualTo("a");
        assertThat(p.ingestedAt()).isEqualTo(T0);
    }

    private static List<String> items(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(" "));
    }

    private static Instant at(String second) {
        return T0.plusSeconds(Long.parseLong(second));
    }
}
