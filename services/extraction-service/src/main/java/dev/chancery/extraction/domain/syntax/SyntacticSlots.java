package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Groups;
import dev.chancery.extraction.domain.Sentence;
import dev.chancery.extraction.domain.Trigger;
import dev.chancery.model.claim.ClaimType;

import java.util.List;

/**
 * Corrects the rules' slots from a parse: subject, object and "by" agent of a verbal trigger; participants of a
 * call, meeting or denial without the topics, destinations and actors of other clauses. A slot the parse
 * cannot fill with a group keeps the rules' choice.
 */
public final class SyntacticSlots {

    private SyntacticSlots() {
    }

    public static Slots refine(Slots rules, Parse p, Sentence s, Trigger t, List<Groups.Group> groups) {
        List<Groups.Group> participants = participants(rules.participants(), p, s, t);
        if (t.nominal()) {
            return new Slots(rules.left(), rules.right(), rules.agent(), rules.host(), rules.passive(), participants);
        }
        int v = t.index();
        boolean passive = p.subject(v) >= 0 ? p.passive(v) : rules.passive();
        Groups.Group subject = or(groupAt(groups, Clauses.subject(p, s, v)), rules.left());
        List<Integer> objects = p.objects(v);
        Groups.Group object = objects.isEmpty() ? null : groupAt(groups, objects.get(0));
        Groups.Group agent = or(groupAt(groups, Clauses.agent(p, s, v)), rules.agent());
        return new Slots(subject, or(object, rules.right()), agent, or(object, rules.host()), passive, participants);
    }

    private static List<Groups.Group> participants(List<Groups.Group> rules, Parse p, Sentence s, Trigger t) {
        boolean denial = t.type() == ClaimType.DENIAL;
        List<Groups.Group> kept = rules.stream().filter(g -> {
            int h = head(p, g);
            return !Clauses.topic(p, s, h, t.index()) && (denial || Clauses.sameClause(p, h, t.index()));
        }).toList();
        return kept.isEmpty() ? rules : kept;
    }

    /** The group's own head: its first token whose head lies outside the group. */
    static int head(Parse p, Groups.Group g) {
        for (int i = g.start(); i < g.end(); i++) {
            if (p.head(i) < g.start() || p.head(i) >= g.end()) {
                return i;
            }
        }
        return g.start();
    }

    static Groups.Group groupAt(List<Groups.Group> groups, int token) {
        for (Groups.Group g : groups) {
            if (token >= g.start() && token < g.end()) {
                return g;
            }
        }
        return null;
    }

    private static Groups.Group or(Groups.Group a, Groups.Group b) {
        return a != null ? a : b;
    }
}
