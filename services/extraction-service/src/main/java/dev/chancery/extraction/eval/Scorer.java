package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores predicted claims against expected ones per item: claim types (bag per item), actor roles
 * (type, actor, role triples) and "claim type with correct actors" (type and the exact set of normalised
 * actor/role pairs). Among matched claims it also counts gathering, modality, date, denied type and channel
 * agreement where annotated. Actors are normalised to the state they stand for, else their id, else "?".
 */
public final class Scorer {
    final Map<String, Counts> perType = new TreeMap<>();
    final Counts roles = new Counts();
    final Counts claims = new Counts();
    final Map<String, int[]> attributes = new TreeMap<>();
    final List<String> errors = new ArrayList<>();
    int items;
    int sentences;

    public Counts claims() {
        return claims;
    }

    public Counts roles() {
        return roles;
    }

    public Map<String, Counts> perType() {
        return perType;
    }

    static String actorKey(ActorRef a) {
        return (a.country() != null ? a.country() : a.id() != null ? a.id() : "?") + "/" + a.role();
    }

    static Set<String> actors(ClaimExtracted c) {
        Set<String> s = new TreeSet<>();
        c.actors().forEach(a -> s.add(actorKey(a)));
        return s;
    }

    void score(CorpusItem item, List<ClaimExtracted> predicted, int sentenceCount) {
        items++;
        sentences += sentenceCount;
        List<ExpectedClaim> expected = item.required();
        bag(expected, predicted, ExpectedClaim::type, c -> c.type().name(), (k, c) -> perType.computeIfAbsent(k, x -> new Counts()));
        List<String> expRoles = new ArrayList<>();
        expected.forEach(e -> e.actors().forEach(a -> expRoles.add(e.type() + " " + a)));
        List<String> predRoles = new ArrayList<>();
        predicted.forEach(p -> actors(p).forEach(a -> predRoles.add(p.type() + " " + a)));
        bag(expRoles, predRoles, x -> x, x -> x, (k, c) -> roles);
        List<ClaimExtracted> left = new ArrayList<>(predicted);
        for (ExpectedClaim e : expected) {
            ClaimExtracted hit = null;
            for (ClaimExtracted p : left) {
                if (p.type().name().equals(e.type()) && actors(p).equals(e.actors())) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                claims.fn++;
                errors.add(item.id() + " MISSED   " + e.type() + " " + e.actors());
            } else {
                claims.tp++;
                left.remove(hit);
                attributes(item.id(), e, hit);
            }
        }
        for (ClaimExtracted p : left) {
            claims.fp++;
            errors.add(item.id() + " SPURIOUS " + p.type() + " " + actors(p) + " <" + p.evidence().trigger() + ">");
        }
    }

    private void attributes(String id, ExpectedClaim e, ClaimExtracted p) {
        check(id, "gathering", e.gathering(), p.gathering());
        check(id, "modality", e.modality(), p.modality().name());
        check(id, "date", e.date(), format(p.date()));
        check(id, "deniedType", e.deniedType(), p.deniedType() == null ? null : p.deniedType().name());
        check(id, "channel", e.channel(), p.attribution().channel().name());
    }

    private void check(String id, String name, String expected, String actual) {
        if (expected == null) {
            return;
        }
        int[] c = attributes.computeIfAbsent(name, k -> new int[2]);
        c[1]++;
        if (expected.equals(actual)) {
            c[0]++;
        } else {
            errors.add(id + " " + name + " expected " + expected + " got " + actual);
        }
    }

    static String format(ClaimDate d) {
        if (d == null || d.start() == null) {
            return null;
        }
        String iso = d.start().toString();
        return switch (d.precision()) {
            case DAY -> iso;
            case WEEK -> iso + "/W";
            case MONTH -> iso.substring(0, 7);
            case YEAR -> iso.substring(0, 4);
            default -> null;
        };
    }

    private static <E, P> void bag(List<E> expected, List<P> predicted, Function<E, String> ek,
                                   Function<P, String> pk, java.util.function.BiFunction<String, Counts, Counts> counts) {
        List<String> left = new ArrayList<>(predicted.stream().map(pk).toList());
        for (E e : expected) {
            String k = ek.apply(e);
            Counts c = counts.apply(k, null);
            if (left.remove(k)) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (String k : left) {
            counts.apply(k, null).fp++;
        }
    }
}
