package dev.chancery.query.ask;

import java.util.Optional;

/**
 * Questions about calls, visits and meetings ({@link Contacts}): one or two actors, an optional type and
 * an optional period ("did Tokayev and Trump speak in September 2025?", "who visited Kazakhstan last year?").
 */
final class ContactQuestions {
    private ContactQuestions() {
    }

    static Optional<Interpretation> interpret(Reading r) {
        if (!r.cues().aboutContacts()) {
            return Optional.empty();
        }
        if (r.gathering().named()) {
            return Optional.of(r.refuse("contacts are asked about between actors, not at a gathering"));
        }
        if (r.period().problem() != null) {
            return Optional.of(r.refuse(null));
        }
        if (r.actors().isEmpty() || r.actors().size() > 2) {
            return Optional.of(r.refuse("contacts are asked about for one actor or between two"));
        }
        String actor = r.actors().get(0).actor().id();
        String counterpart = r.actors().size() == 2 ? r.actors().get(1).actor().id() : null;
        if (actor.equals(counterpart)) {
            return Optional.of(r.refuse("both sides stand for " + r.actors().get(0).actor()));
        }
        Period p = r.period().orAlways();
        return Optional.of(new Contacts(actor, counterpart, r.cues().contactType(), p.from(), p.to()));
    }
}
