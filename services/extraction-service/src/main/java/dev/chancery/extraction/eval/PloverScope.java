package dev.chancery.extraction.eval;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a PLOVER record is in Chancery's scope ("diplomatic"), decided from the gold coding alone: its event is
 * CONSULT, or AGREE/REJECT/DISAPPROVE with event words that name a meeting, visit, invitation, talks, negotiation,
 * mediation, summit, hosting or a phone call. Bare "call(s)" is left out because the coders use it for demands
 * ("rejected calls for aid"); "meet" followed by a demand-like noun ("not meet demands") is left out too.
 */
public final class PloverScope {
    static final Set<String> RESPONSE_EVENTS = Set.of("AGREE", "REJECT", "DISAPPROVE");
    static final Pattern DIPLOMATIC_WORDS = Pattern.compile("\\b(meet|meets|meeting|meetings|visit\\w*|invit\\w*"
            + "|talks|negotiat\\w*|mediat\\w*|summit\\w*|host|hosts|hosted|hosting|phone\\w*|telephone\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NOT_A_MEETING = Pattern.compile(
            "\\bmeets?\\s+(the\\s+)?(demand|condition|requirement|target|obligation|deadline|need)",
            Pattern.CASE_INSENSITIVE);

    private PloverScope() {
    }

    public static boolean diplomatic(PloverRecord r) {
        if (r.event().equals("CONSULT")) {
            return true;
        }
        String words = NOT_A_MEETING.matcher(r.eventText()).replaceAll(" ");
        return RESPONSE_EVENTS.contains(r.event()) && DIPLOMATIC_WORDS.matcher(words).find();
    }
}
