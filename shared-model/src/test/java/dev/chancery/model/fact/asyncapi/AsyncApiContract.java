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
 * ({@link ChannelContract}, {@link FactMessageContract}). Returns what differs; empty when they agree.
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
                problems.addAll(ChannelContract.problems(channel.getKey(), channel.getValue(),
                        TopicCatalogue.named(address), doc));
            }
        }
        Differences.diff("channel addresses", expected, declared, problems);
        operations(doc, problems);
        problems.addAll(FactMessageContract.deadLetterProblems(doc));
        return problems;
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
        Differences.diff(schema + " headers", expected, listed, problems);
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

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
