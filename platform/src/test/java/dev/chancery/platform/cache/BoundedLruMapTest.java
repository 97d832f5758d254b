package dev.chancery.platform.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The least recently used entry leaves when the map is full; a read counts as a use. */
class BoundedLruMapTest {

    @Test
    void theLeastRecentlyUsedEntryLeavesFirst() {
        BoundedLruMap<String, Integer> map = new BoundedLruMap<>(2);
        map.put("a", 1);
        map.put("b", 2);
        assertThat(map.get("a")).isEqualTo(1);
        map.put("c", 3);
        assertThat(map.get("b")).isNull();
        assertThat(map.get("a")).isEqualTo(1);
        assertThat(map.get("c")).isEqualTo(3);
        assertThat(map.size()).isEqualTo(2);
    }
}
