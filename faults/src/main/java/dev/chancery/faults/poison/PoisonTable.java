package dev.chancery.faults.poison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.fact.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every poison the end-to-end test and the fault suite inject, per consumed topic, with what each consumer must say
 * about it: records that are not facts, facts of an unknown type, invalid payloads, oversized records, and facts
 * whose processing throws.
 */
public final class PoisonTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_TYPE = "dev.chancery.NoSuchFact.v1";
    private static final String ARTICLE = "dev.chancery.ArticleIngested.v1";
    private static final String CLAIM = "dev.chancery.ClaimExtracted.v1";
    private static final String REVISION = "dev.chancery.VerdictRevised.v2";

    private PoisonTable() {
    }

    public static List<Poison> all() {
        List<Poison> all = new ArrayList<>(List.of(
                // raw article JSON, not facts: every fault is one the intake's validation names
                new Poison(Topics.ARTICLES_SUBMITTED, "not-json", "this is not JSON {", Map.of(), 1,
                        "Unrecognized token"),
                new Poison(Topics.ARTICLES_SUBMITTED, "not-an-article", "[1, 2, 3]", Map.of(), 1,
                        "expected one JSON object"),
                new Poison(Topics.ARTICLES_SUBMITTED, "invalid-article", """
                        {"url": "https://poison.example/missing-fields", "outlet": "Poison Gazette"}""",
                        Map.of(), 1, "is required"),
                new Poison(Topics.ARTICLES_SUBMITTED, "oversized-article", oversizedArticle(), Map.of(), 1,
                        "is larger than 204800 bytes")));
        all.addAll(onFactTopic(Topics.ARTICLES, 2, ARTICLE, "articleId")); // extraction and query
        all.addAll(onFactTopic(Topics.CLAIMS, 2, CLAIM, "claimId")); // verification and query
        all.addAll(onFactTopic(Topics.VERDICTS, 1, REVISION, "eventId")); // query
        // decodes (its stream id is there), but a claim with no type or actors cannot be verified or projected
        all.add(new Poison(Topics.CLAIMS, "throws-in-processing", """
                {"claimId": "0f0e0d0c-0b0a-4909-8807-060504030201", "articleId": "poison-article"}""",
                Poison.fact(CLAIM), 2, ""));
        return all;
    }

    // valid in every field but the body's size (the intake's limit is 204,800 bytes)
    private static String oversizedArticle() {
        try {
            return JSON.writeValueAsString(Map.of("url", "https://poison.example/oversized", "outlet",
                    "Poison Gazette", "outletKind", "NEWSPAPER", "publishedAt", "2026-01-20T09:00:00Z",
                    "language", "en", "title", "An article far too long", "body", "word ".repeat(70_000)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The poisons of a fact topic read by that many groups; {@code ceType} is a type the topic carries. */
    private static List<Poison> onFactTopic(String topic, int groups, String ceType, String idField) {
        return List.of(
                new Poison(topic, "not-a-fact", "not a fact", Map.of(), groups, "ce_type is missing"),
                // near the broker's message.max.bytes (1 MiB), the largest a fact topic can carry
                new Poison(topic, "large-not-a-fact", "x".repeat(1_000_000), Map.of(), groups, "ce_type is missing"),
                new Poison(topic, "unknown-type", "{}", Poison.fact(UNKNOWN_TYPE), groups, "unknown fact type"),
                new Poison(topic, "invalid-payload", "{\"" + idField + "\": [", Poison.fact(ceType), groups,
                        "is not a readable"),
                // readable JSON of the right type, but without the id of its stream nothing can be stored or projected
                new Poison(topic, "missing-stream-id", "{}", Poison.fact(ceType), groups,
                        "without the id of its stream"));
    }
}
