package dev.chancery.extraction.domain;

import java.util.List;

/**
 * A sentence of an article body with its tokens.
 *
 * @param index  0-based position in the body
 * @param start  offset of the sentence in the body (inclusive)
 * @param end    offset in the body (exclusive)
 * @param text   the sentence text
 * @param tokens its tokens (tagged and lemmatised only when {@code tagged})
 * @param tagged true when POS tags and lemmas come from the models
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean tagged) {

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The text between two token indexes (end exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }

    /** Index of the first token at or after {@code from} whose lower text is one of {@code words}, or -1. */
    public int indexOf(int from, String... words) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            for (String w : words) {
                if (tokens.get(i).is(w)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
