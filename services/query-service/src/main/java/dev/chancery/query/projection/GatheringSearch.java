package dev.chancery.query.projection;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free-text search of gatherings: every word of the query must match the name, an alias, the id, host (code or
 * country name), city or venue, and a four-digit word must be the gathering's year. Punctuation is ignored, so
 * "G-20" finds "G20"; filler words ("in", "the", "summit") do not have to match. Summits and bodies come first.
 */
public final class GatheringSearch {
    private static final Set<String> FILLER = Set.of("in", "the", "of", "at", "a", "an", "summit", "meeting",
            "leaders", "to", "for");

    private GatheringSearch() {
    }

    public static List<Gathering> search(ReferenceData reference, String query) {
        List<String> words = words(query);
        List<Gathering> out = new ArrayList<>();
        for (Gathering g : reference.gatherings()) {
            if (matches(g, words, reference)) {
                out.add(g);
            }
        }
        // the summit or the body itself before its ministerials, ceremonies and meetings ("Johannesburg" is the
        // 2025 summit first, "Board of Peace" the body before its charter signing)
        out.sort(java.util.Comparator.comparingInt(g -> "SUMMIT".equals(g.kind())
                || "MEMBERSHIP".equals(g.kind()) ? 0 : 1));
        return out;
    }

    static boolean matches(Gathering g, List<String> words, ReferenceData reference) {
        String text = haystack(g, reference);
        for (String w : words) {
            boolean ok = w.matches("\\d{4}") ? g.year() == Integer.parseInt(w) || text.contains(" " + w)
                    : text.contains(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(GatheringSearch::squash).filter(w -> !w.isEmpty() && !FILLER.contains(w)).toList();
    }

    private static String haystack(Gathering g, ReferenceData reference) {
        List<String> fields = new ArrayList<>(g.aliases());
        fields.add(g.id());
        fields.add(g.name());
        fields.add(g.city());
        fields.add(g.venue());
        fields.add(g.host());
        if (g.host() != null) {
            reference.country(g.host()).ifPresent(c -> fields.add(c.name()));
        }
        StringBuilder sb = new StringBuilder(" ");
        for (String f : fields) {
            if (f != null) {
                for (String part : f.toLowerCase(Locale.ROOT).split("[\\s:]+")) {
                    sb.append(squash(part)).append(' ');
                }
            }
        }
        return sb.toString();
    }

    private static String squash(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
