package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven tests of single stages: dates, modality, mentions, coding table. */
class StagesTest {
    private static final NlpModels MODELS = new NlpModels();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(MODELS);
    private static final ReferenceData REF = ReferenceData.load();
    private static final Gazetteer GAZ = new Gazetteer(REF, MODELS);
    private static final MentionResolver MENTIONS = new MentionResolver(new Offices(REF));

    private static Sentence one(String text) {
        return ANALYZER.analyse(text).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They spoke on Dec. 23. | 2025-12-24 | false | 2025-12-23 | 2025-12-23 | DAY",
        "They spoke on September 5. | 2025-09-08 | false | 2025-09-05 | 2025-09-05 | DAY",
        "They spoke on 5 September. | 2025-09-08 | false | 2025-09-05 | 2025-09-05 | DAY",
        "They spoke on Tuesday. | 2025-11-10 | false | 2025-11-04 | 2025-11-04 | DAY",
        "They will meet on Tuesday. | 2025-11-10 | true | 2025-11-11 | 2025-11-11 | DAY",
        "They met last month. | 2025-11-10 | false | 2025-10-01 | 2025-10-31 | MONTH",
        "He will come next year. | 2025-11-10 | true | 2026-01-01 | 2026-12-31 | YEAR",
        "They met last week. | 2025-11-10 | false | 2025-11-03 | 2025-11-09 | WEEK",
        "They met in October. | 2025-11-10 | false | 2025-10-01 | 2025-10-31 | MONTH",
        "They will meet in March. | 2026-02-02 | true | 2026-03-01 | 2026-03-31 | MONTH",
        "They spoke on Dec. 30. | 2026-01-02 | false | 2025-12-30 | 2025-12-30 | DAY",
        "ALMATY, Dec. 24 - The two presidents spoke by phone on Dec. 23. | 2025-12-24 | false | 2025-12-23 | 2025-12-23 | DAY",
        "TASHKENT, Sept. 8 - Mirziyoyev and Trump spoke on September 5. | 2025-09-08 | false | 2025-09-05 | 2025-09-05 | DAY",
        "NATO said on Dec. 2 - a week early - that talks were set. | 2025-12-24 | false | 2025-12-02 | 2025-12-02 | DAY",
    })
    void dates(String text, String published, boolean future, String start, String end, String precision) {
        ClaimDate d = DateResolver.resolve(one(text), LocalDate.parse(published), future);
        assertThat(d.start()).isEqualTo(LocalDate.parse(start));
        assertThat(d.end()).isEqualTo(LocalDate.parse(end));
        assertThat(d.precision().name()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trump met Xi. | met | ASSERTED",
        "Trump will meet Xi. | meet | PLANNED",
        "Trump may meet Xi. | meet | HEDGED",
        "Trump did not meet Xi. | meet | NEGATED",
        "If asked, Trump would meet Xi. | meet | HYPOTHETICAL",
        "Trump is expected to meet Xi. | meet | PLANNED",
    })
    void modality(String text, String trigger, Modality expected) {
        Sentence s = one(text);
        int i = s.indexOf(0, trigger);
        assertThat(ModalityDetector.of(s, i)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Kazakh leader spoke. | person:kassym-jomart-tokayev",
        "Japan's prime minister spoke. | person:sanae-takaichi",
        "The Emir of Qatar spoke. | person:tamim-bin-hamad",
        "The Uzbek side spoke. | UZB",
        "U.S. President Donald Trump spoke. | person:donald-trump",
        "The Kremlin said so. | org:kremlin",
        "A source at Kazakhstan's Foreign Ministry spoke. | org:mfa-kaz",
        "The Miami G20 will be held in December. | gathering:g20-2026",
    })
    void mentions(String text, String id) {
        Sentence s = one(text);
        List<Mention> ms = MENTIONS.resolve(s, GAZ.find(s), LocalDate.of(2025, 11, 10));
        assertThat(ms).extracting(m -> m.entity() == null ? null : m.entity().id()).first().isEqualTo(id);
    }

    @Test
    void codingTableCoversEveryType() {
        for (ClaimType t : ClaimType.values()) {
            CodingTable.Coding c = CodingTable.code(t, Modality.ASSERTED, false);
            assertThat(c).as(t.name()).isNotNull();
            assertThat(c.cameo()).matches("[0-9]{3}");
            assertThat(c.event()).isNotBlank();
            assertThat(c.mode()).isNotBlank();
        }
        assertThat(CodingTable.code(ClaimType.PHONE_CALL, Modality.ASSERTED, false).cameo()).isEqualTo("041");
        assertThat(CodingTable.code(ClaimType.VISIT, Modality.ASSERTED, false).cameo()).isEqualTo("042");
        assertThat(CodingTable.code(ClaimType.VISIT, Modality.ASSERTED, true).cameo()).isEqualTo("043");
        assertThat(CodingTable.code(ClaimType.INVITATION_DECLINED, Modality.ASSERTED, false).cameo()).isEqualTo("125");
        assertThat(CodingTable.code(ClaimType.MEETING, Modality.PLANNED, false).cameo()).isEqualTo("036");
    }

    @Test
    void prefilterSkipsSentencesWithoutTriggers() {
        assertThat(Prefilter.candidate("Kazakhstan's economy grew by six percent.")).isFalse();
        assertThat(Prefilter.candidate("Tokayev invited Trump.")).isTrue();
        assertThat(one("Kazakhstan's economy grew by six percent.").tagged()).isFalse();
    }
}
