package dev.chancery.model.claim;

/** How the text puts the claim: as fact, as plan, hedged, hypothetical, or negated. */
public enum Modality {
    ASSERTED, PLANNED, HEDGED, HYPOTHETICAL, NEGATED
}
