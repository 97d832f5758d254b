package dev.chancery.model.fact.compat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * BACKWARD_TRANSITIVE over a topic's published revisions: a candidate schema must be able to replace every one of
 * them, not only the last. A change that cannot is a new topic version, whose history starts empty.
 */
public final class SchemaEvolution {
    private SchemaEvolution() {
    }

    /** Why {@code candidate} may not be published after {@code published}; empty when it may. */
    public static List<String> problems(List<JsonNode> published, JsonNode candidate) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            int revision = i + 1;
            BackwardCompatibility.problems(published.get(i), candidate)
                    .forEach(p -> problems.add("against revision " + revision + ": " + p));
        }
        return problems;
    }
}
