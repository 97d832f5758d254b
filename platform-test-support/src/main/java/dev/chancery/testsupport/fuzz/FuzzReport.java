package dev.chancery.testsupport.fuzz;

import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** What a fuzz run sent and got: requests per status, and every answer that broke a rule. */
public record FuzzReport(String service, SortedMap<Integer, Integer> perStatus, List<String> failures) {

    public int requests() {
        return perStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String summary() {
        return service + ": " + requests() + " requests, per status " + perStatus.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")) + ", "
                + failures.size() + " failures" + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ",
                failures.subList(0, Math.min(40, failures.size()))));
    }
}
