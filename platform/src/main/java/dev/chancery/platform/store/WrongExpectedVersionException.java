package dev.chancery.platform.store;

/** An append whose expected version does not match the stream: someone else appended first. */
public class WrongExpectedVersionException extends RuntimeException {
    private final String streamId;
    private final ExpectedVersion expected;
    private final long actual;

    public WrongExpectedVersionException(String streamId, ExpectedVersion expected, long actual) {
        super("append to stream '" + streamId + "' expected " + expected + " but the stream is at version " + actual);
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
    }

    public String streamId() {
        return streamId;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
