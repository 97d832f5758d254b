package dev.chancery.extraction.eval;

import dev.chancery.model.article.OutletKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactScorerTest {
    private static final List<String> FACTS = List.of(
            "+ PHONE_CALL KAZ/PARTICIPANT USA/PARTICIPANT d=2025-12-23",
            "+ INVITATION KAZ/INVITER USA/INVITEE g=visit-kaz",
            "+? VISIT USA/VISITOR KAZ/HOST m=HEDGED|HYPOTHETICAL");

    /** Claims separated by "|"; expected claims, right, facts, found. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "'';                                                                               0; 0; 2; 0",
            "PHONE_CALL KAZ/PARTICIPANT USA/PARTICIPANT d=2025-12-23;                          1; 1; 2; 1",
            "PHONE_CALL KAZ/PARTICIPANT USA/PARTICIPANT d=2025-12-23 | PHONE_CALL KAZ/PARTICIPANT USA/PARTICIPANT d=2025-12-23 | INVITATION KAZ/INVITER USA/INVITEE g=visit-kaz; 3; 3; 2; 2",
            "VISIT USA/VISITOR KAZ/HOST m=HYPOTHETICAL;                                        1; 1; 2; 0",
            "VISIT USA/VISITOR KAZ/HOST;                                                       1; 0; 2; 0",
            "PHONE_CALL KAZ/PARTICIPANT UKR/PARTICIPANT USA/PARTICIPANT d=2025-12-23;          1; 0; 2; 0",
    })
    void countsRightClaimsAndFoundFacts(String claims, int total, int right, int facts, int found) {
        CorpusItem item = new CorpusItem("a.txt", true, LocalDate.of(2025, 12, 24), "Outlet", OutletKind.NEWSPAPER,
                null, "", FACTS.stream().map(ExpectedClaim::parse).toList());
        ArticleScore s = FactScorer.score(item, Arrays.stream(claims.split("\\|")).filter(c -> !c.isBlank())
                .map(Claims::claim).toList());
        assertThat(List.of(s.claims(), s.right(), s.facts(), s.matched())).containsExactly(total, right, facts, found);
        assertThat(s.wrong()).hasSize(total - right);
        assertThat(s.missed()).hasSize(facts - found);
    }
}
