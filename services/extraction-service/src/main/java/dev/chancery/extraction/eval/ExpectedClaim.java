package dev.chancery.extraction.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An annotated claim: type, actors as normalised keys with roles ("KAZ/INVITER", "?/INVITEE"), and the optional
 * checks (gathering slug, modality, date prefix, denied type, channel); null where not annotated. A check may list
 * alternatives separated by "|" ({@code m=HEDGED|HYPOTHETICAL}). {@code optional} marks a "+?" line: a fact a claim
 * may state without being wrong, but need not state.
 */
public record ExpectedClaim(String type, Set<String> actors, String gathering, String modality, String date,
                            String deniedType, String channel, boolean optional) {

    /** Parses "+ TYPE A/ROLE B/ROLE g=slug m=MOD d=2025-12 deny=TYPE ch=CHANNEL", or the same after "+?". */
    public static ExpectedClaim parse(String line) {
        boolean optional = line.startsWith("+?");
        String[] parts = line.substring(optional ? 2 : 1).trim().split("\\s+");
        Set<String> actors = new java.util.TreeSet<>();
        String g = null;
        String m = null;
        String d = null;
        String deny = null;
        String ch = null;
        for (String p : List.of(parts).subList(1, parts.length)) {
            if (p.startsWith("g=")) {
                g = Arrays.stream(p.substring(2).split("\\|")).map(s -> "gathering:" + s)
                        .collect(Collectors.joining("|"));
            } else if (p.startsWith("m=")) {
                m = p.substring(2);
            } else if (p.startsWith("d=")) {
                d = p.substring(2);
            } else if (p.startsWith("deny=")) {
                deny = p.substring(5);
            } else if (p.startsWith("ch=")) {
                ch = p.substring(3);
            } else {
                actors.add(p);
            }
        }
        return new ExpectedClaim(parts[0], java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(actors)), g, m,
                d, deny, ch, optional);
    }

    /** The claim as an annotation line, for error listings. */
    public String describe() {
        StringBuilder s = new StringBuilder(optional ? "+? " : "+ ").append(type);
        new java.util.TreeSet<>(actors).forEach(a -> s.append(' ').append(a));
        append(s, "g=", gathering == null ? null : gathering.replace("gathering:", ""));
        append(s, "m=", modality);
        append(s, "d=", date);
        append(s, "deny=", deniedType);
        append(s, "ch=", channel);
        return s.toString();
    }

    private static void append(StringBuilder s, String key, String value) {
        if (value != null) {
            s.append(' ').append(key).append(value);
        }
    }
}
