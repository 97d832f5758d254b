package dev.chancery.platform.metrics;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's channel configuration in, its consumer groups and their topics out. */
class ConsumedTopicsTest {

    @Test
    void groupsTheTopicsOfEveryIncomingChannel() {
        Map<String, String> properties = Map.of(
                "mp.messaging.incoming.articles.group.id", "query-projections",
                "mp.messaging.incoming.articles.topic", "chancery.articles.v1",
                "mp.messaging.incoming.claims.group.id", "query-projections",
                "mp.messaging.incoming.claims.topic", "chancery.claims.v1",
                "mp.messaging.incoming.chancery.verdicts.v2.group.id", "ignored: a channel name with dots",
                "mp.messaging.incoming.submitted.group.id", "intake",
                "mp.messaging.outgoing.out.topic", "elsewhere");
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        assertThat(ConsumedTopics.of(config)).isEqualTo(Map.of(
                "query-projections", Set.of("chancery.articles.v1", "chancery.claims.v1"),
                "intake", Set.of("submitted")));
    }
}
