package dev.chancery.faults.reconcile;

import java.util.List;

/** The JSON report of one fault-suite run (faults/results/latest.json). */
public record FaultReport(String startedAt, String git, long seed, int articles, double seconds, String result,
        int lost, int duplicated, int projectionDifferences, List<Heal> faults, Reconciled reconciliation,
        List<String> fuzz, List<String> notDone, List<String> errors) {

    /**
     * The report of a run: PASS only if the reconciliation passed, every fault healed and nothing went wrong (a
     * broken fuzz rule is an error). {@code fuzz}: the long fuzz run's line per service, empty if it did not run.
     */
    public static FaultReport of(String startedAt, String git, long seed, int articles, double seconds,
            List<Heal> faults, Reconciled reconciled, List<String> fuzz, List<String> notDone, List<String> errors) {
        boolean pass = reconciled.passed() && faults.stream().allMatch(Heal::healed) && errors.isEmpty();
        return new FaultReport(startedAt, git, seed, articles, seconds, pass ? "PASS" : "FAIL", reconciled.lost(),
                reconciled.duplicated(), reconciled.projectionDifferences(), faults, reconciled, fuzz, notDone, errors);
    }

    public boolean passed() {
        return "PASS".equals(result);
    }
}
