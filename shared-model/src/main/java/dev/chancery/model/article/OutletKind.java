package dev.chancery.model.article;

/** What kind of outlet published an article; wire copies and government channels weigh differently. */
public enum OutletKind {
    WIRE, NEWSPAPER, BROADCASTER, GOVERNMENT, SOCIAL_MEDIA, PRESS_SERVICE
}
