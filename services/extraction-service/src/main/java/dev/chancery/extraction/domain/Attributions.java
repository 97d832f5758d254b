package dev.chancery.extraction.domain;

import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.SourceInfo;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns a speaker span into an {@link Attribution}: the channel from the speaker entity (press service,
 * ministry, media, a person's office) or from cue words ("press service", "spokesman", "sources", "media"),
 * the speaker's state, and whether it is official. No speaker: the outlet (the wire for a wire copy).
 */
public final class Attributions {
    private final Offices offices;

    public Attributions(Offices offices) {
        this.offices = offices;
    }

    /** The attribution and the speaker entity (null when unnamed). */
    public record Speaker(Attribution attribution, Entity entity) {
    }

    public Speaker of(Sentence s, AttributionDetector.Span span, List<Mention> mentions, Resolver resolver,
                      SourceInfo source, LocalDate day) {
        if (span == null) {
            boolean gov = source.outletKind() == OutletKind.GOVERNMENT || source.outletKind() == OutletKind.PRESS_SERVICE;
            return new Speaker(new Attribution(null, source.independentOutlet(), Channel.OUTLET, gov, null, false), null);
        }
        String phrase = s.span(span.from(), span.speakerEnd()).toLowerCase(java.util.Locale.ROOT);
        Entity speaker = null;
        for (Mention m : mentions) {
            if (m.start() >= span.from() && m.end() <= span.speakerEnd() && m.kind() != EntityKind.GATHERING) {
                List<Entity> es = resolver.resolve(m);
                if (!es.isEmpty() && (speaker == null || rank(es.get(0)) > rank(speaker))) {
                    speaker = es.get(0);
                }
            }
        }
        if (speaker == null && (phrase.startsWith("its ") || phrase.startsWith("their "))) {
            speaker = owner(s, span, mentions, resolver);
        }
        Channel ch = channel(phrase, speaker, span.verb(), s.text().toLowerCase(java.util.Locale.ROOT), day);
        boolean official = ch != Channel.MEDIA_REPORT && ch != Channel.ANONYMOUS_SOURCE && ch != Channel.OUTLET;
        String country = speaker == null ? null : speaker.country();
        String name = speaker != null && speaker.id() != null ? speaker.name() : s.span(span.from(), span.speakerEnd());
        return new Speaker(new Attribution(speaker == null ? null : speaker.id(), name, ch, official, country, false),
                speaker);
    }

    /**
     * "Norway turned down the offer, its foreign ministry said": "its" is the state the sentence opened with. The
     * ministry speaks for that state; the entity keeps the channel the phrase gives.
     */
    private static Entity owner(Sentence s, AttributionDetector.Span span, List<Mention> mentions, Resolver resolver) {
        for (Mention m : mentions) {
            if (m.start() < span.from() && (m.kind() == EntityKind.STATE || m.kind() == EntityKind.PLACE)) {
                Entity state = m.entity();
                return new Entity(null, EntityKind.UNRESOLVED, s.span(span.from(), span.speakerEnd()), state.country(),
                        null, true);
            }
        }
        return null;
    }

    private static int rank(Entity e) {
        return switch (e.kind()) {
            case MINISTRY, PRESS_SERVICE -> 4;
            case PERSON -> 3;
            case MEDIA -> 2;
            default -> 1;
        };
    }

    private Channel channel(String phrase, Entity speaker, String verb, String sentence, LocalDate day) {
        if (speaker != null && speaker.channel() != null) {
            return Channel.valueOf(speaker.channel());
        }
        if (phrase.contains("ministry") || phrase.contains("state department")) {
            return Channel.FOREIGN_MINISTRY;
        }
        if (phrase.contains("press service") || phrase.contains("office") || phrase.contains("presidency")) {
            return Channel.PRESS_SERVICE;
        }
        if (phrase.contains("spokes") || phrase.contains("press secretary") || phrase.contains("aide")) {
            return Channel.SPOKESPERSON;
        }
        if (phrase.contains("source") || phrase.contains("familiar") || phrase.contains("insider")) {
            return Channel.ANONYMOUS_SOURCE;
        }
        if (speaker != null && speaker.kind() == EntityKind.MEDIA || phrase.contains("media")
                || phrase.contains("outlets") || phrase.contains("reports") || phrase.contains("newspaper")) {
            return Channel.MEDIA_REPORT;
        }
        if (speaker != null && speaker.kind() == EntityKind.METONYM) {
            return Channel.PRESS_SERVICE;
        }
        if (speaker != null && speaker.kind() == EntityKind.PERSON) {
            if (("write".equals(verb) || "post".equals(verb)) && (sentence.contains("truth social")
                    || sentence.contains("social media") || sentence.contains(" on x ") || sentence.contains("telegram"))) {
                return Channel.SOCIAL_MEDIA_POST;
            }
            String office = speaker.id() == null ? null : offices.officeOf(speaker.id(), day);
            if (office != null && (office.contains("press") || office.contains("spokes") || office.contains("aide"))) {
                return Channel.SPOKESPERSON;
            }
            if (office != null && (office.contains("foreign") || office.contains("secretary of state"))) {
                return Channel.FOREIGN_MINISTRY;
            }
            return Channel.LEADER_STATEMENT;
        }
        if (speaker != null || phrase.contains("official") || phrase.contains("government")) {
            return Channel.GOVERNMENT_STATEMENT;
        }
        return Channel.MEDIA_REPORT;
    }
}
