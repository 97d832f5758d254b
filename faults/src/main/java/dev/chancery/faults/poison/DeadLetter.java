package dev.chancery.faults.poison;

/** One record of a dead-letter topic: the topic, its key and its {@code dead-letter-reason} (null if none). */
public record DeadLetter(String topic, String key, String reason) {
}
