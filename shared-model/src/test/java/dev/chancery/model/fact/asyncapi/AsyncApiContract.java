package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.DeadLetterHeaders;
import dev.chancery.model.fact.TopicCatalogue;
import dev.chancery.model.fact.TopicSpec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The AsyncAPI document against the code: its channels are the topic catalogue (names, partitions, retention),
 * its header schemas list exactly the header constants, and its fact messages are the fact types of their topic
 * ({@link FactMessageContract}). Returns what differs; empty when they agree.
 */
public final class AsyncApiContract {
    private AsyncApiContract() {
    }

    public static List<String> problems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        if (!"3.0.0".equals(doc.path("asyncapi").asText())) {
            problems.add("asyncapi version is " + doc.path("asyncapi") + ", expected 3.0.0");
        }
        properties("CloudEventHeaders", doc, constants(CloudEventHeaders.class), problems);
        properties("DeadLetterHeaders", doc, new TreeSet<>(DeadLetterHeaders.ALL), problems);
        Set<String> expected = TopicCatalogue.all().stream().map(TopicSpec::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (Map.Entry<String, JsonNode> channel : iterable(doc.path("channels"))) {
            String address = channel.getValue().path("address").asText();
            declared.add(address);
            if (expected.contains(address)) {
                channel(channel.getKey(), channel.getValue(), TopicCatalogue.named(address), doc, problems);
            }
        }
        diff("channel addresses", expected, declared, problems);
        operations(doc, problems);
        problems.addAll(FactMessageContract.deadLetterProblems(doc));
        return problems;
    }

    private static void channel(String id, JsonNode channel, TopicSpec spec, JsonNode doc, List<String> problems) {
        JsonNode kafka = channel.path("bindings").path("kafka");
        String where = "channel " + id + " (" + spec.name() + ")";
        expect(where + " binding topic", spec.name(), kafka.path("topic").asText(), problems);
        expect(where + " partitions", spec.partitions(), kafka.path("partitions").asInt(), problems);
        JsonNode config = kafka.path("topicConfiguration");
        expect(where + " cleanup.policy", List.of(spec.retention().cleanupPolicy()),
                texts(config.path("cleanup.policy")), problems);
        expect(where + " retention.ms", spec.retention().retentionMs(), config.path("retention.ms").asLong(0), problems);
        expect(where + " retention.bytes", spec.retention().retentionBytes(), config.path("retention.bytes").asLong(0),
                problems);
        Set<String> expectedMessages = spec.isDeadLetter() ? Set.of("DeadLetter")
                : spec.payloads().isEmpty() ? Set.of("SubmittedArticle")
                : spec.payloads().stream().map(t -> t.typeName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> messages = new TreeSet<>();
        for (Map.Entry<String, JsonNode> m : iterable(channel.path("messages"))) {
            JsonNode message = Refs.resolve(doc, m.getValue());
            messages.add(message.path("name").asText());
            if (!spec.isDeadLetter()) {
                expect(where + " message " + m.getKey() + " key", spec.key(),
                        message.path("bindings").path("kafka").path("key").path("description").asText(), problems);
            }
        }
        diff(where + " messages", new TreeSet<>(expectedMessages), messages, problems);
        spec.payloads().forEach(type -> problems.addAll(
                FactMessageContract.problems(type, Refs.resolve(doc, channel.path("messages").path(type.typeName())),
                        doc)));
    }

    private static void operations(JsonNode doc, List<String> problems) {
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, JsonNode> op : iterable(doc.path("operations"))) {
            JsonNode channel = op.getValue().path("channel");
            if (Refs.resolve(doc, channel).isMissingNode()) {
                problems.add("operation " + op.getKey() + " names a missing channel " + channel);
            }
            used.add(channel.path("$ref").asText().replace("#/channels/", ""));
        }
        Set<String> channels = new TreeSet<>();
        doc.path("channels").fieldNames().forEachRemaining(channels::add);
        channels.removeAll(used);
        channels.forEach(c -> problems.add("channel " + c + " has no operation"));
    }

    private static void properties(String schema, JsonNode doc, Set<String> expected, List<String> problems) {
        Set<String> listed = new TreeSet<>();
        doc.path("components").path("schemas").path(schema).path("properties").fieldNames()
                .forEachRemaining(listed::add);
        diff(schema + " headers", expected, listed, problems);
    }

    static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AsyncApiContract::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void expect(String what, Object expected, Object actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", found " + actual);
        }
    }

    private static void diff(String what, Set<String> expected, Set<String> actual, List<String> problems) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        missing.forEach(m -> problems.add(what + ": " + m + " is missing"));
        extra.forEach(e -> problems.add(what + ": " + e + " is not in the code"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
