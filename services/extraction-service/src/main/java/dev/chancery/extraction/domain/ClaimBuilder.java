package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.Evidence;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.fact.DeterministicIds;

import java.util.Comparator;
import java.util.List;

/** Builds the ClaimExtracted payload of a frame, with its deterministic id, coding and participant flag. */
final class ClaimBuilder {
    private ClaimBuilder() {
    }

    static ClaimExtracted build(Frame f, Modality modality, ClaimDate date, Attribution a, Sentence s,
                                SourceInfo source) {
        List<ActorRef> actors = f.roles().stream().map(ClaimBuilder::ref).toList();
        boolean participant = a.official() && a.country() != null
                && actors.stream().anyMatch(x -> a.country().equals(x.country()));
        Attribution attribution = new Attribution(a.speakerId(), a.speakerName(), a.channel(), a.official(),
                a.country(), participant);
        CodingTable.Coding c = CodingTable.code(f.type(), modality, variant(f, s));
        String signature = s.index() + "|" + f.trigger().index() + "|" + f.type() + "|" + f.gathering() + "|"
                + actors.stream().map(x -> x.role() + ":" + (x.id() == null ? "?" + x.name() : x.id()))
                .sorted(Comparator.naturalOrder()).toList();
        String id = DeterministicIds.of("claim", source.articleId(), ClaimExtractor.VERSION, signature).toString();
        Evidence ev = new Evidence(s.text(), s.index(), s.start(), s.end(), f.trigger().word());
        return new ClaimExtracted(id, source.articleId(), ClaimExtractor.VERSION, f.type(), c.plover(), c.cameo(),
                actors, f.gathering(), date, modality, attribution, ev, f.deniedType(), source);
    }

    private static CodingTable.Variant variant(Frame f, Sentence s) {
        int i = f.trigger().index();
        boolean mediated = false;
        for (int j = Math.max(0, i - 4); j <= i; j++) {
            String l = s.token(j).lemma();
            mediated |= l.startsWith("mediat") || l.equals("broker") || l.equals("facilitate")
                    || (l.equals("host") && s.token(j).verb() && j < i);
        }
        boolean negotiation = s.token(i).lemma().startsWith("negotiat");
        long states = f.roles().stream().map(r -> r.entity().country()).filter(java.util.Objects::nonNull)
                .distinct().count();
        return new CodingTable.Variant(f.trigger().hostSide(), mediated, negotiation, (int) states);
    }

    static ActorRef ref(Role r) {
        Entity e = r.entity();
        ActorKind kind = switch (e.kind()) {
            case STATE, PLACE, METONYM, DEMONYM -> ActorKind.STATE;
            case PERSON -> ActorKind.PERSON;
            case BODY, MINISTRY, PRESS_SERVICE, MEDIA -> e.id() == null ? ActorKind.UNRESOLVED : ActorKind.ORGANISATION;
            default -> ActorKind.UNRESOLVED;
        };
        String name = e.name();
        return new ActorRef(e.id(), name, kind, r.role(), e.country());
    }
}
