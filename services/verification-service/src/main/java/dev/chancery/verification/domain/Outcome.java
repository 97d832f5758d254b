package dev.chancery.verification.domain;

import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of a claim (or a supersession) for one event: the state to store and, when the judgement changed, the
 * fact to publish with it in the same transaction. The fact is built when first asked for: a run of claims applied
 * in one transaction publishes at most once per event ({@link RunPublication}), so the facts the claims in between
 * would have published (a {@link VerdictRevised} names what joined and left, a pass over every claim of the event)
 * are never built. Confined to the thread that applies the claims, like the run itself.
 */
public final class Outcome {
    private final EventState state;
    private final String trigger;
    private Supplier<? extends FactPayload> pending;
    private FactPayload payload;

    private Outcome(EventState state, Supplier<? extends FactPayload> pending, String trigger) {
        this.state = state;
        this.pending = pending;
        this.trigger = trigger;
    }

    /** An outcome that only stores the state: nothing to publish. */
    static Outcome unpublished(EventState state) {
        return new Outcome(state, null, null);
    }

    /** An outcome that publishes the fact {@code build} makes, naming {@code trigger} as its cause. */
    static Outcome publishing(EventState state, Supplier<? extends FactPayload> build, String trigger) {
        return new Outcome(state, build, trigger);
    }

    public EventState state() {
        return state;
    }

    /** An {@link EventVerified}, a {@link VerdictRevised}, or null when nothing is to be published. */
    public FactPayload payload() {
        if (pending != null) {
            payload = pending.get();
            pending = null;
        }
        return payload;
    }

    public Optional<FactPayload> publication() {
        return Optional.ofNullable(payload());
    }

    /** True when there is a fact to publish, without building it. */
    public boolean publishes() {
        return pending != null || payload != null;
    }

    /** The claim the fact names as its trigger (null for a supersession, or when nothing is published). */
    public String trigger() {
        return trigger;
    }
}
