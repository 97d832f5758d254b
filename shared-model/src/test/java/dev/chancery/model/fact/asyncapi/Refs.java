package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows {@code $ref}s that point inside the AsyncAPI document ({@code #/...}). */
final class Refs {
    private Refs() {
    }

    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode n = node;
        for (int hops = 0; n.has("$ref") && n.get("$ref").asText().startsWith("#/") && hops < 16; hops++) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }
}
