package dev.chancery.embedded.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * {@code <data>/status.json}: every service instance with its URL, process, state and restart count, rewritten on
 * each change (atomically, so a reader never sees half of it). For people ({@code bin/chancery status}) and for
 * the fault suite, which reads the restarts and the time each restart took to heal.
 */
final class StatusFile {
    /** One line of the file: an instance and how its supervision stands. */
    record Entry(ServiceInstance instance, Supervised supervised) {
    }

    private final Path file;
    private final Supplier<List<Entry>> entries;

    StatusFile(Path file, Supplier<List<Entry>> entries) {
        this.file = file;
        this.entries = entries;
    }

    synchronized void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, json(entries.get().stream().map(e -> line(e.instance(), e.supervised().supervision()))
                    .toList()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the status is for reading along; a full disk must not stop the supervision it reports on
            System.err.println("cannot write " + file + ": " + e);
        }
    }

    /** The file's text: one JSON object per instance under {@code services}. */
    static String json(List<String> lines) {
        return "{\"services\": [\n  " + String.join(",\n  ", lines) + "\n]}\n";
    }

    /** One instance as a JSON object. */
    static String line(ServiceInstance instance, Supervision s) {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        json.add("\"name\": \"" + instance.name() + "\"").add("\"service\": \"" + instance.spec().name() + "\"")
                .add("\"replica\": " + instance.replica()).add("\"url\": \"" + instance.url() + "\"")
                .add("\"state\": \"" + s.state() + "\"").add("\"pid\": " + s.pid())
                .add("\"restarts\": " + s.restarts()).add("\"lastExit\": " + s.lastExit())
                .add("\"lastExitAt\": " + (s.lastExitAt() == null ? "null" : "\"" + s.lastExitAt() + "\""))
                .add("\"lastHealedSeconds\": " + (s.lastHealed() == null ? "null"
                        : String.format(Locale.ROOT, "%.3f", s.lastHealed().toMillis() / 1000.0)));
        return json.toString();
    }
}
