package dev.chancery.extraction.domain;

import dev.chancery.model.reference.Country;
import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.Organisation;
import dev.chancery.model.reference.Person;
import dev.chancery.model.reference.ReferenceData;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of reference names (states, demonyms, capitals, metonyms, people, bodies, ministries,
 * press services, media, gatherings) over token sequences. Built once from {@link ReferenceData}; immutable.
 * Names written with a capital must be capitalised in the text ("Georgia", not "georgia").
 */
public final class Gazetteer {
    private final Node root = new Node();
    private final ReferenceData reference;

    public Gazetteer(ReferenceData reference, NlpModels models) {
        this.reference = reference;
        for (Organisation o : reference.organisations()) {
            Entity e = new Entity(o.id(), orgKind(o.kind()), o.name(), o.country(), o.channel(), o.official());
            add(models, o.name(), e);
            o.aliases().forEach(a -> add(models, a, e));
        }
        for (Country c : reference.countries()) {
            Entity state = new Entity(c.alpha3(), EntityKind.STATE, c.name(), c.alpha3(), null, false);
            add(models, c.name(), state);
            c.aliases().forEach(a -> add(models, a, state));
            c.demonyms().forEach(d -> add(models, d, new Entity(c.alpha3(), EntityKind.DEMONYM, d, c.alpha3(), null, false)));
            c.demonyms().stream().filter(Gazetteer::pluralises).forEach(d -> add(models, d + "s", state));
            if (c.sovereign()) {
                // venues and destinations other than the capital: "traveled to New York", "met in Samarkand"
                c.cities().forEach(city -> add(models, city, new Entity(c.alpha3(), EntityKind.PLACE, city, c.alpha3(),
                        null, false)));
            }
            if (c.capital() != null && c.sovereign()) {
                add(models, c.capital(), new Entity(c.alpha3(), EntityKind.PLACE, c.capital(), c.alpha3(), null, false));
            }
            c.metonyms().forEach(m -> add(models, m, new Entity(c.alpha3(), EntityKind.METONYM, m, c.alpha3(), null, false)));
        }
        for (Person p : reference.people()) {
            Entity e = new Entity(p.id(), EntityKind.PERSON, p.name(), p.country(), null, true);
            add(models, p.name(), e);
            p.aliases().forEach(a -> add(models, a, e));
        }
        for (Gathering g : reference.gatherings()) {
            Entity e = new Entity(g.id(), EntityKind.GATHERING, g.name(), g.host(), null, false);
            add(models, g.name(), e);
            g.aliases().forEach(a -> add(models, a, e));
        }
    }

    /** "Palestinian" -> "Palestinians", "Israeli" -> "Israelis": the people of a state stand for the state. */
    private static boolean pluralises(String demonym) {
        return demonym.endsWith("an") || demonym.endsWith("i") || demonym.endsWith("ian");
    }

    private static EntityKind orgKind(String kind) {
        return switch (kind) {
            case "MINISTRY" -> EntityKind.MINISTRY;
            case "PRESS_SERVICE" -> EntityKind.PRESS_SERVICE;
            case "MEDIA" -> EntityKind.MEDIA;
            default -> EntityKind.BODY;
        };
    }

    public ReferenceData reference() {
        return reference;
    }

    private void add(NlpModels models, String name, Entity e) {
        Span[] spans = TextAnalyzer.splitClitics(name, models.tokens(name));
        Node n = root;
        for (String w : Span.spansToStrings(spans, name)) {
            n = n.next.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node());
        }
        if (e.kind() == EntityKind.GATHERING || e.kind() == EntityKind.BODY) {
            if (!name.startsWith("the ")) {
                Node t = root.next.computeIfAbsent("the", k -> new Node());
                for (String w : Span.spansToStrings(spans, name)) {
                    t = t.next.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node());
                }
                Node fin = t;
                if (fin.entries.stream().noneMatch(x -> x.entity.equals(e))) {
                    fin.entries.add(new Entry(e, false));
                }
            }
        }
        boolean cased = Character.isUpperCase(name.charAt(0));
        if (n.entries.stream().noneMatch(x -> x.entity.equals(e))) {
            n.entries.add(new Entry(e, cased));
        }
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Mention> find(Sentence s) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Node n = root;
            int bestEnd = -1;
            Entity best = null;
            for (int j = i; j < s.size(); j++) {
                n = n.next.get(s.token(j).lower());
                if (n == null) {
                    break;
                }
                Entity e = pick(n, s.token(i));
                if (e != null) {
                    bestEnd = j + 1;
                    best = e;
                }
            }
            if (best != null) {
                out.add(Mention.of(i, bestEnd, s.span(i, bestEnd), best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    private static Entity pick(Node n, Token first) {
        for (Entry e : n.entries) {
            if (!e.cased || first.capitalised() || first.is("the")) {
                return e.entity;
            }
        }
        return null;
    }

    private record Entry(Entity entity, boolean cased) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }
}
