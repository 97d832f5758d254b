package dev.chancery.extraction.domain;

import dev.chancery.model.reference.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an official from a state or demonym and the title after it: a named official ("British Defence Secretary
 * Tom Hale", "Mahmoud Fathy, the Egyptian foreign minister") is the office holder only when the name is the
 * holder's, else a person outside the reference data with the title's state; an unnamed one is the holder on the
 * day or the state; a group noun ("Palestinian officials") is the state.
 */
final class OfficialReader {
    private final Offices offices;

    OfficialReader(Offices offices) {
        this.offices = offices;
    }

    /**
     * The reading of the title starting at token i after the country mention m.
     *
     * @param mentions what the span stands for (and an apposed official before it); empty with {@code titled}
     *                 when a known person follows the title
     * @param titled   false when no title follows (a demonym is then only an adjective)
     */
    record Reading(List<Mention> mentions, boolean titled) {
        static final Reading UNTITLED = new Reading(List.of(), false);
        static final Reading KNOWN_PERSON = new Reading(List.of(), true);

        static Reading of(Mention... ms) {
            return new Reading(List.of(ms), true);
        }
    }

    Reading read(Sentence s, Mention m, int i, List<Mention> raw, LocalDate day) {
        String country = m.entity().country();
        if (personAt(raw, i)) {
            return Reading.KNOWN_PERSON;
        }
        if (i < s.size() && s.token(i).is("media")) {
            Entity media = new Entity(null, EntityKind.MEDIA, s.span(m.start(), i + 1), country, null, false);
            return Reading.of(Mention.of(m.start(), i + 1, s.span(m.start(), i + 1), media));
        }
        TitleSpan t = TitleSpan.read(s, i, raw);
        if (t == null) {
            return Reading.UNTITLED;
        }
        if (t.group()) {
            return Reading.of(state(s, m.start(), t.end(), country));
        }
        if (t.end() < s.size() && (s.token(t.end()).is("'s") || s.token(t.end()).is("\u2019s"))) {
            return possessive(s, m, t, raw, day);
        }
        if (personAt(raw, t.end()) || NameSpan.apposedPerson(s, m.start(), raw)) {
            return Reading.KNOWN_PERSON;
        }
        int e = NameSpan.after(s, t.end(), raw);
        if (e > t.end()) {
            return Reading.of(named(s, m.start(), e, s.span(t.end(), e), country, t, day));
        }
        int name = NameSpan.apposed(s, m.start(), raw);
        if (name >= 0) {
            return Reading.of(named(s, name, t.end(), s.span(name, m.start() - 2), country, t, day));
        }
        return Reading.of(holder(s, m.start(), t.end(), country, t.key(), day));
    }

    /** "the Kazakh leader's aide": the holder; "Aida Sarsenova, the Kazakh leader's aide," also the aide. */
    private Reading possessive(Sentence s, Mention m, TitleSpan t, List<Mention> raw, LocalDate day) {
        String country = m.entity().country();
        Mention owner = holder(s, m.start(), t.end(), country, t.key(), day);
        TitleSpan second = TitleSpan.read(s, t.end() + 1, raw);
        int name = NameSpan.apposed(s, m.start(), raw);
        if (second == null || second.group() || name < 0) {
            return Reading.of(owner);
        }
        int to = m.start() - 2;
        return Reading.of(named(s, name, to, s.span(name, to), country, second, day), owner);
    }

    /** "the president of Kazakhstan", "the akim of Astana": a singular title right before "of". */
    Optional<Mention> before(Sentence s, Mention m, LocalDate day) {
        int of = m.start() - 1;
        for (int len = 2; len >= 1; len--) {
            int from = of - len;
            if (from < 0) {
                continue;
            }
            String title = Words.of(s, from, of);
            if (Offices.TITLES.containsKey(title) || len == 1 && Titles.head(s.token(from))) {
                return Optional.of(holder(s, from, m.end(), m.entity().country(), title, day));
            }
        }
        return Optional.empty();
    }

    private Mention named(Sentence s, int from, int to, String name, String country, TitleSpan t, LocalDate day) {
        Optional<Person> p = offices.holder(country, t.key(), day);
        if (p.isPresent() && (holds(p.get().name(), name) || p.get().aliases().stream().anyMatch(a -> holds(a, name)))) {
            return Mention.of(from, to, s.span(from, to), person(p.get(), country));
        }
        return Mention.of(from, to, s.span(from, to), Entity.unlisted(name, country, Titles.channel(t.words())));
    }

    /** The written name is the holder's: the same surname, or the start of the holder's name ("Ilham"). */
    private static boolean holds(String holderName, String written) {
        String h = holderName.toLowerCase(Locale.ROOT);
        String w = written.toLowerCase(Locale.ROOT);
        return h.endsWith(w.substring(w.lastIndexOf(' ') + 1)) || h.startsWith(w + " ");
    }

    Mention holder(Sentence s, int from, int to, String alpha3, String title, LocalDate day) {
        Optional<Person> p = offices.holder(alpha3, title, day);
        return p.isPresent() ? Mention.of(from, to, s.span(from, to), person(p.get(), alpha3)) : state(s, from, to, alpha3);
    }

    private static Entity person(Person p, String alpha3) {
        return new Entity(p.id(), EntityKind.PERSON, p.name(), alpha3, null, true);
    }

    Mention state(Sentence s, int from, int to, String alpha3) {
        return Mention.of(from, to, s.span(from, to), new Entity(alpha3, EntityKind.STATE, offices.countryName(alpha3),
                alpha3, null, false));
    }

    private static boolean personAt(List<Mention> raw, int i) {
        return raw.stream().anyMatch(x -> x.start() == i && x.kind() == EntityKind.PERSON);
    }
}
