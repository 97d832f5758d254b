package dev.chancery.query.write;

import dev.chancery.query.projection.ArticleVersion;
import dev.chancery.query.projection.EventVersion;
import dev.chancery.query.projection.ExtractionVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordColumnsTest {
    private static final Instant AT = Instant.parse("2026-02-02T09:00:00Z");
    private static final Map<String, Record> RECORDS = Map.of(
            "article", new ArticleVersion("a-1", "Example Daily", "NEWSPAPER", "https://x", "Title", AT),
            "extraction", new ExtractionVersion("a-1", "rules-2", 3, null),
            "event", new EventVersion("ev-1", 2, "VerdictRevised", "MEETING", "g", LocalDate.of(2026, 2, 1), null,
                    "|KAZ|", "REPORTED", null, null, "{}", "a-1"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "article, 'article_id outlet outlet_kind url title published_at'",
            "extraction, 'article_id extractor_version claim_count supersedes'",
            "event, 'event_id revision fact_type event_type gathering date_start date_end actor_keys verdict "
                    + "invitation_state state_verdict payload article_id'"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void columnsAreTheComponentsInSnakeCaseInOrder(String record, String columns) {
        RecordColumns c = new RecordColumns(RECORDS.get(record).getClass());
        assertThat(String.join(" ", c.names())).isEqualTo(columns);
        assertThat(c.values(RECORDS.get(record))).hasSize(c.names().size());
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(nullValues = "-", value = {"article, article_id, a-1", "extraction, extractor_version, rules-2",
            "extraction, supersedes, -", "event, article_id, a-1", "event, invitation_state, -"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aColumnReadsItsComponent(String record, String column, String expected) {
        RecordColumns c = new RecordColumns(RECORDS.get(record).getClass());
        assertThat(c.value(RECORDS.get(record), column)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"article, 5", "event, 5"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void instantsGoToTheClientAsUtcTimestampsAndOtherValuesAsTheyAre(String record, int index) {
        RecordColumns c = new RecordColumns(RECORDS.get(record).getClass());
        Object value = c.values(RECORDS.get(record)).get(index);
        Object expected = record.equals("article") ? OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0, ZoneOffset.UTC)
                : LocalDate.of(2026, 2, 1);
        assertThat(value).isEqualTo(expected);
    }
}
