package dev.chancery.bench.launch;

import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stops a platform exactly once: at the end of its phase, or on Ctrl-C / SIGTERM, whichever comes first. */
public final class PlatformShutdown {
    private static final Set<EmbeddedPlatform> CLOSED = ConcurrentHashMap.newKeySet();

    private PlatformShutdown() {
    }

    /** Ctrl-C or SIGTERM stops the services and the infrastructure too, rather than leaving child JVMs behind. */
    public static void onExit(EmbeddedPlatform platform) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close(platform);
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }, "bench-stop-platform"));
    }

    /** Whatever happens (Ctrl-C in the middle of a start included), no child JVM of this run outlives it. */
    public static void childrenOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroy), "bench-stop-children"));
    }

    public static void close(EmbeddedPlatform platform) throws Exception {
        if (CLOSED.add(platform)) {
            platform.close();
        }
    }
}
