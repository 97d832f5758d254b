package dev.chancery.query.ask;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.Organisation;
import dev.chancery.model.reference.ReferenceData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gatherings by name and alias ("Miami G20", "G-20 summit in Doral", "the Board of Peace"), by series name
 * ("G20", "NATO summit") narrowed by year, city, venue and host ({@link GatheringQualifiers}).
 * Aliases with relative years ("G20 summit next year") are left out: relative years are read against the clock.
 */
final class GatheringDirectory {
    private static final Set<String> RELATIVE = Set.of("next", "this", "last", "previous");
    private final PhraseIndex<Gathering> names = new PhraseIndex<>();

    GatheringDirectory(ReferenceData data) {
        Set<String> series = seriesBodies(data);
        for (Gathering g : data.gatherings()) {
            List<String> all = new ArrayList<>(g.aliases());
            all.add(g.name());
            all.stream().map(Tokenizer::phrase).filter(p -> p.stream().noneMatch(RELATIVE::contains))
                    .forEach(p -> names.add(p, g).add(withoutYears(p), g));
            if (series.contains(g.organisation())) {
                Organisation body = data.organisation(g.organisation()).orElseThrow();
                names.add(body.name(), g);
                body.aliases().forEach(alias -> names.add(alias, g));
            }
        }
    }

    /** The gathering named among the words, narrowed by year and place; {@link GatheringLookup#none()} if none. */
    GatheringLookup resolve(List<Word> words, java.time.LocalDate today) {
        List<PhraseIndex.Match<Gathering>> matches = names.find(words, new BitSet());
        if (matches.isEmpty()) {
            return GatheringLookup.none();
        }
        Set<Gathering> candidates = new LinkedHashSet<>(matches.get(0).targets());
        BitSet used = new BitSet();
        for (PhraseIndex.Match<Gathering> m : matches) {
            candidates.retainAll(m.targets());
            used = m.span().markedIn(used);
        }
        String mention = matches.stream().map(m -> m.span().text(words)).collect(Collectors.joining(" "));
        GatheringLookup named = new GatheringLookup(mention, List.copyOf(candidates), used);
        Span span = new Span(matches.get(0).span().start(), matches.get(matches.size() - 1).span().end());
        return new GatheringQualifiers(words, today, span).narrow(named);
    }

    /** Bodies whose name also names their gatherings: all of them summits or memberships ("G20", "NATO"). */
    private static Set<String> seriesBodies(ReferenceData data) {
        return data.organisations().stream().filter(o -> o.kind().equals("BODY")).map(Organisation::id)
                .filter(id -> data.gatherings().stream().filter(g -> id.equals(g.organisation()))
                        .allMatch(g -> g.kind().equals("SUMMIT") || g.kind().equals("MEMBERSHIP")))
                .collect(Collectors.toSet());
    }

    private static List<String> withoutYears(List<String> phrase) {
        return phrase.stream().filter(t -> !new Word(t, t).isYear()).toList();
    }
}
