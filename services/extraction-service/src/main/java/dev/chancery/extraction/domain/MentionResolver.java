package dev.chancery.extraction.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns raw gazetteer matches into actor mentions: demonym or state plus title ("the Kazakh leader",
 * "Japan's prime minister", "the Emir of Qatar") becomes the office holder on the day, or the state; a named
 * official the reference data lacks becomes an unlisted person of the title's state ({@link OfficialReader});
 * regional groups and list heads ({@link Regions}, {@link ListHeads}); adds pronouns and plural references
 * ("the two presidents", "both of these leaders") for coreference.
 */
public final class MentionResolver {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "we", "i", "us", "our");
    private static final Set<String> GROUP_NOUNS = Set.of("leaders", "presidents", "sides", "countries", "men",
            "heads", "states", "ministers");
    private final OfficialReader officials;
    private final Regions regions;

    public MentionResolver(Offices offices) {
        this.officials = new OfficialReader(offices);
        this.regions = new Regions(officials);
    }

    private static final Set<String> OFFERS = Set.of("mediation", "proposal", "offer", "invitation", "initiative",
            "request", "plan");

    public List<Mention> resolve(Sentence s, List<Mention> found, LocalDate day) {
        List<Mention> raw = found.stream().filter(m -> !UnknownNames.embedded(s, m, found) && !ethnic(s, m)).toList();
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Mention m = raw.get(k);
            Mention next = k + 1 < raw.size() ? raw.get(k + 1) : null;
            if (modifiesPerson(s, m, next)) {
                continue;
            }
            if (m.kind() == EntityKind.DEMONYM) {
                out.addAll(demonym(s, m, raw, day));
            } else if ((m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE) && m.end() < s.size()
                    && s.token(m.end()).is("'s")) {
                OfficialReader.Reading r = officials.read(s, m, m.end() + 1, raw, day);
                out.addAll(r.titled() ? r.mentions() : List.of(m));
            } else if (m.kind() == EntityKind.STATE && m.end() < s.size() && (Titles.head(s.token(m.end()))
                    || Titles.group(s.token(m.end())))) {
                // "the US president", "U.S. officials": a state name used as a demonym before a title
                OfficialReader.Reading r = officials.read(s, m, m.end(), raw, day);
                out.addAll(r.titled() ? r.mentions() : List.of(m));
            } else if ((m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE) && m.start() >= 2
                    && s.token(m.start() - 1).is("of")) {
                out.add(officials.before(s, m, day).orElse(m));
            } else {
                out.add(m);
            }
        }
        out = new ArrayList<>(ListHeads.widen(s, out));
        out.addAll(regions.find(s, out, day));
        out.sort(Comparator.comparingInt(Mention::start));
        references(s, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** "ethnic Albanians in Serbia" are not Albania. */
    private static boolean ethnic(Sentence s, Mention m) {
        return m.start() > 0 && s.token(m.start() - 1).is("ethnic")
                && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.DEMONYM);
    }

    /** "U.S. President Donald Trump", "Uzbek Foreign Minister Bakhtiyor Saidov": the state only qualifies the person. */
    private static boolean modifiesPerson(Sentence s, Mention m, Mention next) {
        if (next == null || next.kind() != EntityKind.PERSON || next.start() - m.end() > 3 || next.start() == m.end()
                || !(m.kind() == EntityKind.STATE || m.kind() == EntityKind.DEMONYM)) {
            return false;
        }
        for (int i = m.end(); i < next.start(); i++) {
            if (!s.token(i).capitalised() || s.token(i).is("and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A demonym with a title ("the Uzbek side", "Kazakh media"); "Hungarian and Romanian officials" gives each
     * demonym the state; otherwise the demonym is only an adjective.
     */
    private List<Mention> demonym(Sentence s, Mention m, List<Mention> raw, LocalDate day) {
        int i = m.end();
        OfficialReader.Reading r = officials.read(s, m, i, raw, day);
        if (r.titled()) {
            return r.mentions();
        }
        if (i < s.size() && OFFERS.contains(s.token(i).lower())) {
            // "opposed French mediation", "an Indian proposal": the state makes the offer
            return List.of(officials.state(s, m.start(), m.end(), m.entity().country()));
        }
        int k = i;
        while (k < s.size() && (s.token(k).is("and") || s.token(k).is(","))) {
            k++;
        }
        for (Mention other : raw) {
            if (k > i && other.start() == k && other.kind() == EntityKind.DEMONYM) {
                OfficialReader.Reading shared = officials.read(s, other, other.end(), raw, day);
                if (shared.mentions().size() == 1 && shared.mentions().get(0).kind() == EntityKind.STATE) {
                    return List.of(officials.state(s, m.start(), m.end(), m.entity().country()));
                }
            }
        }
        return List.of();
    }

    private static void references(Sentence s, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            final int at = i;
            if (out.stream().anyMatch(m -> at >= m.start() && at < m.end())) {
                continue;
            }
            String w = s.token(i).lower();
            if (PRONOUNS.contains(w)) {
                out.add(new Mention(i, i + 1, s.token(i).text(), null, Mention.Ref.PRONOUN));
            } else if ((w.equals("two") && i > 0 && s.token(i - 1).is("the")) || w.equals("both")) {
                int end = i + 1;
                while (end < s.size() && end <= i + 3 && !GROUP_NOUNS.contains(s.token(end).lower())
                        && (s.token(end).is("of") || s.token(end).is("these") || s.token(end).is("the"))) {
                    end++;
                }
                boolean noun = end < s.size() && GROUP_NOUNS.contains(s.token(end).lower());
                if (noun || w.equals("two")) {
                    int to = noun ? end + 1 : i + 1;
                    int from = w.equals("two") ? i - 1 : i;
                    out.add(new Mention(from, to, s.span(from, to), null, Mention.Ref.GROUP));
                    i = to - 1;
                }
            }
        }
    }
}
