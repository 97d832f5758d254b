package dev.chancery.ingestion.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads newline-delimited records from a stream one at a time, holding at most one line (bounded) in memory.
 * A line longer than the bound is skipped to its end and reported as oversize rather than buffered.
 */
public final class NdjsonLines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private int number;
    private long bytesRead;
    private boolean eof;

    /**
     * One line.
     *
     * @param number   1-based physical line number
     * @param bytes    the content without the line break, or null when oversize
     * @param oversize the line exceeded the bound and was discarded
     */
    public record Line(int number, byte[] bytes, boolean oversize) {
        public boolean isBlank() {
            if (oversize) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    public NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean oversize = false;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                return any ? finish(line, oversize) : null;
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int length = pos - start;
            if (!oversize && line.size() + length > maxLineBytes) {
                oversize = true;
                line.reset();
            }
            if (!oversize) {
                line.write(buffer, start, length);
            }
            if (pos < limit) {
                pos++;
                return finish(line, oversize);
            }
        }
    }

    /** Bytes consumed from the stream so far. */
    public long bytesRead() {
        return bytesRead;
    }

    private Line finish(ByteArrayOutputStream line, boolean oversize) {
        number++;
        if (oversize) {
            return new Line(number, null, true);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, end - 1);
        }
        return new Line(number, bytes, false);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            eof = n < 0;
            return !eof && fill();
        }
        pos = 0;
        limit = n;
        bytesRead += n;
        return true;
    }
}
