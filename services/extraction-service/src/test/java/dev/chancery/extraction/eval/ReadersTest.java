package dev.chancery.extraction.eval;

import dev.chancery.model.article.OutletKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadersTest {
    static final Path FIXTURES = Path.of("src/test/resources/eval");

    @Test
    void articlesComeFromTheDirectoryAndFactsFromTheExpectedFile() throws IOException {
        List<CorpusItem> items = ArticleSetReader.read(FIXTURES.resolve("articles"), FIXTURES.resolve("expected.txt"));
        assertThat(items).extracting(CorpusItem::id).containsExactly("alpha.txt", "beta.txt");
        CorpusItem alpha = items.get(0);
        assertThat(alpha.published()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(alpha.outlet()).isEqualTo("Steppe Wire");
        assertThat(alpha.kind()).isEqualTo(OutletKind.WIRE);
        assertThat(alpha.body()).startsWith("Uzbek President").contains("\n\nThe two leaders");
        assertThat(alpha.expected()).extracting(ExpectedClaim::optional).containsExactly(false, true);
        assertThat(alpha.required()).singleElement().extracting(ExpectedClaim::date).isEqualTo("2026-03-14");
        assertThat(items.get(1).expected()).isEmpty();
    }

    @Test
    void aMissingArticleFileIsNamed() {
        assertThatThrownBy(() -> ArticleSetReader.read(FIXTURES.resolve("articles"), FIXTURES.resolve("expected-missing.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma.txt");
    }

    @Test
    void everyActorShapeOfThePloverFileIsRead() throws IOException {
        List<PloverRecord> records = PloverReader.read(FIXTURES.resolve("plover-sample.json"));
        assertThat(records).extracting(PloverRecord::id)
                .containsExactly("T-CONSULT-1", "T-AGREE-1", "T-REJECT-1", "T-FIGHT-1");
        assertThat(records).extracting(PloverRecord::sourceCodes)
                .containsExactly(List.of("KAZ"), List.of("JAP"), List.of(), List.of());
        assertThat(records).extracting(PloverRecord::targetCodes)
                .containsExactly(List.of("UZB", "IGO"), List.of(), List.of(), List.of("diplomatic"));
        assertThat(records.get(0).date()).isEqualTo(LocalDate.of(2004, 5, 10));
        assertThat(records.get(3).date()).isEqualTo(PloverReader.NO_DATE);
        assertThat(records.get(1).mode()).isEmpty();
        assertThat(records).extracting(PloverScope::diplomatic).containsExactly(true, true, false, false);
    }

    @Test
    void optionalLinesAndAlternativesParse() {
        ExpectedClaim c = ExpectedClaim.parse("+? VISIT USA/VISITOR KAZ/HOST g=visit-kaz|g20-2026 m=HEDGED|HYPOTHETICAL");
        assertThat(c.optional()).isTrue();
        assertThat(c.gathering()).isEqualTo("gathering:visit-kaz|gathering:g20-2026");
        assertThat(c.describe()).isEqualTo("+? VISIT KAZ/HOST USA/VISITOR g=visit-kaz|g20-2026 m=HEDGED|HYPOTHETICAL");
    }
}
