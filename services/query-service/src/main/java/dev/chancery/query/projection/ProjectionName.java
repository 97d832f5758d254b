package dev.chancery.query.projection;

import dev.chancery.model.fact.FactType;
import dev.chancery.model.fact.Topics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rebuildable projections, each fed by one fact topic. */
public enum ProjectionName {
    ARTICLES(Topics.ARTICLES, List.of("articles")),
    CLAIMS(Topics.CLAIMS, List.of("claims", "extractions")),
    EVENTS(Topics.VERDICTS, List.of("event_versions", "event_claim_changes"));

    private final String topic;
    private final List<String> tables;

    ProjectionName(String topic, List<String> tables) {
        this.topic = topic;
        this.tables = tables;
    }

    /** The name used in URLs and in {@code projection_state}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String topic() {
        return topic;
    }

    /** The tables holding this projection's rows (each with a generation column). */
    public List<String> tables() {
        return tables;
    }

    public static Optional<ProjectionName> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** The projection a fact type feeds. */
    public static ProjectionName of(FactType type) {
        return Arrays.stream(values()).filter(p -> p.topic.equals(type.topic())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no projection for " + type));
    }
}
