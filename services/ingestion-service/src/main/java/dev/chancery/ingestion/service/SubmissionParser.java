package dev.chancery.ingestion.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.json.ChanceryJson;

import java.io.IOException;

/** Reads one JSON article (a request body, an NDJSON line, a Kafka record) into a {@link ArticleSubmission}. */
public final class SubmissionParser {
    private static final ObjectMapper JSON = ChanceryJson.mapper();

    private SubmissionParser() {
    }

    public static ArticleSubmission parse(byte[] json) {
        if (json == null || isBlank(json)) {
            throw ArticleRejectedException.of(400, "empty-request", "Empty request", "an article (one JSON object) is required");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw ArticleRejectedException.of(400, "malformed-json", "Malformed JSON",
                        "expected one JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
            }
            return JSON.treeToValue(node, ArticleSubmission.class);
        } catch (JsonProcessingException e) {
            throw ArticleRejectedException.of(400, "malformed-json", "Malformed JSON", e.getOriginalMessage());
        } catch (IOException e) {
            throw ArticleRejectedException.of(400, "malformed-json", "Malformed JSON", e.getMessage());
        }
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
