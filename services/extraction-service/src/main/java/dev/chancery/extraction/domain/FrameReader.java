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
    private static final Set<String> ALLY_NOUNS = Set.of("allies", "ally", "partners", "neighbours", "neighbors",
            "rivals", "adversaries", "foes", "enemies", "critics", "friends", "competitors", "backers", "proxies");
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
            AttributionDetector.Span own = AttributionDetector.inClause(s, t);
            AttributionDetector.Span sp = own != null ? own : span;
            if (t.type() == DENIAL && (sp == null || !sp.covers(0))) {
                sp = new AttributionDetector.Span(0, t.index() + 1, t.index(), "deny");
            }
            Attributions.Speaker speaker = continuedPost(attributions.of(s, sp, mentions, resolver, source, day), sp, ctx);
            resolver.speaker(speaker.entity());
            final AttributionDetector.Span excluded = sp;
            List<Mention> actors = mentions.stream().filter(m -> m.actor() && m.kind() != EntityKind.MEDIA
                    && (excluded == null || !excluded.covers(m.start())) && !alliesOf(s, m) && !determiner(m, mentions)).toList();
            List<Groups.Group> groups = Groups.of(s, actors);
            if (Unasserted.reason(s, t.index(), CONTACTS.contains(t.type()) || t.type() == ATTENDANCE,
                    official(speaker)) != null) {
                continue;
            }
            Frame f = frame(s, t, all, groups, mentions, resolver, ctx, speaker, day);
            if (f == null || !twoSided(f, speaker)) {
                continue;
            }
            Modality modality = modality(s, f, day);
            List<Frame> all2 = new ArrayList<>(f.type() == PHONE_CALL ? oneCallEach(s, f, groups, resolver) : split(f));
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
        } else if (type == INVITATION_ACCEPTED && negated) {
            // "had not accepted the offer": not yet is still weighing it, otherwise it is a refusal
            type = TriggerFinder.near(s, Math.max(0, t.index() - 4), 5, Set.of("yet")) ? INVITATION_CONSIDERED
                    : INVITATION_DECLINED;
        } else if ((type == ATTENDANCE || type == MEMBERSHIP_JOINED) && negated && future(s, t.index())) {
            type = INVITATION_DECLINED;
        } else if (CONTACTS.contains(type) && negated && official(speaker) && !future(s, t.index())) {
            denied = type;
            type = DENIAL;
        }
        Trigger head = new Trigger(type, t.index(), t.word(), t.nominal(), t.hostSide());
        List<Role> roles = new ArrayList<>(RoleAssigner.assign(s, head, groups, resolver, syntax));
        speakerAsSubject(s, t, roles, speaker);
        subjectAcrossClauses(t, groups, roles, resolver);
        listAfterInclude(s, t, groups, roles, resolver);
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
        fillInviter(type, roles, gathering, ctx, speaker, destination(s, mentions, t.index()));
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
     * "Austria said it would not join the board", "officials said the government was still studying the offer": a
     * state speaking of itself as "it", "we" or "the government" is the subject of a
     * response, attendance or membership that names no other.
     */
    private static void speakerAsSubject(Sentence s, Trigger t, List<Role> roles, Attributions.Speaker speaker) {
        ActorRole role = t.type() == ATTENDANCE ? ActorRole.PARTICIPANT : t.type() == MEMBERSHIP_JOINED
                ? ActorRole.MEMBER : ActorRole.INVITEE;
        boolean subjectType = t.type() == ATTENDANCE || t.type() == MEMBERSHIP_JOINED
                || t.type() == INVITATION_ACCEPTED || t.type() == INVITATION_DECLINED || t.type() == INVITATION_CONSIDERED;
        Entity e = speaker.entity();
        if (!subjectType || e == null || e.country() == null || roles.stream().anyMatch(r -> r.role() == role)) {
            return;
        }
        for (int j = t.index() - 1; j >= Math.max(0, t.index() - 5); j--) {
            if (Set.of("it", "we", "government", "country", "side").contains(s.token(j).lower())) {
                roles.add(new Role(e, role));
                return;
            }
        }
    }

    /**
     * "Leaders invited to join the board include Putin, Macron and Starmer": the invitees (or those answering) are
     * the list after "include", each its own claim.
     */
    private static void listAfterInclude(Sentence s, Trigger t, List<Groups.Group> groups, List<Role> roles,
                                         Resolver resolver) {
        ActorRole role = t.type().isInvitationFamily() ? ActorRole.INVITEE : null;
        if (role == null || roles.stream().anyMatch(r -> r.role() == role)) {
            return;
        }
        int inc = -1;
        for (int j = t.index() + 1; j < Math.min(s.size(), t.index() + 12) && inc < 0; j++) {
            if (Set.of("include", "includes", "included", "including").contains(s.token(j).lower())) {
                inc = j;
            }
        }
        final int from = inc;
        if (from < 0) {
            return;
        }
        groups.stream().filter(g -> g.start() > from && !g.location()).flatMap(g -> resolver.resolveAll(g.members())
                .stream()).filter(e -> roles.stream().noneMatch(r -> r.entity().key().equals(e.key())))
                .forEach(e -> roles.add(new Role(e, role)));
    }

    /**
     * "Trump confirmed Putin's agreement, while the Kremlin said the invitation remained under consideration": a
     * response whose own clause names nobody (its speaker excluded) answers for the subject of the sentence.
     */
    private static void subjectAcrossClauses(Trigger t, List<Groups.Group> groups, List<Role> roles, Resolver resolver) {
        boolean response = t.type() == INVITATION_ACCEPTED || t.type() == INVITATION_DECLINED
                || t.type() == INVITATION_CONSIDERED;
        if (!response || roles.stream().anyMatch(r -> r.role() == ActorRole.INVITEE)) {
            return;
        }
        Groups.Group g = RoleAssigner.subjectAfter(groups, t.index(), -1);
        if (g != null) {
            resolver.resolveAll(g.members()).stream().filter(e -> roles.stream().noneMatch(r -> r.entity().key()
                    .equals(e.key()))).forEach(e -> roles.add(new Role(e, ActorRole.INVITEE)));
        }
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
                             Attributions.Speaker speaker, String destination) {
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
                && (type == EXCLUSION || sp.country().equals(host) || sp.country().equals(destination))) {
            inviter = sp;
        }
        String kind = gathering == null ? null : reference.gathering(gathering).map(Gathering::kind).orElse(null);
        // the host state invites to its summit or its visits; a ceremony in Davos is not Switzerland's to give
        if (inviter == null && type == EXCLUSION && host != null && Set.of("SUMMIT", "MEETING", "VISIT").contains(kind)) {
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
        // attending: the gathering named after the verb first ("will not join the board and will not attend a
        // signing ceremony in Davos"), else any in the sentence
        // the gathering named after the trigger first for every kind: "refused to join the board, citing the UN"
        String g = gatherings.resolve(s, mentions, t.index(), day, ctx);
        g = g != null ? g : gatherings.resolve(s, mentions, 0, day, ctx);
        if (g == null && type == ATTENDANCE && s.token(t.index()).verb() && (t.index() + 1 == s.size()
                || !s.token(t.index() + 1).pos().equals("DET") && !s.token(t.index() + 1).pos().equals("PROPN"))) {
            // "will also attend" with no object: the gathering the article spoke of last
            g = ctx.lastGathering();
        }
        if (g != null || type == ATTENDANCE || type == MEMBERSHIP_JOINED) {
            return g;
        }
        if (t.nominal() && t.index() >= 2 && s.token(t.index() - 2).is("at") && s.indexOf(t.index(), "visit") > 0) {
            // "on a state visit at the invitation of Erdogan": the visit goes to the inviter's country
            String inviter = roles.stream().filter(r -> r.role() == ActorRole.INVITER).map(r -> r.entity().country())
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (inviter != null) {
                return Gathering.visitId(inviter);
            }
        }
        for (Mention m : mentions) {
            // "a White House invitation", "a Kremlin invitation": an invitation to the residence is one to visit
            if (t.nominal() && m.end() == t.index() && m.entity() != null && m.entity().country() != null
                    && (m.kind() == EntityKind.METONYM || m.kind() == EntityKind.PRESS_SERVICE)) {
                return Gathering.visitId(m.entity().country());
            }
        }
        Set<String> taken = new java.util.HashSet<>();
        roles.stream().filter(r -> r.role() == ActorRole.INVITEE).forEach(r -> taken.add(r.entity().country()));
        for (Mention m : mentions) {
            if (m.start() > t.index() && m.entity() != null && !taken.contains(m.entity().country())
                    && (Set.of(EntityKind.PLACE, EntityKind.STATE, EntityKind.METONYM).contains(m.kind())
                    && destination(s, m.start()) || residence(s, m))) {
                return Gathering.visitId(m.entity().country());
            }
        }
        return null;
    }

    /** "invited Putin for a meeting at the White House": a seat of government after "at" is where the visit goes. */
    private static boolean residence(Sentence s, Mention m) {
        int p = m.start() - 1;
        if (p >= 0 && s.token(p).is("the")) {
            p--;
        }
        return p >= 0 && s.token(p).is("at") && (m.kind() == EntityKind.METONYM || m.kind() == EntityKind.PRESS_SERVICE);
    }

    /** The country of the place the trigger sends someone to ("were invited to Moscow"), or null. */
    private static String destination(Sentence s, List<Mention> mentions, int trigger) {
        for (Mention m : mentions) {
            if (m.start() > trigger && m.entity() != null && m.entity().country() != null
                    && Set.of(EntityKind.PLACE, EntityKind.STATE, EntityKind.METONYM).contains(m.kind())
                    && destination(s, m.start())) {
                return m.entity().country();
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

    private Modality modality(Sentence s, Frame f, LocalDate day) {
        Modality m = switch (f.type()) {
            case EXCLUSION, INVITATION_DECLINED, INVITATION_WITHDRAWN, DENIAL, INVITATION_CONSIDERED ->
                    ModalityDetector.ofPositive(s, f.trigger().index());
            default -> ModalityDetector.of(s, f.trigger().index());
        };
        // attending a gathering that has not begun yet ("confirmed her attendance at the Miami summit") is a plan
        boolean ahead = f.type() == ATTENDANCE && f.gathering() != null && reference.gathering(f.gathering())
                .map(Gathering::startDate).filter(d -> d != null && d.isAfter(day)).isPresent();
        return ahead && m == Modality.ASSERTED ? Modality.PLANNED : m;
    }

    /**
     * A call or meeting needs two sides and a visit a visitor and a host, of two different states ("I had a great
     * conversation with him", "the first such visit by an Uzbek president", a president meeting his capital's mayor
     * tell no diplomatic contact), unless an official channel of a participant confirms it ("Akorda confirmed the
     * call").
     */
    private static boolean twoSided(Frame f, Attributions.Speaker speaker) {
        if (!CONTACTS.contains(f.type())) {
            return true;
        }
        String own = speaker.attribution().country();
        if (official(speaker) && own != null && f.roles().stream().allMatch(r -> own.equals(r.entity().country()))) {
            return true;
        }
        long sides = f.roles().stream().map(r -> r.entity().country() != null ? r.entity().country()
                : r.entity().key()).distinct().count();
        if (f.type() == VISIT) {
            return sides >= 2 && f.roles().stream().anyMatch(r -> r.role() == ActorRole.VISITOR)
                    && f.roles().stream().anyMatch(r -> r.role() == ActorRole.HOST);
        }
        return sides >= 2;
    }

    /** "his Russian counterpart": a possessive pronoun right before a name or title is part of that mention. */
    private static boolean determiner(Mention m, List<Mention> mentions) {
        if (m.ref() != Mention.Ref.PRONOUN) {
            return false;
        }
        String w = m.text();
        if (w.equals("US")) {
            return true;
        }
        boolean possessive = Set.of("his", "her", "its", "their").contains(w.toLowerCase(java.util.Locale.ROOT));
        return possessive && mentions.stream().anyMatch(x -> x.start() == m.end() && x.entity() != null);
    }

    /** "key US allies", "Russia's neighbours": the state names whom the group is allied to, it is not the group. */
    private static boolean alliesOf(Sentence s, Mention m) {
        int next = m.end() < s.size() && s.token(m.end()).lower().endsWith("s") && s.token(m.end()).pos().equals("PART")
                ? m.end() + 1 : m.end();
        return next < s.size() && ALLY_NOUNS.contains(s.token(next).lower());
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

    /** "his Russian counterpart, Vladimir Putin": the state a title resolved to is the person named beside it. */
    private static boolean apposition(Role r, List<Role> roles, ActorRole each) {
        EntityKind k = r.entity().kind();
        return (k == EntityKind.STATE || k == EntityKind.DEMONYM) && r.entity().country() != null
                && roles.stream().anyMatch(x -> x.role() == each && x.entity().kind() == EntityKind.PERSON
                && r.entity().country().equals(x.entity().country()));
    }

    /**
     * "Japarov held phone talks with Putin, Lukashenko and Tokayev", "spoke with Sisi on Monday and with Erdogan
     * two days later": one caller and several people called are several two-party calls.
     */
    private static List<Frame> oneCallEach(Sentence s, Frame f, List<Groups.Group> groups, Resolver resolver) {
        int t = f.trigger().index();
        List<Groups.Group> parties = ContactParties.of(s, t, groups);
        List<Groups.Group> before = parties.stream().filter(g -> g.end() <= t).toList();
        List<Entity> callers = before.size() == 1 ? resolver.resolveAll(before.get(0).members()) : List.of();
        List<Entity> called = new ArrayList<>();
        parties.stream().filter(g -> g.start() > t).forEach(g -> called.addAll(resolver.resolveAll(g.members())));
        if (callers.size() != 1 || called.size() < 2 || f.roles().size() != 1 + called.size()) {
            return List.of(f);
        }
        List<Frame> out = new ArrayList<>();
        for (Entity e : called) {
            out.add(new Frame(f.type(), f.trigger(), List.of(new Role(callers.get(0), ActorRole.PARTICIPANT),
                    new Role(e, ActorRole.PARTICIPANT)), f.gathering(), f.deniedType(), f.negated()));
        }
        return out;
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
            if (r.role() == each && !apposition(r, f.roles(), each)) {
                List<Role> roles = new ArrayList<>(shared);
                roles.add(r);
                out.add(new Frame(f.type(), f.trigger(), List.copyOf(roles), f.gathering(), f.deniedType(), f.negated()));
            }
        }
        return out;
    }
}
