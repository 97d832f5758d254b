package dev.chancery.model.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern PERSON = Pattern.compile("person:[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ORG = Pattern.compile("org:[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GATHERING = Pattern.compile("gathering:[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ORG_KINDS = Set.of("BODY", "MINISTRY", "PRESS_SERVICE", "MEDIA");
    private static final Set<String> GATHERING_KINDS =
            Set.of("SUMMIT", "MEMBERSHIP", "CONFERENCE", "FORUM", "CEREMONY", "MEETING", "VISIT");
    private static final Set<String> CHANNELS = Set.of("PRESS_SERVICE", "FOREIGN_MINISTRY", "SPOKESPERSON",
            "LEADER_STATEMENT", "SOCIAL_MEDIA_POST", "GOVERNMENT_STATEMENT");

    private final ReferenceData ref = ReferenceData.load();

    @Test
    void everyFileHasAVersion() {
        assertThat(ref.versions()).containsOnlyKeys("countries", "people", "organisations", "gatherings");
        assertThat(ref.versions().values()).allSatisfy(v -> assertThat(v).isNotBlank());
    }

    @Test
    void countriesAreWellFormedAndUnique() {
        Set<String> a2 = new HashSet<>();
        assertThat(ref.countries()).hasSizeGreaterThanOrEqualTo(249);
        ref.countries().forEach(c -> {
            assertThat(c.alpha3()).matches(ALPHA3);
            assertThat(c.alpha2()).matches(ALPHA2);
            assertThat(a2.add(c.alpha2())).as("unique alpha-2 %s", c.alpha2()).isTrue();
            assertThat(c.name()).isNotBlank();
        });
        assertThat(ref.country("KAZ").orElseThrow().metonyms()).contains("Akorda");
        assertThat(ref.country("kz").orElseThrow().alpha3()).isEqualTo("KAZ");
    }

    @Test
    void peopleReferenceExistingCountriesWithOrderedOffices() {
        ref.people().forEach(p -> {
            assertThat(p.id()).matches(PERSON);
            assertThat(p.country() != null || p.organisation() != null).as(p.id()).isTrue();
            if (p.country() != null) {
                assertThat(ref.country(p.country())).as(p.id()).isPresent();
            }
            if (p.organisation() != null) {
                assertThat(ref.organisation(p.organisation())).as(p.id()).isPresent();
            }
            assertThat(p.offices()).as(p.id()).isNotEmpty();
            p.offices().forEach(o -> {
                assertThat(o.title()).isNotBlank();
                assertThat(o.from()).as(p.id()).isNotNull();
                if (o.to() != null) {
                    assertThat(o.to()).as(p.id()).isAfter(o.from());
                }
            });
        });
    }

    @Test
    void organisationsAreWellFormed() {
        ref.organisations().forEach(o -> {
            assertThat(o.id()).matches(ORG);
            assertThat(o.kind()).isIn(ORG_KINDS);
            if (o.country() != null) {
                assertThat(ref.country(o.country())).as(o.id()).isPresent();
            }
            if (o.channel() != null) {
                assertThat(o.channel()).isIn(CHANNELS);
            }
        });
        assertThat(ref.organisation("org:akorda").orElseThrow().official()).isTrue();
    }

    @Test
    void gatheringsAreWellFormed() {
        ref.gatherings().forEach(g -> {
            assertThat(g.id()).matches(GATHERING);
            assertThat(g.kind()).isIn(GATHERING_KINDS);
            assertThat(g.host()).as(g.id()).isNotNull();
            assertThat(ref.country(g.host())).as(g.id()).isPresent();
            if (g.organisation() != null) {
                assertThat(ref.organisation(g.organisation())).as(g.id()).isPresent();
            }
            if (g.startDate() != null && g.endDate() != null) {
                assertThat(g.endDate()).as(g.id()).isAfterOrEqualTo(g.startDate());
            }
        });
        Gathering g20 = ref.gathering("gathering:g20-2026").orElseThrow();
        assertThat(g20.host()).isEqualTo("USA");
        assertThat(g20.city()).isEqualTo("Miami");
        assertThat(g20.aliases()).contains("Miami G20", "G20 2026", "G-20 summit in Doral");
        assertThat(ref.searchGatherings("miami", 2026)).extracting(Gathering::id).containsExactly("gathering:g20-2026");
        assertThat(ref.gathering("gathering:visit-kaz").orElseThrow().host()).isEqualTo("KAZ");
    }

    @ParameterizedTest(name = "{0}: {1} in {2}, from {3}")
    @CsvSource(nullValues = "-", value = {
            "gathering:g20-2026, USA, Miami, 2026-12-14",
            "gathering:g7-2025, CAN, Kananaskis, 2025-06-15",
            "gathering:g7-2026, FRA, Evian-les-Bains, 2026-06-14",
            "gathering:nato-2025, NLD, The Hague, 2025-06-24",
            "gathering:nato-2026, TUR, Ankara, 2026-07-07",
            "gathering:sco-2025, CHN, Tianjin, 2025-08-31",
            "gathering:sco-2026, KGZ, Bishkek, -",
            "gathering:brics-2025, BRA, Rio de Janeiro, 2025-07-06",
            "gathering:brics-2026, IND, New Delhi, -",
            "gathering:c5-plus-1-2025, USA, Washington, 2025-11-06",
            "gathering:cop30, BRA, Belem, 2025-11-10",
            "gathering:cop31, TUR, Antalya, -",
            "gathering:unga-80, USA, New York, 2025-09-09",
            "gathering:unga-81, USA, New York, -",
            "gathering:apec-2025, KOR, Gyeongju, 2025-10-31",
            "gathering:apec-2026, CHN, Shenzhen, -",
            "gathering:asean-47, MYS, Kuala Lumpur, 2025-10-26",
            "gathering:board-of-peace-charter-2026, CHE, Davos, 2026-01-22",
    })
    void editionsNewsNames(String id, String host, String city, LocalDate start) {
        Gathering g = ref.gathering(id).orElseThrow();
        assertThat(g.host()).isEqualTo(host);
        assertThat(g.city()).isEqualTo(city);
        assertThat(g.startDate()).isEqualTo(start);
    }

    @Test
    void idsAreUniqueAcrossFiles() {
        Set<String> ids = new HashSet<>();
        ref.countries().forEach(c -> assertThat(ids.add(c.alpha3())).isTrue());
        ref.people().forEach(p -> assertThat(ids.add(p.id())).isTrue());
        ref.organisations().forEach(o -> assertThat(ids.add(o.id())).isTrue());
        ref.gatherings().forEach(g -> assertThat(ids.add(g.id())).isTrue());
    }
}
