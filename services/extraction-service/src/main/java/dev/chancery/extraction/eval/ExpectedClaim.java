package dev.chancery.extraction.eval;

import java.util.List;
import java.util.Set;

/**
 * An annotated claim: type, actors as normalised keys with roles ("KAZ/INVITER", "?/INVITEE"), and the optional
 * checks (gathering slug, modality, date prefix, denied type, channel); null where not annotated.
 */
public record ExpectedClaim(String type, Set<String> actors, String gathering, String modality, String date,
                            String deniedType, String channel) {

    /** Parses "+ TYPE A/ROLE B/ROLE g=slug m=MOD d=2025-12 deny=TYPE ch=CHANNEL". */
    public static ExpectedClaim parse(String line) {
        String[] parts = line.substring(1).trim().split("\\s+");
        Set<String> actors = new java.util.TreeSet<>();
        String g = null;
        String m = null;
        String d = null;
        String deny = null;
        String ch = null;
        for (String p : List.of(parts).subList(1, parts.length)) {
            if (p.startsWith("g=")) {
                g = "gathering:" + p.substring(2);
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
        return new ExpectedClaim(parts[0], Set.copyOf(actors), g, m, d, deny, ch);
    }
}
