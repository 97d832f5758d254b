package dev.chancery.query.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The packages of a source tree, what each imports, and the first dependency cycle among them. */
record PackageGraph(Map<String, Set<String>> imports) {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.\\w+;", Pattern.MULTILINE);
    // a fully qualified name used in code or Javadoc outside the imports is a dependency too
    private static final Pattern QUALIFIED = Pattern.compile("\\b(dev\\.chancery\\.query\\.\\w+)\\.[A-Z]");

    /** Every package under {@code root} with the packages (and classes' owners) its files import. */
    static PackageGraph of(Path root) {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> used = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                collect(IMPORT.matcher(text), used);
                collect(QUALIFIED.matcher(text), used);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageGraph(imports);
    }

    /** The edges between the graph's own packages, named relative to {@code base}. */
    Map<String, Set<String>> internal(String base) {
        Map<String, Set<String>> out = new TreeMap<>();
        imports.forEach((pkg, used) -> out.put(pkg, new TreeSet<>(used.stream()
                .filter(u -> u.startsWith(base + ".")).map(u -> u.substring(base.length() + 1).split("\\.")[0])
                .filter(u -> !u.equals(pkg)).toList())));
        return out;
    }

    /** A cycle of the directed graph, as the packages along it, or empty when it has none. */
    static Optional<List<String>> cycle(Map<String, Set<String>> edges) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, edges, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> edges,
            Map<String, Integer> state, List<String> path) {
        int s = state.getOrDefault(node, 0);
        if (s == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            loop.add(node);
            return Optional.of(loop);
        }
        if (s == 2) {
            return Optional.empty();
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, edges, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
