package dev.chancery.bench.baseline;

import dev.chancery.bench.harness.Results;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's limit: the same fact rows COPY'd (pgjdbc CopyManager, text format) into tables shaped like the fact
 * store's {@code facts} table (same columns, keys, unique constraints and indexes), one per producing service, in a
 * schema of the bench's own that is dropped afterwards.
 */
public final class CopyBaseline {
    public static final String SCHEMA = "bench_copy";
    private static final String COLUMNS = "stream_id, stream_version, fact_id, type, payload, correlation_id, "
            + "causation_id, producer, valid_time, published_time, recorded_at";

    private CopyBaseline() {
    }

    public static void run(Results results, String jdbcUrl, String user, String password, Map<String, Path> files,
            long rows) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            for (String store : files.keySet()) {
                String t = SCHEMA + "." + store + "_facts";
                s.execute("CREATE TABLE " + t + " ("
                        + "position BIGSERIAL PRIMARY KEY, stream_id TEXT NOT NULL, stream_version BIGINT NOT NULL, "
                        + "fact_id UUID NOT NULL UNIQUE, type TEXT NOT NULL, payload JSONB NOT NULL, "
                        + "correlation_id UUID, causation_id UUID, producer TEXT NOT NULL, valid_time TIMESTAMPTZ, "
                        + "published_time TIMESTAMPTZ, recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), "
                        + "CONSTRAINT " + store + "_sv UNIQUE (stream_id, stream_version), "
                        + "CONSTRAINT " + store + "_svp CHECK (stream_version > 0))");
                s.execute("CREATE INDEX ON " + t + " (type, position)");
                s.execute("CREATE INDEX ON " + t + " (recorded_at)");
            }
            s.execute("CHECKPOINT");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long bytes = 0;
            long copied = 0;
            long start = System.nanoTime();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                bytes += Files.size(f.getValue());
                try (BufferedReader in = Files.newBufferedReader(f.getValue())) {
                    copied += copy.copyIn("COPY " + SCHEMA + "." + f.getKey() + "_facts (" + COLUMNS
                            + ") FROM STDIN", in, 1 << 20);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            results.figure("copy.rowsPerSec", copied / seconds);
            results.figure("copy.mbPerSec", bytes / seconds / (1024 * 1024));
            results.figure("copy.rows", copied);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("rows", copied);
            d.put("seconds", seconds);
            d.put("bytes", bytes);
            d.put("tables", files.keySet());
            results.detail("copy", d);
            Results.log("PostgreSQL COPY: %d rows in %.1f s = %.0f rows/s (%.1f MB/s)", copied, seconds,
                    copied / seconds, bytes / seconds / (1024 * 1024));
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    /** One row of COPY text format for a fact. */
    public static String row(String streamId, long version, String factId, String type, String payload,
            Object correlation, Object causation, String producer, Object valid, Object published, Object recorded) {
        StringBuilder b = new StringBuilder(payload.length() + 300);
        field(b, streamId).append('\t');
        b.append(version).append('\t');
        field(b, factId).append('\t');
        field(b, type).append('\t');
        field(b, payload).append('\t');
        field(b, correlation).append('\t');
        field(b, causation).append('\t');
        field(b, producer).append('\t');
        field(b, valid).append('\t');
        field(b, published).append('\t');
        field(b, recorded).append('\n');
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, Object value) {
        if (value == null) {
            return b.append("\\N");
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b;
    }
}
