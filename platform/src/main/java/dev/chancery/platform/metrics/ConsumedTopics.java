package dev.chancery.platform.metrics;

import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The consumer groups of a service's incoming Kafka channels and the topics each reads, from its configuration. */
final class ConsumedTopics {
    private static final Pattern GROUP = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");

    private ConsumedTopics() {
    }

    /** Group to topics; a channel without a topic reads the topic named like it (the connector's default). */
    static Map<String, Set<String>> of(Config config) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = GROUP.matcher(name);
            if (m.matches()) {
                String channel = m.group(1);
                String group = config.getValue(name, String.class);
                String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                        .orElse(channel);
                groups.computeIfAbsent(group, g -> new TreeSet<>()).add(topic);
            }
        }
        return groups;
    }
}
