package dev.chancery.ingestion.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NdjsonLinesTest {

    @Test
    void splitsOnNewlinesAndStripsCarriageReturns() throws IOException {
        List<NdjsonLines.Line> lines = all("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}", 100);
        assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}");
        assertThat(lines.get(1).isBlank()).isTrue();
    }

    @Test
    void anOversizeLineIsSkippedToItsEndWithoutLosingTheNext() throws IOException {
        String big = "x".repeat(200_000);
        List<NdjsonLines.Line> lines = all("{\"a\":1}\n" + big + "\n{\"b\":2}\n", 1000);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).oversize()).isTrue();
        assertThat(lines.get(1).bytes()).isNull();
        assertThat(new String(lines.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
    }

    @Test
    void readsAStreamThatArrivesInSmallPiecesAndCountsBytes() throws IOException {
        byte[] data = "{\"a\":1}\n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(data)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        NdjsonLines reader = new NdjsonLines(trickle, 100);
        assertThat(new String(reader.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(reader.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        assertThat(reader.next()).isNull();
        assertThat(reader.bytesRead()).isEqualTo(data.length);
    }

    private static List<NdjsonLines.Line> all(String text, int max) throws IOException {
        NdjsonLines reader = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<NdjsonLines.Line> out = new ArrayList<>();
        for (NdjsonLines.Line l = reader.next(); l != null; l = reader.next()) {
            out.add(l);
        }
        return out;
    }
}
