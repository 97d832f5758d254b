package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Sentence;

import java.util.Set;

/**
 * Reads a parse for roles: the subject of a verb through relative clauses, participles, conjuncts and control
 * ("Tokayev, who ..., invited", "the minister, speaking ..., had met"), the passive agent, and whether a token
 * is a topic or destination ("discussed the conflict in Ukraine", "talks on Sudan", "to visit Kazakhstan") or
 * sits in another clause than the trigger.
 */
public final class Clauses {
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    private static final Set<String> TOPIC_CASES = Set.of("about", "on", "over", "regarding", "concerning");
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate", "address", "review", "raise",
            "visit", "tour");
    private static final Set<String> EVENT_NOUNS = Set.of("visit", "visits", "trip", "tour", "talk", "talks",
            "call", "calls", "meeting", "meetings", "conversation", "summit");
    private static final Set<String> BOUNDARIES = Set.of("acl:relcl", "advcl", "ccomp", "csubj", "parataxis",
            "acl");

    private Clauses() {
    }

    /** The token that is the verb's subject, followed through control and clause attachment; -1 if none. */
    public static int subject(Parse p, Sentence s, int verb) {
        for (int v = verb, steps = 0; v >= 0 && steps < 6; steps++) {
            int subj = p.subject(v);
            String rel = p.relation(v);
            int head = p.head(v);
            if (subj >= 0 && !(rel.equals("acl:relcl") && RELATIVE.contains(s.token(subj).lower()))) {
                return subj;
            }
            if (head < 0) {
                return -1;
            }
            switch (rel) {
                case "acl", "acl:relcl" -> {
                    return head;
                }
                case "xcomp" -> {
                    if (!p.objects(head).isEmpty()) {
                        return p.objects(head).get(0);
                    }
                    v = head;
                }
                case "conj" -> v = head;
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * The "by" phrase of a passive verb, or -1; also when the parser hung it on a nominal or the infinitive of the
     * verb ("invited to the summit in Tashkent by Mirziyoyev").
     */
    public static int agent(Parse p, Sentence s, int verb) {
        for (int c = 0; c < p.size(); c++) {
            int m = p.caseMarker(c);
            if (m >= 0 && s.token(m).is("by") && nominalChainTo(p, c, verb)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean nominalChainTo(Parse p, int c, int verb) {
        for (int k = c, steps = 0; k >= 0 && steps <= p.size(); k = p.head(k), steps++) {
            if (p.head(k) == verb) {
                // "was invited to visit Uzbekistan by Mirziyoyev": the parser hangs the agent on the infinitive
                boolean infinitive = k != c && p.relation(k).equals("xcomp") && p.passive(verb);
                return infinitive || p.relation(k).startsWith("obl") || p.relation(k).startsWith("nmod");
            }
            if (!p.relation(k).startsWith("obl") && !p.relation(k).startsWith("nmod")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when token i is inside what the trigger's event is about or travels to rather than who takes part, or
     * inside another event's phrase ("meeting ... during Tokayev's visit to China"); a phrase that holds the
     * trigger itself ("releases about calls between X and Y") is not a topic of it.
     */
    public static boolean topic(Parse p, Sentence s, int i, int trigger) {
        for (int k = i, steps = 0; k >= 0 && steps <= p.size() && !p.inSubtree(trigger, k);
             k = p.head(k), steps++) {
            String rel = p.relation(k);
            int head = p.head(k);
            if (head >= 0 && rel.equals("obj") && TOPIC_VERBS.contains(s.token(head).lemma())) {
                return true;
            }
            if (k != i && (rel.startsWith("nmod") || rel.startsWith("obl"))
                    && EVENT_NOUNS.contains(s.token(k).lower())) {
                return true;
            }
            int m = (rel.startsWith("nmod") || rel.startsWith("obl")) ? p.caseMarker(k) : -1;
            if (m >= 0 && TOPIC_CASES.contains(s.token(m).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token i is in the trigger's own clause (clauses joined by xcomp or conj count as one), or is the
     * noun that the trigger's participle or relative clause describes ("the minister, speaking after talks").
     */
    public static boolean sameClause(Parse p, int i, int trigger) {
        int root = clauseRoot(p, trigger);
        int described = p.relation(root).startsWith("acl") ? p.head(root) : -2;
        int own = clauseRoot(p, i);
        return own == root || (described >= 0 && p.inSubtree(i, described) && !p.inSubtree(i, root)
                && own == clauseRoot(p, described));
    }

    private static int clauseRoot(Parse p, int i) {
        int k = i;
        for (int steps = 0; p.head(k) >= 0 && !BOUNDARIES.contains(p.relation(k)) && steps <= p.size(); steps++) {
            k = p.head(k);
        }
        return k;
    }
}
