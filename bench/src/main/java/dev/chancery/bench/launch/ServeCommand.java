package dev.chancery.bench.launch;

import dev.chancery.bench.harness.WorkDirectory;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.LaunchOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --serve SECONDS}: the platform as the benchmark starts it, kept up to investigate a figure. */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static void run(Path home, int seconds) throws Exception {
        Path dir = WorkDirectory.delete(home.resolve("bench/target/serve"));
        EmbeddedPlatform platform = EmbeddedPlatform.start(LaunchOptions.onFreePorts(home, dir, true));
        PlatformShutdown.onExit(platform);
        try {
            Files.writeString(dir.resolve("token"), BenchTokens.issue(platform, "ingest", "read", "admin"));
            System.out.println("SERVING " + platform.urls() + " pids " + platform.pids() + " kafka "
                    + platform.kafka().bootstrapServers() + " jdbc " + platform.postgres().jdbcUrl() + " token in "
                    + dir.resolve("token") + " for " + seconds + " s");
            Thread.sleep(seconds * 1000L);
        } finally {
            PlatformShutdown.close(platform);
        }
    }
}
