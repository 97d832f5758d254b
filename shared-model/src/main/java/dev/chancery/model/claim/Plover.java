package dev.chancery.model.claim;

/** The PLOVER event category and mode a claim codes to, e.g. CONSULT / phone. */
public record Plover(String event, String mode) {
}
