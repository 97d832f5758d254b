package dev.chancery.extraction.domain.syntax;

import java.util.List;

/** Parses one pretokenised sentence: one head and relation per given word, indexes as given. */
public interface DependencyParser {

    Parse parse(List<String> words);

    /** Loads the models now rather than on the first parse. */
    default void load() {
    }
}
