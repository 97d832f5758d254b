package dev.chancery.faults.reconcile;

/**
 * One fault injected and how long it took to heal.
 *
 * @param fault          what was done ("kill -9 extraction", "scale extraction 1->2")
 * @param serviceSeconds from the fault until the service was ready again (null: it never was, or not applicable)
 * @param lagZeroSeconds from the fault until every consumer group's lag was 0 (null: not within the wait)
 */
public record Heal(String fault, Double serviceSeconds, Double lagZeroSeconds) {

    public boolean healed() {
        return lagZeroSeconds != null;
    }
}
