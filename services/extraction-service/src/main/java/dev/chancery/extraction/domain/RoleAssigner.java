package dev.chancery.extraction.domain;

import dev.chancery.extraction.domain.syntax.Parse;
import dev.chancery.extraction.domain.syntax.RuleDoubt;
import dev.chancery.extraction.domain.syntax.Slots;
import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.extraction.domain.syntax.SyntacticSlots;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.chancery.model.claim.ActorRole.*;

/**
 * Assigns roles around a trigger from word order and voice: active "X invited Y", passive "Y was invited by X",
 * nominal "X's invitation to Y", "Y received an invitation from X", "X extended an invitation to Y"; subjects of
 * responses, attendance and membership; every actor of a call or meeting; visitor and host (or host-side
 * "X hosted Y"); participants of a denied event. Where the rules are unsure, a dependency parse corrects them.
 */
public final class RoleAssigner {
    private static final Set<String> BE = Set.of("was", "were", "been", "be", "being", "is", "are", "'s");
    private static final Syntax RULES_ONLY = Syntax.off();

    private RoleAssigner() {
    }

    /** Roles of the trigger's claim from word order alone; empty when no actor can be found. */
    public static List<Role> assign(Sentence s, Trigger t, List<Groups.Group> groups, Resolver r) {
        return assign(s, t, groups, r, RULES_ONLY);
    }

    /**
     * Roles of the trigger's claim; the sentence is parsed only when the word-order rules are unsure
     * ({@link RuleDoubt}), and the parse then corrects their slots ({@link SyntacticSlots}).
     */
    public static List<Role> assign(Sentence s, Trigger t, List<Groups.Group> groups, Resolver r, Syntax syntax) {
        Slots slots = slots(s, t, groups);
        syntax.consider(s);
        // a sequel call ("a day after speaking to Aliyev") has its own rule: main subject, own object
        if (syntax.enabled() && RuleDoubt.unsure(s, t, groups) && !ContactParties.sequel(s, t.index())) {
            Parse p = syntax.parse(s);
            slots = p == null ? slots : SyntacticSlots.refine(slots, p, s, t, groups);
        }
        return roles(s, t, slots, groups, r);
    }

    private static Slots slots(Sentence s, Trigger t, List<Groups.Group> groups) {
        return new Slots(left(groups, t.index()), right(s, groups, t.index(), 4), after(s, groups, t.index(), "by", 4),
                right(groups, t.index(), 6), passive(s, t.index()),
                groups.stream().filter(g -> !g.location()).toList());
    }

    private static List<Role> roles(Sentence s, Trigger t, Slots slots, List<Groups.Group> groups, Resolver r) {
        List<Role> out = new ArrayList<>();
        Groups.Group left = slots.left();
        Groups.Group right = slots.right();
        Groups.Group agent = slots.agent();
        Groups.Group possessor = possessor(s, groups, t.index());
        boolean passive = slots.passive();
        switch (t.type()) {
            case INVITATION, EXCLUSION -> invitation(s, t, left, right, agent, possessor, passive, groups, r, out);
            case INVITATION_WITHDRAWN -> {
                int noun = nounAfterOrBefore(s, t.index());
                Groups.Group invitee = possessor(s, groups, noun);
                if (invitee == null) {
                    invitee = after(s, groups, noun, "to", 2);
                }
                add(out, passive ? agent : left, INVITER, r);
                add(out, invitee == null && passive ? left : invitee, INVITEE, r);
            }
            case INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CONSIDERED -> {
                int noun = nounAfterOrBefore(s, t.index());
                add(out, noun > t.index() ? possessor(s, groups, noun) : null, INVITER, r);
                if (out.isEmpty()) {
                    add(out, after(s, groups, noun, "from", 2), INVITER, r);
                }
                if (out.isEmpty() && noun == t.index()) {
                    add(out, counterpart(s, groups, t.index()), INVITER, r);
                }
                if (out.isEmpty() && noun > t.index()) {
                    // "agreed to US mediation", "opposed French mediation": the name right before the noun offers it
                    Groups.Group compound = left(groups, noun);
                    add(out, compound != null && compound.end() == noun && compound.start() > t.index() ? compound
                            : null, INVITER, r);
                }
                add(out, subject(s, groups, t.index()), INVITEE, r);
            }
            case PHONE_CALL, MEETING -> ContactParties.of(s, t.index(), slots.participants())
                    .forEach(g -> add(out, g, PARTICIPANT, r));
            case DENIAL -> slots.participants().stream().filter(g -> !ContactParties.topic(s, g))
                    .forEach(g -> add(out, g, PARTICIPANT, r));
            case ATTENDANCE -> add(out, subject(s, groups, t.index(), left), PARTICIPANT, r);
            case MEMBERSHIP_JOINED -> add(out, subject(s, groups, t.index(), left), MEMBER, r);
            case VISIT -> visit(s, t, left, right, agent, slots.host(), possessor, passive, groups, r, out);
            default -> { }
        }
        return out;
    }

