package dev.chancery.model.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * Something one can be invited to: a summit edition, a body's membership, a conference, a visit.
 *
 * @param id           {@code gathering:slug}; visits are {@code gathering:visit-<alpha3 lower-case>}
 * @param name         display name ("2026 G20 summit")
 * @param kind         SUMMIT, MEMBERSHIP, CONFERENCE, FORUM, CEREMONY, MEETING or VISIT
 * @param host         alpha-3 of the host state, or null
 * @param city         host city, or null
 * @param venue        venue, or null
 * @param startDate    first day, or null when not fixed
 * @param endDate      last day (inclusive), or null
 * @param organisation the body it belongs to ({@code org:g20}), or null
 * @param aliases      other names ("Miami G20")
 */
public record Gathering(String id, String name, String kind, String host, String city, String venue,
                        LocalDate startDate, LocalDate endDate, String organisation, List<String> aliases) {
    /** The id prefix of visit gatherings. */
    public static final String VISIT_PREFIX = "gathering:visit-";

    public Gathering {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /** The visit-to-a-country gathering id, e.g. {@code gathering:visit-kaz}. */
    public static String visitId(String alpha3) {
        return VISIT_PREFIX + alpha3.toLowerCase(java.util.Locale.ROOT);
    }

    /** The year of the gathering, or 0 when undated. */
    public int year() {
        return startDate == null ? 0 : startDate.getYear();
    }
}
