package dev.chancery.model.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every topic Chancery owns and its dead-letter twin: the one list the Strimzi topics, docker-compose's
 * kafka-init, the embedded broker and the AsyncAPI document are checked against.
 */
public final class TopicCatalogue {
    /** Partitions of every main topic: at most this many busy replicas per consumer group. */
    public static final int PARTITIONS = 6;

    private static final List<TopicSpec> MAIN = List.of(
            new TopicSpec(Topics.ARTICLES_SUBMITTED, "any (the sender's choice)", PARTITIONS, List.of(),
                    Retention.SUBMISSIONS),
            facts(Topics.ARTICLES, "article id"),
            facts(Topics.CLAIMS, "article id"),
            facts(Topics.VERDICTS, "diplomatic event id"));

    private TopicCatalogue() {
    }

    /** The main topics, in the order data flows through them. */
    public static List<TopicSpec> main() {
        return MAIN;
    }

    /** The main topics followed by their dead-letter twins. */
    public static List<TopicSpec> all() {
        List<TopicSpec> all = new ArrayList<>(MAIN);
        MAIN.forEach(t -> all.add(t.deadLetter()));
        return List.copyOf(all);
    }

    public static TopicSpec named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Chancery topic: " + name));
    }

    private static TopicSpec facts(String topic, String key) {
        List<FactType> payloads = Arrays.stream(FactType.values()).filter(t -> t.topic().equals(topic)).toList();
        return new TopicSpec(topic, key, PARTITIONS, payloads, Retention.FACTS);
    }
}
