package dev.chancery.embedded.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny child JVM for {@link SupervisedTest}: creates the file it is given (its readiness) and sleeps, or exits. */
public final class SleepingChild {
    private SleepingChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].startsWith("exit=")) {
            System.exit(Integer.parseInt(args[0].substring("exit=".length())));
        }
        Files.writeString(Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
        Thread.sleep(Long.MAX_VALUE);
    }
}
