package dev.chancery.embedded;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ports picked one after the other are never the same, though each is released before the next pick. */
class FreePortsTest {

    @Test
    void everyPickIsADifferentPort() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            int port = FreePorts.pick(0);
            assertThat(port).isPositive();
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }

    @Test
    void aPreferredPortIsKept() {
        assertThat(FreePorts.pick(18080)).isEqualTo(18080);
    }
}
