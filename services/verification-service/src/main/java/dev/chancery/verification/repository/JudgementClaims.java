package dev.chancery.verification.repository;

import dev.chancery.model.verdict.Judgement;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.EventState;

import java.util.ArrayList;
import java.util.List;

/**
 * How a stored event's judgement names its claims: one character per claim of the event, in the event's claim order
 * ({@code f} for, {@code a} against, {@code -} neither), in {@code events.judgement_claims}, instead of the claim ids
 * in the state's JSON. A judgement names every supporting claim, so its lists grew with the event (about 40 bytes a
 * claim) and were written again with every run of claims that changed it; this is one byte a claim. A judgement
 * whose lists are not sorted, repeat an id or name a claim the event does not hold keeps its lists in the JSON (no
 * code), so what is read back is always what was written.
 */
final class JudgementClaims {
    private static final char FOR = 'f';
    private static final char AGAINST = 'a';
    private static final char NEITHER = '-';

    private JudgementClaims() {
    }

    /** The code of the state's judgement, or null when it has none or its lists cannot be told by position. */
    static String code(EventState state) {
        Judgement j = state.judgement();
        if (j == null || j.claimsFor() == null || j.claimsAgainst() == null) {
            return null;
        }
        List<ClaimSummary> claims = state.claims();
        char[] code = new char[claims.size()];
        java.util.Arrays.fill(code, NEITHER);
        if (!mark(code, claims, j.claimsFor(), FOR) || !mark(code, claims, j.claimsAgainst(), AGAINST)) {
            return null;
        }
        return new String(code);
    }

    /** The judgement with its claim lists left out (they are in its code). */
    static Judgement withoutLists(Judgement j) {
        return new Judgement(j.verdict(), j.invitationState(), j.stateVerdict(), List.of(), List.of(), j.rationale());
    }

    /** The state read back with its judgement's lists from {@code code}; the state as read when there is no code. */
    static EventState withLists(EventState s, String code) {
        if (code == null) {
            return s;
        }
        List<ClaimSummary> claims = s.claims();
        if (code.length() != claims.size()) {
            throw new IllegalStateException("event " + s.eventId() + " holds " + claims.size()
                    + " claims but its judgement names " + code.length());
        }
        List<String> claimsFor = new ArrayList<>();
        List<String> claimsAgainst = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == FOR) {
                claimsFor.add(claims.get(i).claimId());
            } else if (c == AGAINST) {
                claimsAgainst.add(claims.get(i).claimId());
            }
        }
        Judgement j = s.judgement();
        return new EventState(s.eventId(), s.key(), s.anchor(), s.event(), s.span(), claims, new Judgement(
                j.verdict(), j.invitationState(), j.stateVerdict(), claimsFor, claimsAgainst, j.rationale()),
                s.revision());
    }

    // the ids must appear in the claims' order, each once, on claims not yet marked: one pass over both lists
    private static boolean mark(char[] code, List<ClaimSummary> claims, List<String> ids, char mark) {
        int at = 0;
        for (String id : ids) {
            while (at < claims.size() && !claims.get(at).claimId().equals(id)) {
                at++;
            }
            if (at == claims.size() || code[at] != NEITHER) {
                return false;
            }
            code[at++] = mark;
        }
        return true;
    }
}
