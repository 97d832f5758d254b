package dev.chancery.model.fact;

/**
 * The body of a fact: one of the payload records that travel on Chancery's topics. The set is closed by
 * {@link FactType} (a sealed interface cannot span packages outside a named module).
 */
public interface FactPayload {

    /** The stream this payload belongs to (article id, diplomatic event id). */
    String streamId();

    /** The type descriptor: name, topic, schema. */
    default FactType factType() {
        return FactType.of(getClass());
    }
}
