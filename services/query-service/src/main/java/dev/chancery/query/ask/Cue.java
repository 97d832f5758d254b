package dev.chancery.query.ask;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.InvitationState;

import java.util.List;

/**
 * A kind of word that says what a question asks about, with the phrases that signal it. Phrases are matched
 * longest first, so "not invited" is an exclusion, not a negation of "invited".
 */
enum Cue {
    INVITE("invite", "invites", "invited", "inviting", "invitation", "invitations", "invitee", "invitees",
            "guest", "guests", "guest list"),
    ACCEPTED("accept", "accepts", "accepted", "accepting", "acceptance", "attend", "attends", "attended",
            "attending", "going", "coming", "join", "joins", "joined", "joining", "member", "members",
            "membership", "said yes", "agreed to attend", "agreed to join", "take part", "taking part",
            "participate", "participating", "signed up"),
    DECLINED("decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing",
            "reject", "rejects", "rejected", "rejecting", "turn down", "turns down", "turned down",
            "turning down", "snub", "snubs", "snubbed", "boycott", "boycotts", "boycotted", "boycotting",
            "said no", "skip", "skips", "skipped", "skipping", "stay away", "stayed away"),
    CONSIDERING("consider", "considers", "considering", "weigh", "weighs", "weighing", "mull", "mulling",
            "undecided", "thinking about", "pondering", "yet to decide", "not yet decided", "t decided"),
    WITHDRAWN("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "rescind", "rescinded",
            "revoke", "revoked", "disinvite", "disinvited", "taken back"),
    EXCLUDED("exclude", "excludes", "excluded", "excluding", "exclusion", "barred", "banned", "left out",
            "shut out", "kept out", "not invited", "t invited", "never invited", "uninvited", "not welcome",
            "no invitation"),
    PENDING("pending", "not responded", "t responded", "not replied", "t replied", "not answered",
            "t answered", "yet to respond", "yet to reply", "yet to answer", "no answer", "no reply",
            "unanswered"),
    CALL("call", "calls", "called", "calling", "phone", "phoned", "phones", "phoning", "telephone",
            "telephoned", "phone call", "phone calls", "phone conversation", "phone talks", "rang", "dialled"),
    VISIT("visit", "visits", "visited", "visiting", "visitor", "visitors", "trip", "trips", "travel",
            "travelled", "traveled", "went to", "been to", "came to", "come to", "state visit"),
    MEETING("meet", "meets", "met", "meeting", "meetings", "met with", "sat down with", "face to face",
            "in person"),
    CONTACT("speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
            "contact", "contacts", "contacted", "in touch", "conversation", "conversations", "discuss",
            "discussed", "interact", "interacted", "interactions"),
    TIMELINE("timeline", "history", "chronology", "activity", "activities", "diary", "track record"),
    DEED("done", "do", "doing", "up to", "happened", "been up to"),
    WHAT("what"),
    GATHERING_NOUN("summit", "summits", "forum", "conference", "parade", "assembly", "ceremony", "gathering",
            "congress", "council", "inauguration", "board"),
    NEGATION("not", "t", "never", "no", "nobody", "none", "no one"),
    FILLER("or not", "if at all", "if ever");

    final List<String> phrases;

    Cue(String... phrases) {
        this.phrases = List.of(phrases);
    }

    /** The invitation state this cue asks about, or null. PENDING asks for invitations still unanswered. */
    InvitationState state() {
        return switch (this) {
            case ACCEPTED -> InvitationState.ACCEPTED;
            case DECLINED -> InvitationState.DECLINED;
            case CONSIDERING -> InvitationState.CONSIDERING;
            case WITHDRAWN -> InvitationState.WITHDRAWN;
            case EXCLUDED -> InvitationState.EXCLUDED;
            case PENDING -> InvitationState.INVITED;
            default -> null;
        };
    }

    /** The contact type this cue asks about, or null. */
    ClaimType contactType() {
        return switch (this) {
            case CALL -> ClaimType.PHONE_CALL;
            case VISIT -> ClaimType.VISIT;
            case MEETING -> ClaimType.MEETING;
            default -> null;
        };
    }

    boolean isContact() {
        return this == CALL || this == VISIT || this == MEETING || this == CONTACT;
    }
}
