package dev.chancery.model.claim;

/** Through what a claim reached the article. */
public enum Channel {
    /** A leader's or government's press service (Akorda press service). */
    PRESS_SERVICE,
    /** A foreign ministry statement or source inside it. */
    FOREIGN_MINISTRY,
    /** A named spokesperson or press secretary. */
    SPOKESPERSON,
    /** A leader's own remarks. */
    LEADER_STATEMENT,
    /** A leader's own post on social media. */
    SOCIAL_MEDIA_POST,
    /** Other official government statements. */
    GOVERNMENT_STATEMENT,
    /** "media reported", "according to reports". */
    MEDIA_REPORT,
    /** Unnamed sources. */
    ANONYMOUS_SOURCE,
    /** The outlet's own narration, no attribution in the sentence. */
    OUTLET
}
