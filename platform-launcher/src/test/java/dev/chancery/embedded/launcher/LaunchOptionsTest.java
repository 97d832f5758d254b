package dev.chancery.embedded.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;

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
        assertThat(LaunchOptions.jvmOptions(null)).contains("-Xms32m", "-XX:TrimNativeHeapInterval=5000");
        assertThat(LaunchOptions.jvmOptions("  -Xss1m   -XX:+UseG1GC ")).containsExactly("-Xss1m", "-XX:+UseG1GC");
    }

    @Test
    void eachServiceAddsItsHeapFirstSoThatAGivenOneWins() {
        ServiceSpec query = ServiceSpec.named("query");
        assertThat(query.jvmOptions(LaunchOptions.jvmOptions(null))).startsWith("-Xmx160m", "-XX:+UseParallelGC");
        // the JVM takes the last -Xmx
        assertThat(query.jvmOptions(LaunchOptions.jvmOptions("-Xmx256m")))
                .containsExactly("-Xmx160m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xmx256m");
    }

    @Test
    void eachServiceTakesItsCollectorUnlessTheGivenOptionsChooseOne() {
        assertThat(ServiceSpec.ALL).filteredOn(s -> s.jvmOptions(List.of()).contains("-XX:+UseParallelGC"))
                .extracting(ServiceSpec::name).containsExactly("query");
        assertThat(ServiceSpec.named("ingestion").jvmOptions(List.of())).containsExactly("-Xmx128m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        // the JVM refuses two collectors, so a given one is the only one
        assertThat(ServiceSpec.named("query").jvmOptions(List.of("-XX:+UseG1GC"))).containsExactly("-Xmx160m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC");
    }

    @Test
    void eachServiceLimitsTheJitAsItsSpecSaysUnlessTheGivenOptionsSayOtherwise() {
        // the memory budgets leave no room for C2's arenas today (ServiceSpec.Jit): C1 only, everywhere
        assertThat(ServiceSpec.ALL).allMatch(s -> s.jvmOptions(List.of()).contains("-XX:TieredStopAtLevel=1")
                == (s.jit() == ServiceSpec.Jit.C1)).extracting(ServiceSpec::jit).containsOnly(ServiceSpec.Jit.C1);
        assertThat(new ServiceSpec("x", "services/x", 1, "64m", false, ServiceSpec.SERIAL, ServiceSpec.Jit.C2)
                .jvmOptions(List.of())).containsExactly("-Xmx64m", "-XX:+UseSerialGC");
        assertThat(LaunchOptions.jvmOptions(null)).noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        // the JVM takes the last value of a -XX option, so a given one wins
        assertThat(ServiceSpec.named("ingestion").jvmOptions(List.of("-XX:TieredStopAtLevel=4")))
                .endsWith("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4");
    }
}
