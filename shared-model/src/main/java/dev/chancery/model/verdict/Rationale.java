package dev.chancery.model.verdict;

import java.util.List;

/**
 * One reason behind a verdict.
 *
 * @param rule   the named rule that contributed ("official-participant-asserts")
 * @param text   a short human sentence
 * @param claims the claim ids the rule looked at
 */
public record Rationale(String rule, String text, List<String> claims) {
}
