package dev.chancery.extraction.domain;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the gathering a sentence speaks of: a named edition ("the Miami G20"), a body's edition picked by city,
 * year or nearness to the publication day ("the G20 summit in Miami", "the SCO summit"), a body's membership
 * ("the Board of Peace"), or a back-reference ("the board", "the summit") to the article's last gathering.
 */
public final class GatheringResolver {
    private static final Set<String> BACK_REFERENCES = Set.of("board", "summit", "parade", "forum", "ceremony",
            "offer", "proposal", "initiative");
    private static final List<Map.Entry<String, String>> KIND_NOUNS = List.of(Map.entry("summit", "SUMMIT"),
            Map.entry("ceremony", "CEREMONY"), Map.entry("conference", "CONFERENCE"), Map.entry("forum", "FORUM"),
            Map.entry("meeting", "MEETING"));
    private final ReferenceData reference;

    public GatheringResolver(ReferenceData reference) {
        this.reference = reference;
    }

    public String resolve(Sentence s, List<Mention> mentions, int from, LocalDate pub, DiscourseContext ctx) {
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.GATHERING && m.end() > from) {
                return m.entity().id();
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.BODY && m.end() > from) {
                Optional<String> g = ofBody(s, m.entity().id(), pub);
                if (g.isPresent()) {
                    return g.get();
                }
            }
        }
        for (Map.Entry<String, String> noun : KIND_NOUNS) {
            if (s.indexOf(from, noun.getKey()) < 0) {
                continue;
            }
            // "the summit in Miami", "a signing ceremony in Davos": one of that kind in that city, nearest in time
            Optional<Gathering> inCity = reference.gatherings().stream()
                    .filter(g -> noun.getValue().equals(g.kind()) && g.city() != null && g.startDate() != null
                            && s.text().contains(g.city()))
                    .min(Comparator.comparingLong(g -> distance(g, pub)));
            if (inCity.isPresent()) {
                return inCity.get().id();
            }
        }
        for (int i = Math.max(0, from); i < s.size(); i++) {
            if (BACK_REFERENCES.contains(s.token(i).lower()) && i > 0 && s.token(i - 1).is("the")) {
                return ctx.lastGathering();
            }
        }
        return null;
    }

    private Optional<String> ofBody(Sentence s, String org, LocalDate pub) {
        List<Gathering> editions = reference.gatherings().stream().filter(g -> org.equals(g.organisation())).toList();
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        int year = relativeYear(s, pub);
        for (Gathering g : editions) {
            if (year > 0 && g.year() == year) {
                return Optional.of(g.id());
            }
        }
        for (Gathering g : editions) {
            if (g.kind().equals("MEMBERSHIP")
                    || (g.city() != null && s.text().contains(g.city().split(" ")[0]))
                    || (g.year() > 0 && s.text().contains(Integer.toString(g.year())))) {
                return Optional.of(g.id());
            }
        }
        if (namesOtherYear(s, pub)) {
            // "in 2019 he attended the UN General Assembly": an edition we do not hold, never the nearest one
            return Optional.empty();
        }
        // a body's summit before its ministerials: "the G20" near a ministerial's date still means the summit
        return editions.stream().filter(g -> g.startDate() != null)
                .min(Comparator.comparing((Gathering g) -> !"SUMMIT".equals(g.kind()))
                        .thenComparingLong(g -> distance(g, pub))).map(Gathering::id);
    }

    /** "next year's summit", "the summit next year", "this year's G20", "last year's": the year meant, or 0. */
    private static int relativeYear(Sentence s, LocalDate pub) {
        String t = s.text().toLowerCase(java.util.Locale.ROOT);
        return t.contains("next year") ? pub.getYear() + 1 : t.contains("last year") ? pub.getYear() - 1
                : t.contains("this year") ? pub.getYear() : 0;
    }

    /** True when the sentence names a year (1990-2099) other than the publication year and the next. */
    private static boolean namesOtherYear(Sentence s, LocalDate pub) {
        for (Token t : s.tokens()) {
            if (t.text().matches("(19|20)\\d\\d")) {
                int y = Integer.parseInt(t.text());
                if (y != pub.getYear() && y != pub.getYear() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Days from the publication day to the edition; ongoing editions are nearest, upcoming ones beat past. */
    private static long distance(Gathering g, LocalDate pub) {
        LocalDate end = g.endDate() == null ? g.startDate() : g.endDate();
        if (!pub.isBefore(g.startDate()) && !pub.isAfter(end.plusDays(1))) {
            return 0;
        }
        long d = Math.abs(pub.toEpochDay() - g.startDate().toEpochDay());
        return g.startDate().isAfter(pub) ? d : d * 2;
    }
}
