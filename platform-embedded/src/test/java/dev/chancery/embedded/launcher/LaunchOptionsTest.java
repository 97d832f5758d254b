package dev.chancery.embedded.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service JVMs' options and CPU priorities. */
class LaunchOptionsTest {
    @Test
    void backgroundNicenessDefaultsTo10AndStaysInNiceRange() {
        assertThat(LaunchOptions.niceness(null)).isEqualTo(10);
        assertThat(LaunchOptions.niceness(" ")).isEqualTo(10);
        assertThat(LaunchOptions.niceness("0")).isZero();
        assertThat(LaunchOptions.niceness(" 5 ")).isEqualTo(5);
        assertThat(LaunchOptions.niceness("40")).isEqualTo(19);
        assertThat(LaunchOptions.niceness("-3")).isZero();
        assertThatThrownBy(() -> LaunchOptions.niceness("low")).hasMessageContaining("CHANCERY_BACKGROUND_NICE");
    }

    @Test
    void onlyTheStagesNobodyWaitsOnRunInTheBackground() {
        assertThat(ServiceSpec.ALL).filteredOn(ServiceSpec::background).extracting(ServiceSpec::name)
                .containsExactlyInAnyOrder("extraction", "verification");
    }

    @Test
    void givenOptionsReplaceTheDefaults() {
        assertThat(LaunchOptions.jvmOptions(null)).contains("-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000");
        assertThat(LaunchOptions.jvmOptions("  -Xss1m   -XX:+UseG1GC ")).containsExactly("-Xss1m", "-XX:+UseG1GC");
    }

    @Test
    void eachServiceAddsItsHeapFirstSoThatAGivenOneWins() {
        ServiceSpec query = ServiceSpec.named("query");
        assertThat(query.jvmOptions(LaunchOptions.jvmOptions(null))).startsWith("-Xmx160m", "-XX:+UseSerialGC");
        // the JVM takes the last -Xmx
        assertThat(query.jvmOptions(LaunchOptions.jvmOptions("-Xmx256m"))).containsExactly("-Xmx160m", "-Xmx256m");
    }
}
