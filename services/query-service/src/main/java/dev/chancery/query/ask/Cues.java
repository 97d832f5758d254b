package dev.chancery.query.ask;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.InvitationState;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cue words of a question, in order.
 *
 * @param found each cue with where it was found
 */
record Cues(List<PhraseIndex.Match<Cue>> found) {
    private static final PhraseIndex<Cue> PHRASES = index();

    static Cues find(List<Word> words, BitSet taken) {
        return new Cues(PHRASES.find(words, taken));
    }

    boolean has(Cue cue) {
        return found.stream().anyMatch(m -> m.targets().contains(cue));
    }

    /** The invitation states asked about; empty when none is named. */
    Set<InvitationState> states() {
        Set<InvitationState> states = EnumSet.noneOf(InvitationState.class);
        cues().stream().map(Cue::state).filter(Objects::nonNull).forEach(states::add);
        return states;
    }

    boolean aboutInvitations() {
        return has(Cue.INVITE) || !states().isEmpty();
    }

    boolean aboutContacts() {
        return cues().stream().anyMatch(Cue::isContact);
    }

    /** The one contact type named ("spoke by phone" is a call), or null for any (none named, or several). */
    ClaimType contactType() {
        Set<ClaimType> types = cues().stream().map(Cue::contactType).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** Where the first cue of a kind was found, or null. */
    Span where(Cue cue) {
        return found.stream().filter(m -> m.targets().contains(cue)).map(PhraseIndex.Match::span)
                .findFirst().orElse(null);
    }

    private List<Cue> cues() {
        return found.stream().flatMap(m -> m.targets().stream()).toList();
    }

    private static PhraseIndex<Cue> index() {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        for (Cue cue : Cue.values()) {
            cue.phrases.forEach(p -> index.add(Tokenizer.words(p).stream().map(Word::norm).toList(), cue));
        }
        return index;
    }
}
