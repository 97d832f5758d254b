package dev.chancery.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a run measured: named figures, per-phase details and errors; written as JSON. */
public final class Results {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    public final Map<String, Object> machine = new LinkedHashMap<>();
    public final Map<String, Object> run = new LinkedHashMap<>();
    public final Map<String, Double> figures = new LinkedHashMap<>();
    public final Map<String, Object> details = new LinkedHashMap<>();
    public final List<String> errors = new ArrayList<>();

    public synchronized void figure(String name, double value) {
        figures.put(name, value);
    }

    public synchronized Double get(String name) {
        return figures.get(name);
    }

    public synchronized void detail(String phase, Object value) {
        details.put(phase, value);
    }

    public synchronized void error(String phase, Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        error(phase + ": " + message);
    }

    public synchronized void error(String message) {
        errors.add(message);
        System.out.println("[bench] ERROR " + message);
    }

    public Map<String, Object> asJson(List<Map<String, Object>> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("machine", machine);
        doc.put("run", run);
        doc.put("rows", rows);
        doc.put("figures", figures);
        doc.put("details", details);
        doc.put("errors", errors);
        return doc;
    }

    public void write(Path file, List<Map<String, Object>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), asJson(rows));
    }

    public static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
