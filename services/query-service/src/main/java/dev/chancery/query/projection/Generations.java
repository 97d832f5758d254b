package dev.chancery.query.projection;

import java.util.List;

/**
 * Which generations of a projection a fact goes to: live consumption feeds the active one only, a rebuild the one
 * it builds. A rebuild reads the whole topic and catches up once more after its switch, so every fact published
 * before the switch reaches the new generation without the live consumer writing it a second time.
 */
public final class Generations {
    private Generations() {
    }

    public static List<Integer> targets(int active, Integer building, boolean live) {
        if (!live) {
            return building == null ? List.of() : List.of(building);
        }
        return List.of(active);
    }

    /** The generation a new rebuild writes: above both the active one and any abandoned one. */
    public static int next(int active, Integer building) {
        return Math.max(active, building == null ? 0 : building) + 1;
    }
}
