package dev.chancery.testsupport;

import dev.chancery.testsupport.InfrastructureChoice.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureChoiceTest {

    @ParameterizedTest(name = "property {0}, Docker {1} -> {2}, skipped {3}")
    @CsvSource(nullValues = "null", value = {
            // property,   Docker, mode,       skipped
            "null,         false,  EMBEDDED,   false",
            "'',           false,  EMBEDDED,   false",
            "embedded,     false,  EMBEDDED,   false",
            "' Embedded ', true,   EMBEDDED,   false",
            "containers,   true,   CONTAINERS, false",
            "CONTAINERS,   true,   CONTAINERS, false",
            "containers,   false,  CONTAINERS, true",
    })
    void thePropertyAndDockerDecide(String property, boolean docker, Mode mode, boolean skipped) {
        InfrastructureChoice choice = InfrastructureChoice.of(property, () -> docker);

        assertThat(choice.mode()).isEqualTo(mode);
        assertThat(choice.skipReason().isPresent()).isEqualTo(skipped);
    }

    @Test
    void theSkipReasonSaysWhy() {
        assertThat(InfrastructureChoice.of("containers", () -> false).skipReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("containers").contains("no Docker"));
    }

    @Test
    void embeddedNeverAsksForDocker() {
        InfrastructureChoice choice = InfrastructureChoice.of(null, () -> {
            throw new AssertionError("Docker was asked about");
        });

        assertThat(choice.mode()).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void anUnknownValueIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> InfrastructureChoice.of("docker", () -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'docker'");
    }
}
