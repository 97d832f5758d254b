package dev.chancery.model.verdict;

/** How well a diplomatic event is established (see docs/architecture.md). */
public enum Verdict {
    /** A participant's own official channel asserts it. */
    CONFIRMED,
    /** Two or more independent outlets, no participant. */
    CORROBORATED,
    /** One independent source. */
    REPORTED,
    /** Credible claims contradict each other. */
    DISPUTED,
    /** A participant officially denies it and no participant asserts it. */
    REFUTED
}
