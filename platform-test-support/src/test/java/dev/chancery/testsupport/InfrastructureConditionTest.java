package dev.chancery.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureConditionTest {
    private static final Supplier<InfrastructureChoice> NO_DOCKER = choice("containers", false);
    private static final Supplier<InfrastructureChoice> DOCKER = choice("containers", true);
    private static final Supplier<InfrastructureChoice> EMBEDDED = choice(null, false);

    @QuarkusTestResource(TestInfrastructureResource.class)
    static class ServiceTest {
    }

    static class InheritedServiceTest extends ServiceTest {
        class NestedServiceTest {
        }
    }

    static class UnitTest {
    }

    private static Supplier<InfrastructureChoice> choice(String property, boolean docker) {
        return () -> InfrastructureChoice.of(property, () -> docker);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // test class,                  choice,    disabled
                Arguments.of(ServiceTest.class, NO_DOCKER, true),
                Arguments.of(InheritedServiceTest.class, NO_DOCKER, true),
                Arguments.of(InheritedServiceTest.NestedServiceTest.class, NO_DOCKER, true),
                Arguments.of(UnitTest.class, NO_DOCKER, false),
                Arguments.of(ServiceTest.class, DOCKER, false),
                Arguments.of(ServiceTest.class, EMBEDDED, false));
    }

    @ParameterizedTest(name = "{0} with {1}: disabled {2}")
    @MethodSource("cases")
    void onlyInfrastructureTestsAreSkippedAndOnlyWhenTheChoiceCannotRun(Class<?> testClass,
            Supplier<InfrastructureChoice> choice, boolean disabled) {
        ConditionEvaluationResult result = InfrastructureCondition.decide(Optional.of(testClass), choice);

        assertThat(result.isDisabled()).isEqualTo(disabled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSkippedClassCarriesTheReason(Class<?> testClass, Supplier<InfrastructureChoice> choice, boolean disabled) {
        ConditionEvaluationResult result = InfrastructureCondition.decide(Optional.of(testClass), choice);

        assertThat(result.getReason()).isPresent();
        if (disabled) {
            assertThat(result.getReason().get()).contains("no Docker");
        }
    }
}
