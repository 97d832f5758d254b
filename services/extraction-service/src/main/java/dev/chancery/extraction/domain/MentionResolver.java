package dev.chancery.extraction.domain;

import dev.chancery.model.reference.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns raw gazetteer matches into actor mentions: demonym or state plus title ("the Kazakh leader",
 * "Japan's prime minister", "the Emir of Qatar") becomes the office holder on the day, or the state;
 * adds pronouns and plural references ("the two presidents", "both of these leaders") for coreference.
 */
public final class MentionResolver {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "we", "i", "us", "our");
    private static final Set<String> GROUP_NOUNS = Set.of("leaders", "presidents", "sides", "countries", "men",
            "heads", "states", "ministers");
    private final Offices offices;

    public MentionResolver(Offices offices) {
        this.offices = offices;
    }

    public List<Mention> resolve(Sentence s, List<Mention> raw, LocalDate day) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Mention m = raw.get(k);
            Mention next = k + 1 < raw.size() ? raw.get(k + 1) : null;
            if (modifiesPerson(s, m, next)) {
                continue;
            }
            if (m.kind() == EntityKind.DEMONYM) {
                titled(s, m, m.end(), next, day).ifPresent(out::add);
            } else if ((m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE) && m.end() < s.size()
                    && s.token(m.end()).is("'s")) {
                if (next != null && next.kind() == EntityKind.PERSON && next.start() == m.end() + 1) {
                    continue;
                }
                out.add(titled(s, m, m.end() + 1, null, day).orElse(m));
            } else if (m.kind() == EntityKind.STATE && m.start() >= 2 && s.token(m.start() - 1).is("of")) {
                out.add(ofTitle(s, m, day).orElse(m));
            } else {
                out.add(m);
            }
        }
        references(s, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
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

    /** Demonym/state at m followed (from token i) by a title; empty when the demonym is just an adjective. */
    private Optional<Mention> titled(Sentence s, Mention m, int i, Mention next, LocalDate day) {
        if (next != null && next.kind() == EntityKind.PERSON && next.start() == i) {
            return Optional.empty();
        }
        for (int len = 2; len >= 1; len--) {
            if (i + len > s.size()) {
                continue;
            }
            String title = words(s, i, i + len);
            if (Offices.TITLES.containsKey(title)) {
                if (next != null && next.kind() == EntityKind.PERSON && next.start() == i + len) {
                    return Optional.empty();
                }
                return Optional.of(holder(s, m.start(), i + len, m.entity().country(), title, day));
            }
            if (len == 1 && Offices.STATE_NOUNS.contains(title)) {
                return Optional.of(stateMention(s, m.start(), i + 1, m.entity().country()));
            }
            if (len == 1 && title.equals("media")) {
                Entity media = new Entity(null, EntityKind.MEDIA, s.span(m.start(), i + 1), m.entity().country(), null, false);
                return Optional.of(Mention.of(m.start(), i + 1, s.span(m.start(), i + 1), media));
            }
        }
        return m.kind() == EntityKind.DEMONYM ? Optional.empty() : Optional.of(m);
    }

    /** "the president of Kazakhstan": a singular title right before "of". */
    private Optional<Mention> ofTitle(Sentence s, Mention m, LocalDate day) {
        int of = m.start() - 1;
        for (int len = 2; len >= 1; len--) {
            int from = of - len;
            if (from >= 0 && Offices.TITLES.containsKey(words(s, from, of))) {
                return Optional.of(holder(s, from, m.end(), m.entity().country(), words(s, from, of), day));
            }
        }
        return Optional.empty();
    }

    private Mention holder(Sentence s, int from, int to, String alpha3, String title, LocalDate day) {
        Optional<Person> p = offices.holder(alpha3, title, day);
        if (p.isPresent()) {
            Entity e = new Entity(p.get().id(), EntityKind.PERSON, p.get().name(), alpha3, null, true);
            return Mention.of(from, to, s.span(from, to), e);
        }
        return stateMention(s, from, to, alpha3);
    }

    private Mention stateMention(Sentence s, int from, int to, String alpha3) {
        return Mention.of(from, to, s.span(from, to), new Entity(alpha3, EntityKind.STATE, offices.countryName(alpha3),
                alpha3, null, false));
    }

    private static String words(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(s.token(i).lower());
        }
        return b.toString();
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
