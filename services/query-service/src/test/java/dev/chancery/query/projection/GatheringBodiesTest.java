package dev.chancery.query.projection;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven: which membership body a gathering links to for display, over the real reference data. */
class GatheringBodiesTest {
    static final GatheringBodies BODIES = new GatheringBodies(withMeeting());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "gathering:board-of-peace-2026-01, gathering:board-of-peace",
            "gathering:board-of-peace, -",
            "gathering:g20-2026, -",
            "gathering:visit-kaz, -",
            "gathering:nowhere-1999, -",
            "-, -"})
    void aMeetingOfABodyLinksToTheBodysMembershipAndNothingElseLinks(String gathering, String body) {
        assertThat(BODIES.bodyOf(gathering)).isEqualTo(body);
    }

    /** The reference gatherings plus a first meeting of the Board of Peace, as the reference data may list it. */
    static List<Gathering> withMeeting() {
        List<Gathering> all = new ArrayList<>(ReferenceData.load().gatherings());
        all.removeIf(g -> g.id().equals("gathering:board-of-peace-2026-01"));
        all.add(new Gathering("gathering:board-of-peace-2026-01", "First meeting of the Board of Peace", "MEETING",
                null, null, null, LocalDate.parse("2026-01-22"), null, "org:board-of-peace", List.of()));
        return all;
    }
}
