package dev.chancery.model.claim;

/**
 * Where in the article the claim was read.
 *
 * @param sentence      the sentence text
 * @param sentenceIndex 0-based index of the sentence in the body
 * @param start         character offset of the sentence in the body (inclusive)
 * @param end           character offset of the sentence in the body (exclusive)
 * @param trigger       the word that triggered the claim ("invited", "call")
 */
public record Evidence(String sentence, int sentenceIndex, int start, int end, String trigger) {
}
