package dev.chancery.platform.store;

/**
 * What the appender believes the stream's current version is. {@link #any()} skips the check;
 * {@link #noStream()} requires a new stream; {@link #exactly(long)} requires that version.
 */
public record ExpectedVersion(long value) {
    private static final long ANY = -1;

    public static ExpectedVersion any() {
        return new ExpectedVersion(ANY);
    }

    public static ExpectedVersion noStream() {
        return new ExpectedVersion(0);
    }

    public static ExpectedVersion exactly(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a stream version is 0 (no stream) or more: " + version);
        }
        return new ExpectedVersion(version);
    }

    public boolean isAny() {
        return value == ANY;
    }

    /** True when a stream at {@code actual} satisfies this expectation. */
    public boolean admits(long actual) {
        return isAny() || value == actual;
    }

    @Override
    public String toString() {
        return isAny() ? "any" : value == 0 ? "no stream" : "version " + value;
    }
}
