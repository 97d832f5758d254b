package dev.chancery.faults.reconcile;

import java.util.List;
import java.util.Map;

/**
 * The reconciliation's outcome: per hop lost and duplicated, projection differences, dead letters and the poison
 * they account for, PASS/FAIL.
 */
public record Reconciled(Map<String, Integer> acceptedByChannel, List<Stage> stages, int projectionQuestions,
        int projectionDifferences, List<String> differingQuestions, Map<String, Long> deadLettersByReason,
        long deadLettered, PoisonAccount poison, String result) {

    public int lost() {
        return stages.stream().mapToInt(Stage::lost).sum();
    }

    public int duplicated() {
        return stages.stream().mapToInt(Stage::duplicated).sum();
    }

    public boolean passed() {
        return "PASS".equals(result);
    }
}
