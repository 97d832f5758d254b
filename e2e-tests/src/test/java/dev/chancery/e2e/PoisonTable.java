package dev.chancery.e2e;

import dev.chancery.model.fact.Topics;

import java.util.List;
import java.util.Map;

/** Every poison the end-to-end test injects, per consumed topic, with what each consumer must say about it. */
final class PoisonTable {
    private static final String UNKNOWN_TYPE = "dev.chancery.NoSuchFact.v1";
    private static final String ARTICLE = "dev.chancery.ArticleIngested.v1";
    private static final String CLAIM = "dev.chancery.ClaimExtracted.v1";
    private static final String REVISION = "dev.chancery.VerdictRevised.v2";

    private PoisonTable() {
    }

    static List<Poison> all() {
        return List.of(
                // raw article JSON, not facts: every fault is one the intake's validation names
                new Poison(Topics.ARTICLES_SUBMITTED, "not-json", "this is not JSON {", Map.of(), 1,
                        "Unrecognized token"),
                new Poison(Topics.ARTICLES_SUBMITTED, "not-an-article", "[1, 2, 3]", Map.of(), 1,
                        "expected one JSON object"),
                new Poison(Topics.ARTICLES_SUBMITTED, "invalid-article", """
                        {"url": "https://poison.example/missing-fields", "outlet": "Poison Gazette"}""",
                        Map.of(), 1, "is required"),
                new Poison(Topics.ARTICLES_SUBMITTED, "oversized-article", Articles.submitted(
                        "https://poison.example/oversized", "Poison Gazette", "word ".repeat(70_000)), Map.of(), 1,
                        "is larger than 204800 bytes"),
                // chancery.articles.v1: extraction and query
                notAFact(Topics.ARTICLES, 2),
                large(Topics.ARTICLES, 2),
                unknownType(Topics.ARTICLES, 2),
                new Poison(Topics.ARTICLES, "invalid-payload", "{\"articleId\": [", Poison.fact(ARTICLE), 2,
                        "is not a readable"),
                // decodes (every field is nullable), but an article needs an id to be extracted or projected
                new Poison(Topics.ARTICLES, "throws-in-processing", "{}", Poison.fact(ARTICLE), 2, ""),
                // chancery.claims.v1: verification and query
                notAFact(Topics.CLAIMS, 2),
                large(Topics.CLAIMS, 2),
                unknownType(Topics.CLAIMS, 2),
                new Poison(Topics.CLAIMS, "invalid-payload", "{\"claimId\": [", Poison.fact(CLAIM), 2,
                        "is not a readable"),
                new Poison(Topics.CLAIMS, "throws-in-processing", "{}", Poison.fact(CLAIM), 2, ""),
                // chancery.verdicts.v2: query only
                notAFact(Topics.VERDICTS, 1),
                large(Topics.VERDICTS, 1),
                unknownType(Topics.VERDICTS, 1),
                new Poison(Topics.VERDICTS, "invalid-payload", "{\"eventId\": [", Poison.fact(REVISION), 1,
                        "is not a readable"),
                new Poison(Topics.VERDICTS, "throws-in-processing", "{}", Poison.fact(REVISION), 1, ""));
    }

    private static Poison notAFact(String topic, int groups) {
        return new Poison(topic, "not-a-fact", "not a fact", Map.of(), groups, "ce_type is missing");
    }

    // near the broker's message.max.bytes (1 MiB), the largest a fact topic can carry: dead-lettered whole
    private static Poison large(String topic, int groups) {
        return new Poison(topic, "large-not-a-fact", "x".repeat(1_000_000), Map.of(), groups, "ce_type is missing");
    }

    private static Poison unknownType(String topic, int groups) {
        return new Poison(topic, "unknown-type", "{}", Poison.fact(UNKNOWN_TYPE), groups, "unknown fact type");
    }
}
