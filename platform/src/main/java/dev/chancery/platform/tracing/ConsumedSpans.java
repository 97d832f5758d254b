package dev.chancery.platform.tracing;

import io.opentelemetry.api.trace.Span;

import java.util.List;

/** The consumer spans of one polled batch, ended together once the batch is applied. */
public final class ConsumedSpans implements AutoCloseable {
    private final List<Span> spans;

    ConsumedSpans(List<Span> spans) {
        this.spans = spans;
    }

    public int size() {
        return spans.size();
    }

    @Override
    public void close() {
        spans.forEach(Span::end);
    }
}
