package dev.chancery.extraction.domain;

import dev.chancery.model.reference.Person;
import dev.chancery.model.reference.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who held an office of a state on a day: resolves "the Kazakh leader", "Japan's prime minister",
 * "the Emir of Qatar" to a person from the reference data.
 */
public final class Offices {
    /** Title words (lower case, space separated) and the reference office titles they may mean, in order. */
    static final Map<String, List<String>> TITLES = Map.ofEntries(
            Map.entry("president", List.of("president")),
            Map.entry("prime minister", List.of("prime minister", "premier")),
            Map.entry("premier", List.of("premier", "prime minister")),
            Map.entry("chancellor", List.of("chancellor")),
            Map.entry("foreign minister", List.of("foreign minister", "foreign secretary", "secretary of state")),
            Map.entry("foreign secretary", List.of("foreign secretary")),
            Map.entry("emir", List.of("emir")),
            Map.entry("king", List.of("king")),
            Map.entry("sultan", List.of("sultan")),
            Map.entry("crown prince", List.of("crown prince")),
            Map.entry("leader", List.of("president", "emir", "king", "sultan", "chancellor", "prime minister")),
            Map.entry("press secretary", List.of("press secretary")));
    private static final Set<String> PARLIAMENTARY = Set.of("GBR", "JPN", "IND", "CAN", "AUS", "DEU", "ITA", "ESP",
            "ARM", "GEO", "HUN", "ISR", "PAK", "IRQ", "BEL", "NLD", "SWE", "NOR", "LBN", "MYS", "ALB");
    private final ReferenceData reference;

    public Offices(ReferenceData reference) {
        this.reference = reference;
    }

    /** The person holding the titled office of the state on the day, if the reference data knows one. */
    public Optional<Person> holder(String alpha3, String title, LocalDate day) {
        List<String> offices = TITLES.get(title);
        if (offices == null) {
            return Optional.empty();
        }
        if (title.equals("leader") && PARLIAMENTARY.contains(alpha3)) {
            offices = List.of("prime minister", "chancellor");
        }
        for (String office : offices) {
            for (Person p : reference.people()) {
                if (alpha3.equals(p.country()) && p.offices().stream()
                        .anyMatch(o -> o.title().equals(office) && o.heldOn(day))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The common English name of a state, or the code when unknown. */
    public String countryName(String alpha3) {
        return reference.country(alpha3).map(c -> c.name()).orElse(alpha3);
    }

    /** The office a person held on the day, lower case, or null. */
    public String officeOf(String personId, LocalDate day) {
        return reference.person(personId).flatMap(p -> p.officeOn(day)).map(Person.Office::title).orElse(null);
    }
}
