package dev.chancery.query.projection;

import java.util.List;

/** Which generations of a projection a fact goes to: live consumption feeds the active one and a rebuild's. */
public final class Generations {
    private Generations() {
    }

    public static List<Integer> targets(int active, Integer building, boolean live) {
        if (!live) {
            return building == null ? List.of() : List.of(building);
        }
        return building == null || building == active ? List.of(active) : List.of(active, building);
    }

    /** The generation a new rebuild writes: above both the active one and any abandoned one. */
    public static int next(int active, Integer building) {
        return Math.max(active, building == null ? 0 : building) + 1;
    }
}
