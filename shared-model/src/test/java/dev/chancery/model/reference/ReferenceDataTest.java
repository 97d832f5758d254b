package dev.chancery.model.reference;

import org.junit.jupiter.api.Test;

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
            if (g.host() != null) {
                assertThat(ref.country(g.host())).as(g.id()).isPresent();
            }
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

    @Test
    void idsAreUniqueAcrossFiles() {
        Set<String> ids = new HashSet<>();
        ref.countries().forEach(c -> assertThat(ids.add(c.alpha3())).isTrue());
        ref.people().forEach(p -> assertThat(ids.add(p.id())).isTrue());
        ref.organisations().forEach(o -> assertThat(ids.add(o.id())).isTrue());
        ref.gatherings().forEach(g -> assertThat(ids.add(g.id())).isTrue());
    }
}
