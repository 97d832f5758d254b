package dev.chancery.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Skips the Quarkus test classes, which all run on the shared infrastructure, before Quarkus boots when the chosen
 * infrastructure cannot run here (containers without Docker). Registered for every test JVM through JUnit's
 * extension auto-detection (the root pom turns it on); plain tests abort in {@link TestInfrastructure#get()}.
 */
public final class InfrastructureCondition implements ExecutionCondition {
    // by name: Quarkus may load the test class, and so its annotations, in a class loader of its own
    private static final Set<String> NEEDS_INFRASTRUCTURE = Set.of("io.quarkus.test.junit.QuarkusTest",
            "io.quarkus.test.common.QuarkusTestResource", "io.quarkus.test.common.QuarkusTestResource$List",
            "io.quarkus.test.common.WithTestResource", "io.quarkus.test.common.WithTestResource$List");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return decide(context.getTestClass(), InfrastructureChoice::current);
    }

    /** Disabled, with the reason, when the class needs the infrastructure and the choice cannot run here. */
    static ConditionEvaluationResult decide(Optional<Class<?>> testClass, Supplier<InfrastructureChoice> choice) {
        Optional<String> skip = testClass.filter(InfrastructureCondition::needsInfrastructure)
                .flatMap(c -> choice.get().skipReason());
        return skip.map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("the chosen test infrastructure runs here"));
    }

    /** Whether the class, a class it extends or the one it is nested in is a Quarkus test or names a test resource. */
    static boolean needsInfrastructure(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getAnnotations())
                    .anyMatch(a -> NEEDS_INFRASTRUCTURE.contains(a.annotationType().getName()))) {
                return true;
            }
        }
        return testClass.getEnclosingClass() != null && needsInfrastructure(testClass.getEnclosingClass());
    }
}
