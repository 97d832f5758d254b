package dev.chancery.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.json.ChanceryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(ExtractCommand.run("--published", "yesterday", "x.txt")).isEqualTo(2);
        assertThat(ExtractCommand.run("x.txt")).isEqualTo(2);
        assertThat(ExtractCommand.run("--published", "2025-12-24", "--outlet-kind", "BLOG", "x.txt")).isEqualTo(2);
    }

    @Test
    void printsClaimsAsJsonArray(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Tokayev and Trump held a phone conversation on Dec. 23, Akorda said.");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = ExtractCommand.run("--published", "2025-12-24", "--outlet", "Kazinform", f.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        JsonNode json = ChanceryJson.mapper().readTree(buf.toString(StandardCharsets.UTF_8));
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("type").asText()).isEqualTo("PHONE_CALL");
        assertThat(json.get(0).get("date").get("start").asText()).isEqualTo("2025-12-23");
    }
}
