package dev.chancery.query.ask;

import dev.chancery.model.claim.ClaimType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Contacts (calls, visits, meetings) involving an actor, optionally with one counterpart, of one type and
 * within a period ("did Tokayev and Trump speak in September 2025?"), answered by
 * {@code GET /api/v1/contacts?actor=..&counterpart=..&type=..&from=..&to=..}.
 *
 * @param actor       alpha-3 of a state (people resolve to their state) or an {@code org:} id
 * @param counterpart the other side, or null for anyone
 * @param type        PHONE_CALL, VISIT or MEETING, or null for any contact
 * @param from        first day (inclusive), or null for no lower bound
 * @param to          last day (inclusive), or null for no upper bound
 */
public record Contacts(String actor, String counterpart, ClaimType type, LocalDate from, LocalDate to)
        implements Interpretation {

    public Contacts {
        Objects.requireNonNull(actor, "actor");
        if (type != null && !type.isContact()) {
            throw new IllegalArgumentException("not a contact type: " + type);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
    }

    @Override
    public String describe() {
        String sides = counterpart == null ? " involving " + actor : " between " + actor + " and " + counterpart;
        return kind() + sides + new Period(from, to).describe() + ".";
    }

    @Override
    public Optional<Endpoint> endpoint() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("actor", actor);
        putIfPresent(query, "counterpart", counterpart);
        putIfPresent(query, "type", type);
        putIfPresent(query, "from", from);
        putIfPresent(query, "to", to);
        return Optional.of(new Endpoint("/api/v1/contacts", query));
    }

    private String kind() {
        if (type == null) {
            return "Contacts of any kind (calls, visits, meetings)";
        }
        return switch (type) {
            case PHONE_CALL -> "Phone calls";
            case VISIT -> "Visits";
            default -> "Meetings";
        };
    }

    private static void putIfPresent(Map<String, String> query, String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
    }
}
