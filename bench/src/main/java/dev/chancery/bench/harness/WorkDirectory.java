package dev.chancery.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A run's scratch directory under bench/target, emptied before each run. */
public final class WorkDirectory {
    private WorkDirectory() {
    }

    /** Deletes {@code dir} with everything in it, then creates it empty. */
    public static Path fresh(Path dir) throws IOException {
        delete(dir);
        return Files.createDirectories(dir);
    }

    /** Deletes {@code dir} with everything in it, if it exists. */
    public static Path delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return dir;
    }
}
