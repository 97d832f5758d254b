package dev.chancery.examples;

import dev.chancery.model.fact.FactPayload;

/** What one record of the verdicts topic turned out to be: a verdict, or a record to skip and why. */
public sealed interface Reading {
    /** A payload that validated against its published schema and parsed into its record. */
    record Verdict(FactPayload payload) implements Reading {
    }

    /** A record this reader cannot read; the consumer logs the reason and moves on. */
    record Unreadable(String reason) implements Reading {
    }
}
