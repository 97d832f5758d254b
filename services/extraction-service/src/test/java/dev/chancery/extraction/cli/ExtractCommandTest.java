package dev.chancery.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.json.ChanceryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        JsonNode json = run(dir, "Tokayev and Trump held a phone conversation on Dec. 23, Akorda said.");
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("type").asText()).isEqualTo("PHONE_CALL");
        assertThat(json.get(0).get("date").get("start").asText()).isEqualTo("2025-12-23");
    }

    /** A relative clause misleads word order: only the parse finds the inviter ("--no-parser" reads the rules alone). */
    @ParameterizedTest
    @CsvSource({"'', person:shavkat-mirziyoyev", "--no-parser, person:vladimir-putin"})
    void noParserLeavesWordOrderAlone(String option, String inviter, @TempDir Path dir) throws Exception {
        JsonNode json = run(dir, "Mirziyoyev, who met Putin in Moscow last week, invited Erdogan to visit Uzbekistan.",
                option);
        JsonNode invitation = java.util.stream.StreamSupport.stream(json.spliterator(), false)
                .filter(c -> c.get("type").asText().equals("INVITATION")).findFirst().orElseThrow();
        assertThat(java.util.stream.StreamSupport.stream(invitation.get("actors").spliterator(), false)
                .filter(a -> a.get("role").asText().equals("INVITER")).map(a -> a.get("id").asText()))
                .containsExactly(inviter);
    }

    private static JsonNode run(Path dir, String body, String... options) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, body);
        List<String> args = new ArrayList<>(List.of("--published", "2025-12-24", "--outlet", "Kazinform"));
        Arrays.stream(options).filter(o -> !o.isEmpty()).forEach(args::add);
        args.add(f.toString());
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = ExtractCommand.run(args.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        return ChanceryJson.mapper().readTree(buf.toString(StandardCharsets.UTF_8));
    }
}
