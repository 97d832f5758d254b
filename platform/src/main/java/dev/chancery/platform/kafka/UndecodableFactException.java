package dev.chancery.platform.kafka;

/** A Kafka record that cannot be read as a Chancery fact: it goes to the dead-letter topic with this reason. */
public class UndecodableFactException extends RuntimeException {
    public UndecodableFactException(String message) {
        super(message);
    }

    public UndecodableFactException(String message, Throwable cause) {
        super(message, cause);
    }
}
