package dev.chancery.query.ask;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question that could not be mapped to any endpoint. Nothing is guessed: the record says what was
 * recognised (and what was not) and suggests questions that would be understood.
 *
 * @param question   the question as asked
 * @param understood what was recognised, e.g. "recognised actor Kazakhstan (KAZ)", and why it was not enough
 * @param examples   questions of the kinds that are understood
 */
public record Uninterpretable(String question, List<String> understood, List<String> examples)
        implements Interpretation {

    public Uninterpretable {
        Objects.requireNonNull(question, "question");
        understood = List.copyOf(understood == null ? List.of() : understood);
        examples = List.copyOf(examples == null ? List.of() : examples);
    }

    @Override
    public String describe() {
        String what = understood.isEmpty() ? "nothing was recognised" : String.join("; ", understood);
        return "Could not interpret \"" + question + "\": " + what + ".";
    }

    @Override
    public Optional<Endpoint> endpoint() {
        return Optional.empty();
    }
}
