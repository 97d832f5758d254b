package dev.chancery.extraction.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regional groups the text names by their members' office ("the five Central Asian presidents", "the other four
 * Central Asian leaders"): one mention standing for each member state (its office holder on the day where the
 * reference data has one), minus the states the sentence already names when the text says "other".
 */
final class Regions {
    /** Lower-case region adjective -> member states. The reference data holds no regions yet. */
    static final Map<String, List<String>> MEMBERS = Map.of(
            "central asian", List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
            "south caucasus", List.of("ARM", "AZE", "GEO"),
            "south caucasian", List.of("ARM", "AZE", "GEO"),
            "baltic", List.of("EST", "LVA", "LTU"),
            "nordic", List.of("DNK", "FIN", "ISL", "NOR", "SWE"),
            "gulf", List.of("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"));
    /** Plural nouns after a region and the office they stand for (null: the state itself). */
    private static final Map<String, String> NOUNS = Map.of("presidents", "president", "leaders", "leader",
            "states", "", "countries", "", "nations", "", "republics", "", "heads", "leader");
    private static final Set<String> BEFORE = Set.of("the", "other", "all", "two", "three", "four", "five", "six");
    private final OfficialReader officials;

    Regions(OfficialReader officials) {
        this.officials = officials;
    }

    /** The region mentions of a sentence; {@code named} are the mentions already resolved. */
    List<Mention> find(Sentence s, List<Mention> named, LocalDate day) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            for (int len = 2; len >= 1; len--) {
                if (i + len < s.size() && s.token(i).capitalised() && MEMBERS.containsKey(Words.of(s, i, i + len))
                        && NOUNS.containsKey(s.token(i + len).lower())) {
                    Mention m = region(s, i, i + len, named, day);
                    out.add(m);
                    i = m.end() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The region named by tokens [i, j) and the plural noun at j, with "the other four" before it. */
    private Mention region(Sentence s, int i, int j, List<Mention> named, LocalDate day) {
        int start = i;
        while (start > 0 && BEFORE.contains(s.token(start - 1).lower())) {
            start--;
        }
        final int from = start;
        boolean other = Words.of(s, from, i).contains("other");
        String office = NOUNS.get(s.token(j).lower());
        List<Entity> members = new ArrayList<>();
        for (String state : MEMBERS.get(Words.of(s, i, j))) {
            if (!other || named.stream().noneMatch(m -> m.start() < from && m.entity() != null
                    && state.equals(m.entity().country()))) {
                members.add(member(s, from, state, office, day));
            }
        }
        return new Mention(from, j + 1, s.span(from, j + 1),
                members.isEmpty() ? null : members.get(0), Mention.Ref.SET, List.copyOf(members));
    }

    private Entity member(Sentence s, int at, String state, String office, LocalDate day) {
        Mention m = office.isEmpty() ? officials.state(s, at, at + 1, state)
                : officials.holder(s, at, at + 1, state, office, day);
        return m.entity();
    }
}
