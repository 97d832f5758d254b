package dev.chancery.query.ask;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything recognised in a question before deciding what it asks: the gathering, the actors (in order),
 * the period, the cue words and the capitalised names nothing recognised.
 *
 * @param question     the question as asked
 * @param words        its words
 * @param gathering    the gathering named, if any
 * @param actors       the actors named, in order of appearance, not counting a gathering's host
 * @param period       the period named, if any
 * @param cues         the cue words
 * @param unrecognised capitalised names that are neither actors, gatherings nor ordinary words
 */
record Reading(String question, List<Word> words, GatheringLookup gathering, List<ActorMention> actors,
               PeriodLookup period, Cues cues, List<String> unrecognised) {

    /** Refuses the question, listing what was understood and, if given, why that was not enough. */
    Uninterpretable refuse(String reason) {
        List<String> understood = understood();
        if (reason != null) {
            understood.add((understood.isEmpty() ? "" : "but ") + reason);
        }
        return new Uninterpretable(question, understood, Examples.suggest(this));
    }

    List<String> understood() {
        List<String> out = new ArrayList<>();
        if (gathering.named()) {
            out.add(gathering.found() ? "recognised " + gathering.describe() : gathering.describe());
        }
        actors.forEach(a -> out.add(a.ambiguous() ? a.describe() : "recognised " + a.describe()));
        if (period.named()) {
            out.add(period.problem() == null ? "recognised " + period.describe() : period.describe());
        }
        if (cues.aboutInvitations()) {
            out.add("recognised a question about invitations" + (cues.states().isEmpty() ? "" : " " + cues.states()));
        }
        if (cues.aboutContacts()) {
            out.add("recognised a question about contacts"
                    + (cues.contactType() == null ? "" : " (" + cues.contactType() + ")"));
        }
        unrecognised.forEach(n -> out.add("did not recognise \"" + n + "\""));
        return out;
    }
}