    private static void invitation(Sentence s, Trigger t, Groups.Group left, Groups.Group right, Groups.Group agent,
                                   Groups.Group possessor, boolean passive, List<Groups.Group> groups, Resolver r,
                                   List<Role> out) {
        if (!t.nominal()) {
            add(out, passive ? agent : left, INVITER, r);
            add(out, passive ? left : nonLocation(right), INVITEE, r);
            return;
        }
        int ofAt = t.index() + 1 < s.size() && s.token(t.index() + 1).is("of") ? t.index() + 1 : -1;
        Groups.Group of = ofAt < 0 ? null : right(s, groups, ofAt, 2);
        if (of != null && t.index() >= 2 && s.token(t.index() - 1).is("the") && s.token(t.index() - 2).is("at")) {
            // "arrived in Ankara at the invitation of Erdogan": the inviter follows "of", the visitor is the subject
            add(out, of, INVITER, r);
            add(out, groups.stream().filter(g -> g != of && !g.location()).findFirst().orElse(null), INVITEE, r);
            return;
        }
        boolean received = lemmaBefore(s, t.index(), 6, "receive", "get", "accept", "score", "secure", "win", "land",
                "obtain", "won", "scored", "secured");
        Groups.Group from = after(s, groups, t.index(), "from", 2);
        Groups.Group to = nonLocation(after(s, groups, t.index(), "to", 2));
        // "a coveted White House invitation": the name right before the noun is the inviter, the subject the invitee
        Groups.Group compound = left != null && left.end() == t.index() && possessor == null ? left : null;
        Groups.Group invitee = compound == null ? left : left(groups, compound.start());
        add(out, possessor != null ? possessor : from != null ? from : compound != null ? compound
                : received || passive ? null : left, INVITER, r);
        add(out, received ? invitee : to != null ? to : passive ? invitee : null, INVITEE, r);
    }

    private static void visit(Sentence s, Trigger t, Groups.Group left, Groups.Group right, Groups.Group agent,
                              Groups.Group host, Groups.Group possessor, boolean passive, List<Groups.Group> groups,
                              Resolver r, List<Role> out) {
        if (t.hostSide()) {
            add(out, passive ? left : right, VISITOR, r);
            add(out, passive ? agent : left, HOST, r);
            return;
        }
        if (s.token(t.index()).is("visiting") && right != null && right.start() - t.index() <= 3 && left != null) {
            // "Tokayev met the visiting Lithuanian minister": the one visiting follows, the host is the subject
            add(out, right, VISITOR, r);
            add(out, left, HOST, r);
            return;
        }
        // "a visit here by Arafat": the agent of a nominal visit is the visitor, and never also its host; so is the
        // group after "of" ("the official visit of the President of Uzbekistan to Turkmenistan")
        Groups.Group of = t.nominal() ? after(s, groups, t.index(), "of", 1) : null;
        Groups.Group visitor = possessor != null ? possessor : t.nominal() && agent != null ? agent
                : of != null ? of : left;
        if (of != null && host == of) {
            host = after(s, groups, of.end() - 1, "to", 2);
        }
        add(out, visitor, VISITOR, r);
        add(out, host == agent && t.nominal() ? null : host, HOST, r);
    }

    private static Groups.Group nonLocation(Groups.Group g) {
        return g == null || g.members().stream().allMatch(m -> m.kind() == EntityKind.PLACE) ? null : g;
    }

    private static void add(List<Role> out, Groups.Group g, ActorRole role, Resolver r) {
        if (g == null) {
            return;
        }
        for (Entity e : r.resolveAll(g.members())) {
            if (out.stream().noneMatch(x -> x.entity().key().equals(e.key()))) {
                out.add(new Role(e, role));
            }
        }
    }

    /**
     * The nearest group before token i that can attend, join or answer: "Norway will not join the board and will
     * not attend the ceremony" — the board just named is the first verb's object, not the second's subject.
     */
    static Groups.Group subject(Sentence s, List<Groups.Group> groups, int i, Groups.Group parsed) {
        // the parse found another subject than word order would ("Tokayev, who ..., will attend")
        Groups.Group rules = left(groups, i);
        return parsed != null && parsed != rules ? parsed : subject(s, groups, i);
    }

