package dev.chancery.extraction.domain;

/** What a gazetteer entry names. PLACE is a capital, METONYM a seat of government standing for a state. */
public enum EntityKind {
    STATE, PLACE, METONYM, DEMONYM, PERSON, BODY, MINISTRY, PRESS_SERVICE, MEDIA, GATHERING, UNRESOLVED;

    /** True for entries that can act in a claim. */
    public boolean actor() {
        return this == STATE || this == PLACE || this == METONYM || this == PERSON || this == BODY
                || this == MINISTRY || this == PRESS_SERVICE || this == UNRESOLVED;
    }
}
