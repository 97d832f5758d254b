package dev.chancery.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The request bodies of an open-loop POST load, prepared by the bench JVM (so ids and feed times follow its article
 * counter) and read by the load generator JVM: one JSON line per POST, the i-th line for the i-th request, with the
 * gatherings the article's invitation claims name (where its visibility is looked for).
 */
public final class PreparedPosts {
    /** One POST: its body and the gatherings to watch for it. */
    public record Post(byte[] body, Set<String> gatherings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PreparedPosts() {
    }

    public static void write(Path file, List<Post> posts) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Post p : posts) {
                ObjectNode line = JSON.createObjectNode();
                p.gatherings().forEach(line.putArray("gatherings")::add);
                line.put("body", new String(p.body(), StandardCharsets.UTF_8));
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    public static List<Post> read(Path file) throws IOException {
        List<Post> posts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = JSON.readTree(line);
                Set<String> gatherings = new LinkedHashSet<>();
                node.path("gatherings").forEach(g -> gatherings.add(g.asText()));
                posts.add(new Post(node.path("body").asText().getBytes(StandardCharsets.UTF_8), gatherings));
            }
        }
        return posts;
    }
}
