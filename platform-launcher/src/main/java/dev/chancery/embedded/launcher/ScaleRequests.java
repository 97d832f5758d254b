package dev.chancery.embedded.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code <data>/scale.request}: how {@code bin/chancery scale} asks a running {@code up} for replicas. The command
 * writes the counts ({@link ReplicaCounts} syntax); the launcher polls the file each second, takes it away and
 * scales ({@link EmbeddedPlatform#scale}), as {@code kubectl scale} hands a count to a running cluster.
 */
final class ScaleRequests {
    private final Path file;

    ScaleRequests(Path dataDir) {
        this.file = dataDir.resolve("scale.request");
    }

    /** Writes a request (validated first, so that a bad one fails where it is typed). */
    void request(String counts) throws IOException {
        ReplicaCounts.parse(counts);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, counts.trim());
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls for requests on a daemon thread and applies each to the platform; {@code log} hears what was done. */
    void serve(EmbeddedPlatform platform, Consumer<String> log) {
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                    if (Files.exists(file)) {
                        String counts = Files.readString(file);
                        Files.delete(file);
                        for (Map.Entry<String, Integer> count : ReplicaCounts.parse(counts).entrySet()) {
                            platform.scale(count.getKey(), count.getValue());
                            log.accept(count.getKey() + " scaled to " + count.getValue());
                        }
                    }
                } catch (InterruptedException stopping) {
                    return;
                } catch (Exception e) {
                    log.accept("scale request failed: " + e.getMessage());
                }
            }
        }, "scale-requests");
        thread.setDaemon(true);
        thread.start();
    }
}
