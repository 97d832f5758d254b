package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.fact.FactType;
import dev.chancery.model.fact.TopicSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One channel of the AsyncAPI document against its topic's spec: binding topic, partitions, retention, the key of
 * each message and the message names (the topic's fact types, the raw submission or the dead letter).
 */
final class ChannelContract {
    private ChannelContract() {
    }

    static List<String> problems(String id, JsonNode channel, TopicSpec spec, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        JsonNode kafka = channel.path("bindings").path("kafka");
        String where = "channel " + id + " (" + spec.name() + ")";
        Differences.expect(where + " binding topic", spec.name(), kafka.path("topic").asText(), problems);
        Differences.expect(where + " partitions", spec.partitions(), kafka.path("partitions").asInt(), problems);
        JsonNode config = kafka.path("topicConfiguration");
        Differences.expect(where + " cleanup.policy", List.of(spec.retention().cleanupPolicy()),
                Differences.texts(config.path("cleanup.policy")), problems);
        Differences.expect(where + " retention.ms", spec.retention().retentionMs(),
                config.path("retention.ms").asLong(0), problems);
        Differences.expect(where + " retention.bytes", spec.retention().retentionBytes(),
                config.path("retention.bytes").asLong(0), problems);
        Set<String> expectedMessages = spec.isDeadLetter() ? Set.of("DeadLetter")
                : spec.payloads().isEmpty() ? Set.of("SubmittedArticle")
                : spec.payloads().stream().map(FactType::typeName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> messages = new TreeSet<>();
        for (Map.Entry<String, JsonNode> m : AsyncApiContract.iterable(channel.path("messages"))) {
            JsonNode message = Refs.resolve(doc, m.getValue());
            messages.add(message.path("name").asText());
            if (!spec.isDeadLetter()) {
                Differences.expect(where + " message " + m.getKey() + " key", spec.key(),
                        message.path("bindings").path("kafka").path("key").path("description").asText(), problems);
            }
        }
        Differences.diff(where + " messages", new TreeSet<>(expectedMessages), messages, problems);
        spec.payloads().forEach(type -> problems.addAll(
                FactMessageContract.problems(type, Refs.resolve(doc, channel.path("messages").path(type.typeName())),
                        doc)));
        return problems;
    }
}
