package dev.chancery.query.ask;

import java.util.BitSet;
import java.util.List;

/**
 * A run of words in a question, {@code [start, end)}.
 *
 * @param start index of the first word
 * @param end   index after the last word
 */
record Span(int start, int end) {

    boolean freeIn(BitSet taken) {
        return taken.get(start, end).isEmpty();
    }

    /** A copy of {@code taken} with this span's words marked. */
    BitSet markedIn(BitSet taken) {
        BitSet copy = (BitSet) taken.clone();
        copy.set(start, end);
        return copy;
    }

    List<String> norms(List<Word> words) {
        return words.subList(start, end).stream().map(Word::norm).toList();
    }

    /** The words as written, joined by spaces unless they were written together ("G20"). */
    String text(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            Word w = words.get(i);
            text.append(i == start || w.glued() ? "" : " ").append(w.original());
        }
        return text.toString();
    }
}
