package dev.chancery.query.ask;

import java.util.Optional;

/** Questions about everything one actor did ({@link Timeline}): "what has Uzbekistan done?", "timeline of Tokayev". */
final class TimelineQuestions {
    private TimelineQuestions() {
    }

    static Optional<Interpretation> interpret(Reading r) {
        boolean asked = r.cues().has(Cue.TIMELINE) || (r.cues().has(Cue.DEED) && r.cues().has(Cue.WHAT));
        if (!asked) {
            return Optional.empty();
        }
        if (r.gathering().named() || r.actors().size() != 1) {
            return Optional.of(r.refuse("a timeline is asked about for exactly one actor"));
        }
        if (r.period().named()) {
            return Optional.of(r.refuse("a timeline covers all time; ask about contacts for a period"));
        }
        return Optional.of(new Timeline(r.actors().get(0).actor().id()));
    }
}
