package dev.chancery.query.ask;

/**
 * An actor as questions are answered about it: a state, or a body for actors that serve no state.
 *
 * @param id   alpha-3 ({@code KAZ}) or {@code org:} id ({@code org:eu})
 * @param name display name ("Kazakhstan")
 */
record Actor(String id, String name) {
    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
