package dev.chancery.model.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person who speaks or acts for a state or body.
 *
 * @param id           {@code person:slug}
 * @param name         canonical name
 * @param aliases      other spellings and surnames
 * @param country      alpha-3 of the state the person serves, or null (e.g. EU officials)
 * @param organisation org id the person serves when not a state ({@code org:eu}), or null
 * @param offices      offices held, newest first
 */
public record Person(String id, String name, List<String> aliases, String country, String organisation,
                     List<Office> offices) {
    public Person {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        offices = List.copyOf(offices == null ? List.of() : offices);
    }

    /** The office held on the given day, if any. */
    public Optional<Office> officeOn(LocalDate day) {
        return offices.stream().filter(o -> o.heldOn(day)).findFirst();
    }

    /**
     * An office over time.
     *
     * @param title office title in lower case ("president", "foreign minister")
     * @param from  first day in office
     * @param to    first day out of office, or null while in office
     */
    public record Office(String title, LocalDate from, LocalDate to) {
        /** True when the office was held on the given day. */
        public boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }
}
