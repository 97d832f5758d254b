package dev.chancery.extraction.domain;

import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.chancery.model.claim.ClaimType.*;

/**
 * Reads the frames of one tagged sentence: heads, attribution, roles, modality, gathering; turns negated
 * invitations into exclusions, refused attendance into declines and officially negated contacts into denials;
 * fills missing inviters and denied participants from the article context; splits per invitee.
 */
final class FrameReader {
    private static final Set<ClaimType> CONTACTS = Set.of(PHONE_CALL, MEETING, VISIT);
    private static final Set<String> FUTURE = Set.of("will", "wo", "would", "'ll", "shall");
    private final ReferenceData reference;
    private final GatheringResolver gatherings;
    private final Attributions attributions;
    private final Syntax syntax;

    FrameReader(ReferenceData reference, Offices offices, Syntax syntax) {
        this.reference = reference;
        this.syntax = syntax;
        this.gatherings = new GatheringResolver(reference);
        this.attributions = new Attributions(offices);
    }

    record Read(Frame frame, Modality modality, Attribution attribution) {
    }

    List<Read> read(Sentence s, List<Mention> mentions, Resolver resolver, DiscourseContext ctx, SourceInfo source,
                    LocalDate day) {
        List<Trigger> all = TriggerFinder.find(s, mentions);
        List<Trigger> heads = TriggerScope.heads(s, all);
        List<Read> out = new ArrayList<>();
        AttributionDetector.Span span = AttributionDetector.find(s, heads);
        for (Trigger t : heads) {
            AttributionDetector.Span sp = span;
            if (t.type() == DENIAL && (sp == null || !sp.covers(0))) {
                sp = new AttributionDetector.Span(0, t.index() + 1, t.index(), "deny");
            }
            Attributions.Speaker speaker = continuedPost(attributions.of(s, sp, mentions, resolver, source, day), sp, ctx);
            resolver.speaker(speaker.entity());
            final AttributionDetector.Span excluded = sp;
            List<Mention> actors = mentions.stream().filter(m -> m.actor() && m.kind() != EntityKind.MEDIA
                    && (excluded == null || !excluded.covers(m.start()))).toList();
            List<Groups.Group> groups = Groups.of(s, actors);
            Frame f = frame(s, t, all, groups, mentions, resolver, ctx, speaker, day);
            if (f == null) {
                continue;
            }
            Modality modality = modality(s, f);
            List<Frame> all2 = new ArrayList<>(split(f));
            Frame trip = f.type() == VISIT ? tripPurpose(s, f, mentions) : null;
            if (trip != null) {
                all2.add(trip);
            }
            for (Frame one : all2) {
                ctx.frame(one);
                out.add(new Read(one, modality, speaker.attribution()));
            }
        }
        return out;
    }

    private Frame frame(Sentence s, Trigger t, List<Trigger> all, List<Groups.Group> groups, List<Mention> mentions,
                        Resolver resolver, DiscourseContext ctx, Attributions.Speaker speaker, LocalDate day) {
        boolean negated = ModalityDetector.negated(s, t.index());
        ClaimType type = t.type();
        ClaimType denied = type == DENIAL ? TriggerScope.governed(all, t) : null;
        if (type == INVITATION && negated) {
            type = EXCLUSION;
        } else if ((type == ATTENDANCE || type == MEMBERSHIP_JOINED) && negated && future(s, t.index())) {
            type = INVITATION_DECLINED;
        } else if (CONTACTS.contains(type) && negated && official(speaker) && !future(s, t.index())) {
            denied = type;
            type = DENIAL;
        }
        Trigger head = new Trigger(type, t.index(), t.word(), t.nominal(), t.hostSide());
        List<Role> roles = new ArrayList<>(RoleAssigner.assign(s, head, groups, resolver, syntax));
        if (type == INVITATION_DECLINED && t.type() != INVITATION_DECLINED) {
            roles.replaceAll(r -> new Role(r.entity(), ActorRole.INVITEE));
        }
        String gathering = gathering(s, head, mentions, roles, ctx, day);
        if (type == DENIAL) {
            if (denied == null) {
                Frame last = ctx.last(null);
                denied = last == null ? null : last.type();
            }
            if (roles.size() < 2 && denied != null && ctx.last(denied) != null) {
                roles.clear();
                ctx.last(denied).roles().forEach(r -> roles.add(new Role(r.entity(), ActorRole.PARTICIPANT)));
            }
            gathering = null;
        }
        fillInviter(type, roles, gathering, ctx, speaker);
        if (type.isInvitationFamily() && gathering == null) {
            gathering = priorGathering(type, roles, ctx);
        }
        if ((type == PHONE_CALL || type == MEETING) && roles.size() < 2 && t.index() > 0
                && s.token(t.index() - 1).is("the") && ctx.last(type) != null) {
            for (Role r : ctx.last(type).roles()) {
                if (roles.stream().noneMatch(x -> x.entity().country() != null
                        && x.entity().country().equals(r.entity().country()))) {
                    roles.add(r);
                }
            }
        }
        if (!valid(type, roles, gathering)) {
            return null;
        }
        return new Frame(type, head, List.copyOf(roles), gathering, denied, negated);
    }

