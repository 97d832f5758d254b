package dev.chancery.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) running inside this JVM.
 * The log directory is formatted on first use and kept, so a restart finds its topics again. Every topic of the
 * catalogue is created at start with its retention ({@link TopicSetup}); a test's own topics are auto-created.
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** Partitions of a topic here: one machine runs few replicas; the cluster's topics have the catalogue's 6. */
    public static final int PARTITIONS = 3;
    private final Properties props;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private EmbeddedKafka(Properties props, String bootstrapServers) {
        this.props = props;
        this.bootstrapServers = bootstrapServers;
        this.server = started(props);
    }

    /** Starts a broker with its log in {@code dir}; port 0 picks a free one. */
    public static EmbeddedKafka start(Path dir, int port) throws Exception {
        int brokerPort = FreePorts.pick(port);
        int controllerPort = FreePorts.pick(0);
        Files.createDirectories(dir);
        String logDir = dir.toAbsolutePath().toString();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("num.partitions", Integer.toString(PARTITIONS));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.retention.hours", "-1");
        props.put("log.flush.interval.messages", "10000");
        format(logDir);
        EmbeddedKafka kafka = new EmbeddedKafka(props, "127.0.0.1:" + brokerPort);
        TopicSetup.apply(kafka.bootstrapServers(), PARTITIONS);
        return kafka;
    }

    private static KafkaRaftServer started(Properties props) {
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        return server;
    }

    /**
     * Stops the broker cleanly and starts it again on the same ports and log, as a rolling restart of a broker
     * does: clients lose their connections for the time it takes and reconnect.
     */
    public synchronized void restart() {
        close();
        server = started(props);
    }

    private static void format(String logDir) throws Exception {
        if (Files.exists(Path.of(logDir, "meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .setDirectories(List.of(logDir))
                .setMetadataLogDirectory(logDir)
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setIgnoreFormatted(true)
                .run();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public synchronized void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
