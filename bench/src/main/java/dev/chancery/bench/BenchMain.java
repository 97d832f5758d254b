package dev.chancery.bench;

import dev.chancery.bench.cpu.ExtractionChildJvm;
import dev.chancery.bench.launch.PlatformShutdown;
import dev.chancery.bench.launch.ServeCommand;

import java.nio.file.Path;

/**
 * The whole benchmark in one JVM (run by {@code bench/run}): extraction alone, then the embedded platform (real Kafka
 * and PostgreSQL in this JVM, the four services as child JVMs) driven over loopback HTTP, then the baselines and
 * replay; prints the table and writes the JSON. A phase that fails is reported and the others still run.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine command;
        try {
            command = CommandLine.parse(args, Path.of("."));
        } catch (IllegalArgumentException e) {
            System.err.println("BenchMain: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (command.extractionChild()) {
            ExtractionChildJvm.child(command.settings());
        } else if (command.serveSeconds() > 0) {
            ServeCommand.run(command.settings().home(), command.serveSeconds());
        } else {
            PlatformShutdown.childrenOnExit();
            new BenchRun(command.settings()).run();
            System.exit(0);
        }
    }
}