    /**
     * A response or repeated invitation without its own gathering refers to the invitee's earlier invitation
     * (same inviter for a repeated invitation), else for a response to the article's last gathering.
     */
    private static String priorGathering(ClaimType type, List<Role> roles, DiscourseContext ctx) {
        Entity invitee = invitee(roles);
        Frame prior = invitee == null ? null : ctx.invitationOf(invitee.country());
        if (type == INVITATION) {
            Entity inviter = roles.stream().filter(r -> r.role() == ActorRole.INVITER).map(Role::entity)
                    .findFirst().orElse(null);
            boolean same = prior != null && inviter != null && prior.roles().stream().anyMatch(r ->
                    r.role() == ActorRole.INVITER && inviter.key().equals(r.entity().key()));
            return same ? prior.gathering() : null;
        }
        if (prior != null && prior.gathering() != null) {
            return prior.gathering();
        }
        boolean response = type == INVITATION_ACCEPTED || type == INVITATION_DECLINED || type == INVITATION_CONSIDERED;
        return response ? ctx.lastGathering() : null;
    }

    private static boolean valid(ClaimType type, List<Role> roles, String gathering) {
        if (roles.isEmpty()) {
            return false;
        }
        if (type.isInvitationFamily()) {
            return roles.stream().anyMatch(r -> r.role() == ActorRole.INVITEE);
        }
        if (type == MEMBERSHIP_JOINED) {
            return gathering != null;
        }
        return true;
    }

    private static Entity invitee(List<Role> roles) {
        return roles.stream().filter(r -> r.role() == ActorRole.INVITEE).map(Role::entity).findFirst().orElse(null);
    }

    private void fillInviter(ClaimType type, List<Role> roles, String gathering, DiscourseContext ctx,
                             Attributions.Speaker speaker) {
        if (!type.isInvitationFamily() || roles.stream().anyMatch(r -> r.role() == ActorRole.INVITER)) {
            return;
        }
        Entity invitee = invitee(roles);
        Frame prior = invitee == null ? null : ctx.invitationOf(invitee.country());
        Entity inviter = prior == null ? null : prior.roles().stream().filter(r -> r.role() == ActorRole.INVITER
                && r.entity().id() != null).map(Role::entity).findFirst().orElse(null);
        String host = gathering == null ? null : reference.gathering(gathering).map(Gathering::host).orElse(null);
        Entity sp = speaker.entity();
        if (inviter == null && sp != null && sp.country() != null && type != INVITATION_ACCEPTED
                && type != INVITATION_DECLINED && type != INVITATION_CONSIDERED
                && (type == EXCLUSION || sp.country().equals(host))) {
            inviter = sp;
        }
        if (inviter == null && type == EXCLUSION && host != null) {
            inviter = new Entity(host, EntityKind.STATE, reference.country(host).map(c -> c.name()).orElse(host),
                    host, null, false);
        }
        if (inviter == null && (type == INVITATION || type == EXCLUSION || type == INVITATION_WITHDRAWN)) {
            inviter = Entity.unresolved("(unstated)");
        }
        if (inviter != null) {
            roles.add(0, new Role(inviter, ActorRole.INVITER));
        }
    }

