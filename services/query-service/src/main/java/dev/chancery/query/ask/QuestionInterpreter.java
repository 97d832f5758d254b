package dev.chancery.query.ask;

import dev.chancery.model.reference.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps an English question about diplomacy to the read endpoint that answers it, by matching names from
 * the reference data and a few cue words. Pure and thread-safe; relative dates are read against the clock.
 * It never guesses: anything it cannot map fully is {@link Uninterpretable}, saying what it recognised.
 */
public final class QuestionInterpreter {
    private final GatheringDirectory gatherings;
    private final ActorDirectory actors;
    private final InvitationQuestions invitations;
    private final Clock clock;

    public QuestionInterpreter(ReferenceData data, Clock clock) {
        this.gatherings = new GatheringDirectory(data);
        this.actors = new ActorDirectory(data);
        this.invitations = new InvitationQuestions(data);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An interpreter over the reference data on the classpath. */
    public QuestionInterpreter(Clock clock) {
        this(ReferenceData.load(), clock);
    }

    public Interpretation interpret(String question) {
        Reading r = read(question == null ? "" : question.strip());
        Optional<String> blocker = blocker(r);
        if (blocker.isPresent()) {
            return r.refuse(blocker.get());
        }
        return invitations.interpret(r)
                .or(() -> ContactQuestions.interpret(r))
                .or(() -> TimelineQuestions.interpret(r))
                .orElseGet(() -> r.refuse("the kind of question was not recognised"));
    }

    private Reading read(String question) {
        LocalDate today = LocalDate.now(clock);
        List<Word> words = Tokenizer.words(question);
        GatheringLookup named = gatherings.resolve(words, today);
        HostQualifier.Placed placed = HostQualifier.apply(named, actors.find(words, named.used()), words);
        BitSet taken = (BitSet) placed.gathering().used().clone();
        placed.actors().forEach(a -> taken.set(a.span().start(), a.span().end()));
        PeriodLookup period = PeriodReader.read(words, taken, today);
        taken.or(period.used());
        Cues cues = Cues.find(words, taken);
        cues.found().forEach(m -> taken.set(m.span().start(), m.span().end()));
        return new Reading(question, words, placed.gathering(), placed.actors(), period, cues,
                KnownWords.unrecognisedNames(words, taken));
    }

    private static Optional<String> blocker(Reading r) {
        if (r.words().isEmpty()) {
            return Optional.of("the question is empty");
        }
        if (!r.unrecognised().isEmpty()) {
            return Optional.of("unrecognised names are not guessed");
        }
        if (r.actors().stream().anyMatch(ActorMention::ambiguous)) {
            return Optional.of("an ambiguous name is not guessed");
        }
        if (r.cues().has(Cue.NEGATION)) {
            return Optional.of("negative questions are not supported");
        }
        return Optional.empty();
    }
}
