package dev.chancery.extraction.domain.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A dependency parse of one sentence, token for token with the sentence's own tokens: the head of each token
 * (-1 for the root) and its UD relation ("nsubj", "obj", "xcomp", "nsubj:pass", "obl", "case", ...).
 */
public record Parse(int[] heads, String[] relations) {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");

    public Parse {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("heads and relations differ in length");
        }
        heads = heads.clone();
        relations = relations.clone();
    }

    @Override
    public int[] heads() {
        return heads.clone();
    }

    @Override
    public String[] relations() {
        return relations.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parse p && Arrays.equals(heads, p.heads) && Arrays.equals(relations, p.relations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
    }

    @Override
    public String toString() {
        return "Parse" + Arrays.toString(heads) + Arrays.toString(relations);
    }

    public int size() {
        return heads.length;
    }

    public int head(int i) {
        return heads[i];
    }

    public String relation(int i) {
        return relations[i];
    }

    /** Children of token i with one of the relations (any relation when none is given), in text order. */
    public List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < heads.length; c++) {
            if (heads[c] == i && (rels.length == 0 || Arrays.asList(rels).contains(relations[c]))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The active or passive subject of the verb, or -1. */
    public int subject(int verb) {
        for (int c = 0; c < heads.length; c++) {
            if (heads[c] == verb && SUBJECTS.contains(relations[c])) {
                return c;
            }
        }
        return -1;
    }

    /** True when the verb's subject is a passive subject ("Macron was invited"). */
    public boolean passive(int verb) {
        int s = subject(verb);
        return s >= 0 && relations[s].equals("nsubj:pass");
    }

    public List<Integer> objects(int verb) {
        return children(verb, OBJECTS.toArray(String[]::new));
    }

    /** The open clausal complement ("invited Trump to visit": visit), or -1. */
    public int xcomp(int verb) {
        List<Integer> x = children(verb, "xcomp");
        return x.isEmpty() ? -1 : x.get(0);
    }

    /** Nominal and clausal modifiers of a noun (nmod, amod, acl, acl:relcl, nmod:poss, appos, compound). */
    public List<Integer> modifiersOf(int noun) {
        return children(noun, "nmod", "nmod:poss", "amod", "acl", "acl:relcl", "appos", "compound");
    }

    /** The case marker ("by", "on", "about") of a nominal, lower-cased by the caller's tokens, or -1. */
    public int caseMarker(int nominal) {
        List<Integer> c = children(nominal, "case");
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** True when token i lies in the subtree of token j (j's own subtree includes j). */
    public boolean inSubtree(int i, int j) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == j) {
                return true;
            }
        }
        return false;
    }
}
