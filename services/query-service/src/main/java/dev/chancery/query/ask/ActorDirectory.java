package dev.chancery.query.ask;

import dev.chancery.model.reference.Country;
import dev.chancery.model.reference.Organisation;
import dev.chancery.model.reference.Person;
import dev.chancery.model.reference.ReferenceData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Actors by name, alias, demonym, capital, metonym, surname or press service ("Tokayev", "the Kazakh
 * president", "Washington", "the Kremlin", "Akorda"), resolved to the state they stand for; officials and
 * bodies that serve no state resolve to the body ({@code org:eu}). Media outlets are sources, not actors.
 */
final class ActorDirectory {
    /** Names that are also ordinary English words once case and "the" are dropped. */
    private static final Set<List<String>> ORDINARY_WORDS =
            Set.of(List.of("us"), List.of("states"), List.of("alliance"), List.of("commission"));

    private final ReferenceData data;
    private final PhraseIndex<Actor> names = new PhraseIndex<>();

    ActorDirectory(ReferenceData data) {
        this.data = data;
        for (Country c : data.countries()) {
            Actor state = new Actor(c.alpha3(), c.name());
            List<String> all = new ArrayList<>(c.aliases());
            all.addAll(c.demonyms());
            all.addAll(c.metonyms());
            all.add(c.name());
            all.add(c.capital() == null ? "" : c.capital());
            all.forEach(name -> add(name, state));
        }
        for (Person p : data.people()) {
            Optional<Actor> actor = p.country() != null ? state(p.country()) : body(p.organisation());
            actor.ifPresent(a -> p.aliases().forEach(name -> add(name, a)));
            actor.ifPresent(a -> add(p.name(), a));
        }
        for (Organisation o : data.organisations()) {
            Optional<Actor> actor = o.kind().equals("MEDIA") ? Optional.empty()
                    : o.country() != null ? state(o.country()) : body(o.id());
            actor.ifPresent(a -> o.aliases().forEach(name -> add(name, a)));
            actor.ifPresent(a -> add(o.name(), a));
        }
    }

    /** The actors named among the free words, plus alpha-3 codes written in capitals ("KAZ"). */
    List<ActorMention> find(List<Word> words, BitSet taken) {
        List<ActorMention> found = new ArrayList<>();
        for (PhraseIndex.Match<Actor> m : names.find(words, taken)) {
            found.add(new ActorMention(m.targets(), m.span(), m.span().text(words)));
            taken = m.span().markedIn(taken);
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Optional<Actor> code = w.original().length() == 3 && w.allCaps() && !taken.get(i)
                    ? data.country(w.original()).flatMap(c -> state(c.alpha3())) : Optional.empty();
            int at = i;
            code.ifPresent(a -> found.add(new ActorMention(List.of(a), new Span(at, at + 1), w.original())));
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(found);
    }

    Optional<Actor> state(String alpha3) {
        return data.country(alpha3).map(c -> new Actor(c.alpha3(), c.name()));
    }

    private Optional<Actor> body(String orgId) {
        return data.organisation(orgId).map(o -> new Actor(o.id(), o.name()));
    }

    private void add(String name, Actor actor) {
        List<String> phrase = Tokenizer.phrase(name);
        if (!ORDINARY_WORDS.contains(phrase)) {
            names.add(phrase, actor);
        }
    }
}
