package dev.chancery.model.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who holds which office of a state on a day, as the reference people say: complete, unambiguous, right. */
class CurrentOfficesTest {
    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    /** Titles that make their holder the head of state (or its chair, for collective or transitional ones). */
    private static final Set<String> HEAD_OF_STATE = Set.of("president", "king", "emir", "sultan", "emperor",
            "grand duke", "prince", "pope", "supreme leader", "acting president", "transitional president",
            "member of the presidency", "president of the transitional presidential council",
            "chairman of the presidential council", "chairman of the sovereignty council",
            "chairman of the presidential leadership council");
    /** Commonwealth realms: their head of state is the King of the United Kingdom. */
    private static final Set<String> REALMS = Set.of("ATG", "AUS", "BHS", "BLZ", "CAN", "GRD", "JAM", "KNA",
            "LCA", "NZL", "PNG", "SLB", "TUV", "VCT");
    /** Heads of state left out on purpose: shared with another state or not known for sure on 2026-01-01. */
    private static final Set<String> NOT_RECORDED = Set.of(
            "AND",  // co-princes: France's president and the Bishop of Urgell
            "BRB",  // president elected in 2025, name and date not certain
            "SMR",  // captains regent change every six months
            "WSM"); // O le Ao o le Malo not certain
    /** Offices only one person of a state holds at a time. */
    private static final Set<String> SINGLE_HOLDER = Set.of("president", "prime minister", "premier", "chancellor",
            "foreign minister", "foreign secretary", "secretary of state", "vice president", "king", "emir",
            "sultan", "emperor", "grand duke", "prince", "pope", "supreme leader", "crown prince");

    private final ReferenceData ref = ReferenceData.load();

    @Test
    void everySovereignStateHasAHeadOfStateOnNewYear2026() {
        List<String> missing = new ArrayList<>();
        for (Country c : ref.countries()) {
            if (c.sovereign() && !NOT_RECORDED.contains(c.alpha3()) && !REALMS.contains(c.alpha3())
                    && ref.people().stream().noneMatch(p -> c.alpha3().equals(p.country())
                    && p.offices().stream().anyMatch(o -> HEAD_OF_STATE.contains(o.title()) && o.heldOn(NEW_YEAR)))) {
                missing.add(c.alpha3());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ref.person("person:charles-iii").orElseThrow().officeOn(NEW_YEAR)).get()
                .extracting(Person.Office::title).isEqualTo("king");
        assertThat(REALMS).allSatisfy(a3 -> assertThat(ref.country(a3).orElseThrow().sovereign()).isTrue());
    }

    @Test
    void noTwoPeopleHoldTheSameSingleOfficeOfAStateAtOnce() {
        Map<String, List<Person.Office>> byPost = new HashMap<>();
        Map<Person.Office, String> holder = new HashMap<>();
        ref.people().stream().filter(p -> p.country() != null).forEach(p -> p.offices().stream()
                .filter(o -> SINGLE_HOLDER.contains(o.title())).forEach(o -> {
                    byPost.computeIfAbsent(p.country() + "/" + o.title(), k -> new ArrayList<>()).add(o);
                    holder.put(o, p.id());
                }));
        List<String> overlaps = new ArrayList<>();
        byPost.forEach((post, offices) -> {
            for (int i = 0; i < offices.size(); i++) {
                for (int j = i + 1; j < offices.size(); j++) {
                    if (overlap(offices.get(i), offices.get(j))) {
                        overlaps.add(post + ": " + holder.get(offices.get(i)) + " and " + holder.get(offices.get(j)));
                    }
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    private static boolean overlap(Person.Office a, Person.Office b) {
        return (a.to() == null || b.from().isBefore(a.to())) && (b.to() == null || a.from().isBefore(b.to()));
    }

    @ParameterizedTest(name = "{1} of {0} on {2} is {3}")
    @CsvSource({
            "DEU, chancellor, 2025-03-01, person:olaf-scholz",
            "DEU, chancellor, 2025-12-01, person:friedrich-merz",
            "JPN, prime minister, 2025-06-01, person:shigeru-ishiba",
            "JPN, prime minister, 2026-01-10, person:sanae-takaichi",
            "CAN, prime minister, 2025-03-01, person:justin-trudeau",
            "CAN, prime minister, 2025-04-01, person:mark-carney",
            "KOR, president, 2025-07-01, person:lee-jae-myung",
            "POL, president, 2025-08-01, person:andrzej-duda",
            "POL, president, 2025-09-01, person:karol-nawrocki",
            "GBR, foreign secretary, 2025-10-01, person:yvette-cooper",
            "FRA, prime minister, 2025-12-01, person:sebastien-lecornu",
            "ROU, president, 2025-06-01, person:nicusor-dan",
            "CHE, president, 2025-06-01, person:karin-keller-sutter",
            "CHE, president, 2026-01-01, person:guy-parmelin",
            "AUT, chancellor, 2025-02-01, person:alexander-schallenberg",
            "AUT, chancellor, 2025-06-01, person:christian-stocker",
            "VAT, pope, 2025-03-01, person:pope-francis",
            "VAT, pope, 2025-05-20, person:leo-xiv",
            "LUX, grand duke, 2025-12-01, person:guillaume-v",
            "THA, prime minister, 2025-12-01, person:anutin-charnvirakul",
            "UKR, prime minister, 2025-08-01, person:yulia-svyrydenko",
            "CZE, prime minister, 2026-01-01, person:andrej-babis",
            "IRL, president, 2025-12-01, person:catherine-connolly",
            "USA, president, 2026-01-01, person:donald-trump",
            "KAZ, foreign minister, 2025-12-01, person:yermek-kosherbayev",
    })
    void theOfficeHolderOnADay(String state, String title, LocalDate day, String expected) {
        List<String> holders = ref.people().stream().filter(p -> state.equals(p.country())
                && p.offices().stream().anyMatch(o -> o.title().equals(title) && o.heldOn(day))).map(Person::id).toList();
        assertThat(holders).containsExactly(expected);
    }

    @Test
    void noNameOrAliasNamesTwoPeopleOrAState() {
        Map<String, String> taken = new HashMap<>();
        ref.countries().forEach(c -> {
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.name());
            names.addAll(c.demonyms());
            names.forEach(n -> taken.put(key(n), c.alpha3()));
        });
        List<String> clashes = new ArrayList<>();
        for (Person p : ref.people()) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            names.stream().map(CurrentOfficesTest::key).distinct().forEach(n -> {
                String before = taken.putIfAbsent(n, p.id());
                if (before != null) {
                    clashes.add(n + ": " + before + " and " + p.id());
                }
            });
        }
        assertThat(clashes).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" alone names nobody")
    @CsvSource({"Lee", "Sharif", "Khan", "Mark", "Will", "May", "King", "Dar", "Wong", "Ali", "Kim", "Dan", "Store",
            "Costa", "Rama", "Anand", "Cooper", "Montenegro", "Hassan", "Mohammed", "Pope", "Prince"})
    void commonWordsAndFirstNamesAloneNameNobody(String word) {
        assertThat(ref.people()).noneMatch(p -> p.name().equalsIgnoreCase(word)
                || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(word)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
