package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Sentence;
import dev.chancery.extraction.domain.Token;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parse side of the cascade: parses a sentence on request (at most once per sentence and thread), counts
 * the sentences considered and parsed and the CPU time spent parsing. Thread-safe; one per extractor.
 */
public final class Syntax {
    // CPU time rather than wall time: the machines that measure this are shared, and the target is CPU ms.
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final DependencyParser parser;
    private final AtomicLong considered = new AtomicLong();
    private final AtomicLong parsed = new AtomicLong();
    private final AtomicLong parseNanos = new AtomicLong();
    private final ThreadLocal<Memo> last = new ThreadLocal<>();

    /** Sentence counts and parse CPU time so far. */
    public record Stats(long considered, long parsed, long parseNanos) {
    }

    private record Memo(Sentence sentence, Parse parse, boolean wasParsed) {
    }

    public Syntax(DependencyParser parser) {
        this.parser = parser;
    }

    public static Syntax of(ParserMode mode) {
        return new Syntax(mode == ParserMode.OFF ? null : new CoreNlpParser());
    }

    public static Syntax off() {
        return new Syntax(null);
    }

    public boolean enabled() {
        return parser != null;
    }

    /** Records that the rules looked at a sentence with a trigger (once per sentence and thread). */
    public void consider(Sentence s) {
        Memo m = last.get();
        if (m == null || m.sentence() != s) {
            considered.incrementAndGet();
            last.set(new Memo(s, null, false));
        }
    }

    /** The parse of the sentence, computed once; null when the parser is off or fails on it. */
    public Parse parse(Sentence s) {
        if (parser == null) {
            return null;
        }
        consider(s);
        Memo m = last.get();
        if (m.wasParsed()) {
            return m.parse();
        }
        parser.load();
        long t0 = CPU.getCurrentThreadCpuTime();
        Parse p;
        try {
            p = parser.parse(s.tokens().stream().map(Token::text).toList());
        } catch (RuntimeException e) {
            // A sentence the parser cannot take keeps the rules' reading; extraction must not fail on it.
            p = null;
        }
        parseNanos.addAndGet(CPU.getCurrentThreadCpuTime() - t0);
        parsed.incrementAndGet();
        last.set(new Memo(s, p, true));
        return p;
    }

    public Stats stats() {
        return new Stats(considered.get(), parsed.get(), parseNanos.get());
    }
}
