package dev.chancery.model.fact.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.json.ChanceryJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every revision of a payload schema ever published on one topic version, kept under
 * {@code schemas/published/<Type>.v<topic version>/<revision>.schema.json}, numbered from 1 without gaps.
 */
public record PublishedSchemas(Path dir) {
    public static final Path ROOT = Path.of("src/main/resources/schemas/published");

    public static PublishedSchemas of(String typeName, int topicVersion) {
        return new PublishedSchemas(ROOT.resolve(typeName + ".v" + topicVersion));
    }

    /** The revisions in order, revision 1 first; empty for a topic version never published. */
    public List<JsonNode> revisions() {
        List<JsonNode> revisions = new ArrayList<>();
        for (int r = 1; Files.exists(revision(r)); r++) {
            revisions.add(read(revision(r)));
        }
        return revisions;
    }

    /** Keeps {@code schema} as the next revision. */
    public void publish(JsonNode schema) {
        try {
            Files.createDirectories(dir);
            ChanceryJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValue(revision(revisions().size() + 1).toFile(), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files in the directory that are not part of the 1..n sequence (a gap or a stray name). */
    public List<String> strayFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        int count = revisions().size();
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.matches("[1-9][0-9]*\\.schema\\.json")
                            || Integer.parseInt(name.substring(0, name.indexOf('.'))) > count)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path revision(int r) {
        return dir.resolve(r + ".schema.json");
    }

    private static JsonNode read(Path file) {
        try {
            return ChanceryJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