    /** A leader who "wrote" right after a social media post is still writing that post. */
    private static Attributions.Speaker continuedPost(Attributions.Speaker sp, AttributionDetector.Span span,
                                                      DiscourseContext ctx) {
        Attribution a = sp.attribution();
        if (a.channel() == Channel.SOCIAL_MEDIA_POST) {
            ctx.socialPoster(a.speakerId());
        } else if (a.channel() == Channel.LEADER_STATEMENT && span != null
                && ("write".equals(span.verb()) || "post".equals(span.verb()))
                && a.speakerId() != null && a.speakerId().equals(ctx.socialPoster())) {
            return new Attributions.Speaker(new Attribution(a.speakerId(), a.speakerName(), Channel.SOCIAL_MEDIA_POST,
                    true, a.country(), false), sp.entity());
        }
        return sp;
    }

    /** "will travel to Washington for the C5+1 summit": the visitor also attends the gathering. */
    private static Frame tripPurpose(Sentence s, Frame visit, List<Mention> mentions) {
        int f = s.indexOf(visit.trigger().index() + 1, "for");
        if (f < 0) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.GATHERING && (m.start() == f + 1 || m.start() == f + 2)) {
                List<Role> visitors = visit.roles().stream().filter(r -> r.role() == ActorRole.VISITOR)
                        .map(r -> new Role(r.entity(), ActorRole.PARTICIPANT)).toList();
                Trigger t = new Trigger(ATTENDANCE, visit.trigger().index(), visit.trigger().word(), false, false);
                return visitors.isEmpty() ? null
                        : new Frame(ATTENDANCE, t, visitors, m.entity().id(), null, false);
            }
        }
        return null;
    }

    private String gathering(Sentence s, Trigger t, List<Mention> mentions, List<Role> roles, DiscourseContext ctx,
                             LocalDate day) {
        ClaimType type = t.type();
        if (!type.isInvitationFamily() && type != ATTENDANCE && type != MEMBERSHIP_JOINED) {
            return null;
        }
        String g = gatherings.resolve(s, mentions, 0, day, ctx);
        if (g != null || type == ATTENDANCE || type == MEMBERSHIP_JOINED) {
            return g;
        }
        Set<String> taken = new java.util.HashSet<>();
        roles.stream().filter(r -> r.role() == ActorRole.INVITEE).forEach(r -> taken.add(r.entity().country()));
        for (Mention m : mentions) {
            if (m.start() > t.index() && m.entity() != null && !taken.contains(m.entity().country())
                    && Set.of(EntityKind.PLACE, EntityKind.STATE, EntityKind.METONYM).contains(m.kind())
                    && destination(s, m.start())) {
                return Gathering.visitId(m.entity().country());
            }
        }
        return null;
    }

    private static boolean destination(Sentence s, int i) {
        int p = i - 1;
        if (p >= 0 && s.token(p).is("the")) {
            p--;
        }
        return p >= 0 && (s.token(p).is("to") || s.token(p).is("visit") || s.token(p).is("visiting"));
    }

    private static Modality modality(Sentence s, Frame f) {
        return switch (f.type()) {
            case EXCLUSION, INVITATION_DECLINED, INVITATION_WITHDRAWN, DENIAL, INVITATION_CONSIDERED ->
                    ModalityDetector.ofPositive(s, f.trigger().index());
            default -> ModalityDetector.of(s, f.trigger().index());
        };
    }

    private static boolean official(Attributions.Speaker sp) {
        Channel c = sp.attribution().channel();
        return sp.attribution().official() && c != Channel.OUTLET;
    }

    private static boolean future(Sentence s, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (FUTURE.contains(s.token(j).lower()) || s.token(j).lemma().equals("refuse")) {
                return true;
            }
        }
        return false;
    }

    /** One frame per invitee / attendee / member; calls, meetings, visits and denials stay whole. */
    private static List<Frame> split(Frame f) {
        if (!RoleAssigner.splitPerActor(f.type())) {
            return List.of(f);
        }
        ActorRole each = f.type().isInvitationFamily() ? ActorRole.INVITEE
                : f.type() == ATTENDANCE ? ActorRole.PARTICIPANT : ActorRole.MEMBER;
        List<Role> shared = f.roles().stream().filter(r -> r.role() != each).toList();
        List<Frame> out = new ArrayList<>();
        for (Role r : f.roles()) {
            if (r.role() == each) {
                List<Role> roles = new ArrayList<>(shared);
                roles.add(r);
                out.add(new Frame(f.type(), f.trigger(), List.copyOf(roles), f.gathering(), f.deniedType(), f.negated()));
            }
        }
        return out;
    }
}
