package dev.chancery.query.ask;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases (normalised token sequences) pointing at targets. Finds, left to right, the longest phrase
 * starting at each free word of a question.
 *
 * @param <T> what a phrase names
 */
final class PhraseIndex<T> {
    private final Map<List<String>, Set<T>> phrases = new LinkedHashMap<>();
    private int longest;

    /** Adds a name for a target; blank names are ignored. */
    PhraseIndex<T> add(String name, T target) {
        return add(Tokenizer.phrase(name), target);
    }

    PhraseIndex<T> add(List<String> phrase, T target) {
        if (!phrase.isEmpty()) {
            phrases.computeIfAbsent(List.copyOf(phrase), p -> new LinkedHashSet<>()).add(target);
            longest = Math.max(longest, phrase.size());
        }
        return this;
    }

    /** The phrases found among the free words; a phrase never spans a taken word. */
    List<Match<T>> find(List<Word> words, BitSet taken) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> match = longestAt(words, taken, i);
            found.add(match);
            i = match == null ? i + 1 : match.span().end();
        }
        found.removeIf(m -> m == null);
        return found;
    }

    private Match<T> longestAt(List<Word> words, BitSet taken, int start) {
        for (int length = Math.min(longest, words.size() - start); length > 0; length--) {
            Span span = new Span(start, start + length);
            Set<T> targets = span.freeIn(taken) ? phrases.get(span.norms(words)) : null;
            if (targets != null) {
                return new Match<>(List.copyOf(targets), span);
            }
        }
        return null;
    }

    /**
     * A phrase found in a question.
     *
     * @param targets everything the phrase names (more than one when it is ambiguous)
     * @param span    where it was found
     */
    record Match<T>(List<T> targets, Span span) {
    }
}