    static Groups.Group subject(Sentence s, List<Groups.Group> groups, int i) {
        int clause = -1;
        for (int j = i - 1; j > 0; j--) {
            // "Paraguay accepted, but Paraguayan officials said the government was still studying the offer"
            if (Set.of("while", "whereas", "but", ";").contains(s.token(j).lower())) {
                clause = j;
                break;
            }
        }
        return subjectAfter(groups, i, clause);
    }

    /** The nearest group before token i that can act, starting after token {@code from} (-1: anywhere). */
    static Groups.Group subjectAfter(List<Groups.Group> groups, int i, int from) {
        Groups.Group best = null;
        for (Groups.Group g : groups) {
            if (g.end() <= i && g.start() > from && !g.location() && !g.members().stream().allMatch(m ->
                    m.kind() == EntityKind.BODY || m.kind() == EntityKind.GATHERING)) {
                best = g;
            }
        }
        return best;
    }

    static Groups.Group left(List<Groups.Group> groups, int i) {
        Groups.Group best = null;
        for (Groups.Group g : groups) {
            if (g.end() <= i && !g.location()) {
                best = g;
            }
        }
        return best;
    }

    static Groups.Group right(List<Groups.Group> groups, int i, int within) {
        return right(null, groups, i, within);
    }

    /**
     * The first group after token i within {@code within} tokens, not counting the words of a title before a name
     * ("invited the United States President Donald Trump"): determiners, adjectives and proper nouns.
     */
    static Groups.Group right(Sentence s, List<Groups.Group> groups, int i, int within) {
        for (Groups.Group g : groups) {
            if (g.start() > i && g.start() - i - titleWords(s, i + 1, g.start()) <= within) {
                return g;
            }
        }
        return null;
    }

    private static int titleWords(Sentence s, int from, int to) {
        int n = 0;
        for (int j = from; s != null && j < to; j++) {
            String p = s.token(j).pos();
            if (p.equals("DET") || p.equals("ADJ") || p.equals("PROPN")) {
                n++;
            }
        }
        return n;
    }

    /** The group right after {@code word} where the word follows token i within n tokens. */
    static Groups.Group after(Sentence s, List<Groups.Group> groups, int i, String word, int n) {
        int w = s.indexOf(i + 1, word);
        if (w < 0 || w - i > n) {
            return null;
        }
        for (Groups.Group g : groups) {
            if (g.start() == w + 1 || (g.start() == w + 2 && s.token(w + 1).is("the"))) {
                return g;
            }
        }
        return null;
    }

    /** "Canada's invitation", "Trump's invitation": the group right before "'s" that precedes token i. */
    static Groups.Group possessor(Sentence s, List<Groups.Group> groups, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (s.token(j).is("'s") || s.token(j).is("'") || s.token(j).is("\u2019s") || s.token(j).is("\u2019")) {
                for (Groups.Group g : groups) {
                    if (g.end() == j) {
                        return g;
                    }
                }
            }
        }
        return null;
    }

    private static boolean passive(Sentence s, int i) {
        if (s.token(i).pos().equals("NOUN")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = s.token(j).lower();
            if (BE.contains(w)) {
                return !s.token(i).lower().endsWith("ing");
            }
            if (!s.token(j).pos().equals("ADV") && !s.token(j).pos().equals("PART") && !w.equals("not")) {
                return false;
            }
        }
        return false;
    }

    /** "refused to meet Y", "agreed to receive Y", "declined to hold talks with Y": the other side of the meeting. */
    private static Groups.Group counterpart(Sentence s, List<Groups.Group> groups, int i) {
        if (i + 2 >= s.size() || !s.token(i + 1).is("to")
                || !Set.of("meet", "visit", "receive", "host", "see", "talk", "negotiate", "hold").contains(s.token(i + 2).lemma())) {
            return null;
        }
        Groups.Group g = right(s, groups, i + 2, 3);
        return g == null ? after(s, groups, i + 2, "with", 4) : g;
    }

    private static int nounAfterOrBefore(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.size(), i + 8); j++) {
            if (TriggerFinder.INVITATION_NOUNS.contains(s.token(j).lower())) {
                return j;
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (TriggerFinder.INVITATION_NOUNS.contains(s.token(j).lower())) {
                return j;
            }
        }
        return i;
    }

    private static boolean lemmaBefore(Sentence s, int i, int n, String... lemmas) {
        for (int j = i - 1; j >= Math.max(0, i - n); j--) {
            for (String l : lemmas) {
                if (s.token(j).lemma().equals(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Claim types whose actors are read per invitee/attendee/member rather than as one group. */
    public static boolean splitPerActor(ClaimType type) {
        return type.isInvitationFamily() || type == ClaimType.ATTENDANCE || type == ClaimType.MEMBERSHIP_JOINED;
    }
}
