package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimType;

/**
 * A word that evokes a claim type.
 *
 * @param type    the claim type it evokes
 * @param index   token index of the trigger word
 * @param word    the word as written
 * @param nominal true for nouns ("invitation", "visit", "call"), false for verbs
 * @param hostSide true for visits told from the host's side ("hosted", "welcomed", "received")
 */
public record Trigger(ClaimType type, int index, String word, boolean nominal, boolean hostSide) {
}
