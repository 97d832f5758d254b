package dev.chancery.query.projection;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven tests of the pure projection functions. */
class PureProjectionTest {
    static final List<ActorRef> CALL = List.of(
            new ActorRef("person:kassym-jomart-tokayev", "Tokayev", ActorKind.PERSON, ActorRole.PARTICIPANT, "KAZ"),
            new ActorRef("person:donald-trump", "Trump", ActorKind.PERSON, ActorRole.PARTICIPANT, "USA"));

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "KAZ, USA, true", "kaz, usa, true", "person:kassym-jomart-tokayev, USA, true", "USA, KAZ, true",
            "KAZ, KAZ, false", "KAZ, FRA, false", "FRA, -, false", "KAZ, -, true", "person:donald-trump, -, true"})
    void actorsMatchByIdOrCountryAndTheCounterpartMustBeAnotherActor(String a, String b, boolean expected) {
        assertThat(ActorKeys.between(CALL, a, b)).isEqualTo(expected);
        if (expected) {
            assertThat(ActorKeys.of(CALL)).containsPattern(ActorKeys.pattern(a).replace("%", ".*"));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Miami G20 | gathering:g20-2026", "G20 2026 | gathering:g20-2026",
            "G-20 summit in Doral | gathering:g20-2026", "Johannesburg | gathering:g20-2025",
            "g20 south africa | gathering:g20-2025", "Board of Peace | gathering:board-of-peace"})
    void gatheringSearchFindsByAliasYearHostAndVenue(String query, String expected) {
        // the body or summit first; its ministerials, ceremonies and meetings may follow
        assertThat(GatheringSearch.search(ReferenceData.load(), query)).extracting(g -> g.id())
                .first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}..{1} in [{2}, {3}] -> {4}")
    @CsvSource(nullValues = "-", value = {
            "2025-12-23, 2025-12-23, -, -, true", "2025-12-23, 2025-12-23, 2025-12-24, -, false",
            "2025-12-01, 2025-12-31, 2025-12-24, -, true", "2025-12-23, 2025-12-23, -, 2025-12-22, false",
            "-, -, -, -, true", "-, -, 2025-01-01, -, false"})
    void dateWindowsOverlap(LocalDate start, LocalDate end, LocalDate from, LocalDate to, boolean expected) {
        ClaimDate date = start == null ? ClaimDate.unknown() : new ClaimDate(start, end, DatePrecision.DAY, null);
        assertThat(DateWindow.overlaps(date, from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "active {0}, building {1}, live {2} -> {3}")
    @CsvSource(nullValues = "-", value = {"1, -, true, [1]", "1, 2, true, '[1, 2]'", "1, 2, false, [2]",
            "1, -, false, []", "3, 3, true, [3]"})
    void factsGoToTheActiveGenerationAndTheOneBeingBuilt(int active, Integer building, boolean live, String expected) {
        assertThat(Generations.targets(active, building, live).toString()).isEqualTo(expected);
        assertThat(Generations.next(active, building)).isGreaterThan(Math.max(active, building == null ? 0 : building));
    }

    @Test
    void theStreamGetsAnInvitationChangeOnlyWhenTheStateChanges() {
        EventVersion first = version(1, "REPORTED", "INVITED");
        EventVersion sameState = version(2, "CONFIRMED", "INVITED");
        EventVersion declined = version(3, "CONFIRMED", "DECLINED");
        assertThat(ChangeFeed.between(null, first, at(1))).extracting(ChangeFeed.Change::kind)
                .containsExactly("verdict", "invitation");
        assertThat(ChangeFeed.between(first, sameState, at(2))).extracting(ChangeFeed.Change::kind)
                .containsExactly("verdict");
        assertThat(ChangeFeed.between(sameState, declined, at(3))).extracting(ChangeFeed.Change::kind)
                .containsExactly("verdict", "invitation");
        assertThat(ChangeFeed.between(sameState, declined, at(3)).get(1).data()).containsEntry("previousState",
                "INVITED").containsEntry("state", "DECLINED").containsEntry("recordedAt", at(3).toString());
    }

    @Test
    void anInvitationStatusDatesFromTheFirstOfItsTrailingRunOfEqualStates() {
        StatusPoint first = new StatusPoint("ev-1", 1, at(1), "INVITED");
        StatusPoint sameState = new StatusPoint("ev-1", 2, at(2), "INVITED");
        StatusPoint declined = new StatusPoint("ev-1", 3, at(3), "DECLINED");
        assertThat(StatusHistory.lastChangedAt(List.of(first, sameState))).isEqualTo(at(1));
        assertThat(StatusHistory.lastChangedAt(List.of(declined, first, sameState))).isEqualTo(at(3));
        assertThat(StatusHistory.lastChangedAt(List.of())).isNull();
    }

    private static EventVersion version(int revision, String verdict, String state) {
        return new EventVersion("ev-1", revision, "VerdictRevised", "INVITATION", null, null, null, null, verdict,
                state, null, null, null);
    }

    private static Instant at(int hour) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * hour);
    }
}
