package dev.chancery.extraction.domain;

/**
 * One token of a sentence.
 *
 * @param text  as written
 * @param lower lower-cased text
 * @param start offset in the article body (inclusive)
 * @param end   offset in the article body (exclusive)
 * @param pos   UD universal POS tag, or "X" when the sentence was not tagged
 * @param lemma lower-case lemma (the lower-cased text when not lemmatised)
 */
public record Token(String text, String lower, int start, int end, String pos, String lemma) {

    public boolean is(String word) {
        return lower.equals(word);
    }

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean verb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }
}
