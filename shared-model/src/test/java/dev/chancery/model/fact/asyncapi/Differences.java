package dev.chancery.model.fact.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How a contract check words what differs between the document and the code. */
final class Differences {
    private Differences() {
    }

    static void expect(String what, Object expected, Object actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", found " + actual);
        }
    }

    static void diff(String what, Set<String> expected, Set<String> actual, List<String> problems) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        missing.forEach(m -> problems.add(what + ": " + m + " is missing"));
        extra.forEach(e -> problems.add(what + ": " + e + " is not in the code"));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
