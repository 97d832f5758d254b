package dev.chancery.query.ask;

import dev.chancery.model.reference.Gathering;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Narrows the gatherings a name may mean by the words around it: a year next to it ("G20 2026", "the 2025
 * G20", "G20 summit in 2025"), a relative year or "next"/"last" when the name is ambiguous ("next year's
 * G20", "the upcoming G20"), and a city or venue anywhere ("the G20 in Miami", "at Doral").
 *
 * @param words   the question
 * @param today   the day relative years are read against
 * @param mention where the gathering's name was found
 */
record GatheringQualifiers(List<Word> words, LocalDate today, Span mention) {
    private static final Map<String, Integer> RELATIVE_YEARS = Map.of("next", 1, "this", 0, "last", -1);
    private static final Set<String> UPCOMING = Set.of("next", "upcoming", "coming", "forthcoming");
    private static final Set<String> PAST = Set.of("last", "previous", "past", "latest", "recent");

    GatheringLookup narrow(GatheringLookup named) {
        return byPlace(byRelativeTime(byYear(named)));
    }

    private GatheringLookup byYear(GatheringLookup g) {
        int after = mention.end() < words.size() && words.get(mention.end()).norm().equals("in")
                ? mention.end() + 1 : mention.end();
        for (int at : new int[] {after, mention.start() - 1}) {
            if (at >= 0 && at < words.size() && words.get(at).isYear() && !g.used().get(at)) {
                int year = words.get(at).number();
                return keep(g, x -> x.year() == year, new Span(Math.min(at, mention.end()), at + 1));
            }
        }
        return g;
    }

    private GatheringLookup byRelativeTime(GatheringLookup g) {
        if (g.candidates().size() < 2) {
            return g;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            Integer shift = RELATIVE_YEARS.get(words.get(i).norm());
            if (shift != null && words.get(i + 1).norm().equals("year") && new Span(i, i + 2).freeIn(g.used())) {
                int year = today.getYear() + shift;
                return keep(g, x -> x.year() == year, new Span(i, i + 2));
            }
        }
        int before = mention.start() - 1;
        String word = before >= 0 ? words.get(before).norm() : "";
        Optional<Gathering> pick = UPCOMING.contains(word) ? dated(g).filter(x -> x.startDate().isAfter(today))
                .min(Comparator.comparing(Gathering::startDate))
                : PAST.contains(word) ? dated(g).filter(x -> x.startDate().isBefore(today))
                .max(Comparator.comparing(Gathering::startDate)) : null;
        return pick == null ? g : keep(g, x -> pick.filter(x::equals).isPresent(), new Span(before, before + 1));
    }

    private GatheringLookup byPlace(GatheringLookup g) {
        PhraseIndex<Gathering> places = new PhraseIndex<>();
        for (Gathering x : g.candidates()) {
            places.add(x.city() == null ? "" : x.city(), x).add(x.venue() == null ? "" : x.venue(), x);
        }
        for (PhraseIndex.Match<Gathering> m : places.find(words, g.used())) {
            g = keep(g, m.targets()::contains, m.span());
        }
        return g;
    }

    private static java.util.stream.Stream<Gathering> dated(GatheringLookup g) {
        return g.candidates().stream().filter(x -> x.startDate() != null);
    }

    private GatheringLookup keep(GatheringLookup g, Predicate<Gathering> test, Span spent) {
        String mention = g.mention() + " " + spent.text(words);
        return new GatheringLookup(mention, g.candidates().stream().filter(test).toList(), spent.markedIn(g.used()));
    }
}
