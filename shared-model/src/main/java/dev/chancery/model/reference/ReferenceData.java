package dev.chancery.model.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.json.ChanceryJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Versioned reference data (countries, people, organisations, gatherings) read from the classpath
 * ({@code /reference/*.json}). Immutable and thread-safe; load once and share.
 */
public final class ReferenceData {
    static final String[] FILES = {"countries", "people", "organisations", "gatherings"};
    private static volatile ReferenceData shared;

    private final Map<String, String> versions;
    private final Map<String, Country> countries;
    private final Map<String, Person> people;
    private final Map<String, Organisation> organisations;
    private final Map<String, Gathering> gatherings;

    ReferenceData(Map<String, String> versions, List<Country> countries, List<Person> people,
                  List<Organisation> organisations, List<Gathering> gatherings) {
        this.versions = Map.copyOf(versions);
        this.countries = index(countries, Country::alpha3);
        this.people = index(people, Person::id);
        this.organisations = index(organisations, Organisation::id);
        this.gatherings = index(gatherings, Gathering::id);
    }

    /** Loads (once per JVM) the reference files from the classpath. */
    public static ReferenceData load() {
        ReferenceData r = shared;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (shared == null) {
                    shared = read(ChanceryJson.mapper());
                }
                r = shared;
            }
        }
        return r;
    }

    private static ReferenceData read(ObjectMapper mapper) {
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (String f : FILES) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + f + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource /reference/" + f + ".json");
                }
                JsonNode tree = mapper.readTree(in);
                versions.put(f, tree.path("version").asText(null));
                trees.put(f, tree);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference file " + f, e);
            }
        }
        return new ReferenceData(versions,
                list(mapper, trees.get("countries").get("countries"), Country.class),
                list(mapper, trees.get("people").get("people"), Person.class),
                list(mapper, trees.get("organisations").get("organisations"), Organisation.class),
                list(mapper, trees.get("gatherings").get("gatherings"), Gathering.class));
    }

    private static <T> List<T> list(ObjectMapper mapper, JsonNode array, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(mapper.convertValue(n, type));
        }
        return out;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            if (m.put(id.apply(t), t) != null) {
                throw new IllegalStateException("duplicate reference id " + id.apply(t));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The {@code version} field of each file, by file name (countries, people, organisations, gatherings). */
    public Map<String, String> versions() {
        return versions;
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Collection<Person> people() {
        return people.values();
    }

    public Collection<Organisation> organisations() {
        return organisations.values();
    }

    /** The listed gatherings (visit gatherings are synthesised by {@link #gathering(String)}, not listed). */
    public Collection<Gathering> gatherings() {
        return gatherings.values();
    }

    /** A country by alpha-3 (or alpha-2), case-insensitive. */
    public Optional<Country> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.toUpperCase(Locale.ROOT);
        Country hit = countries.get(c);
        if (hit == null && c.length() == 2) {
            hit = countries.values().stream().filter(k -> k.alpha2().equals(c)).findFirst().orElse(null);
        }
        return Optional.ofNullable(hit);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** A gathering by id; {@code gathering:visit-xxx} ids are synthesised for any known country. */
    public Optional<Gathering> gathering(String id) {
        Gathering g = id == null ? null : gatherings.get(id);
        if (g == null && id != null && id.startsWith(Gathering.VISIT_PREFIX)) {
            return country(id.substring(Gathering.VISIT_PREFIX.length()))
                    .map(c -> new Gathering(id, "Visit to " + c.name(), "VISIT", c.alpha3(), c.capital(), null,
                            null, null, null, List.of("visit to " + c.name())));
        }
        return Optional.ofNullable(g);
    }

    /**
     * Gatherings matching a free-text query on id, name, alias, host (alpha-3 or country name) or city,
     * optionally restricted to a year (0 = any). Case-insensitive substring match.
     */
    public List<Gathering> searchGatherings(String query, int year) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT).trim();
        List<Gathering> out = new ArrayList<>();
        for (Gathering g : gatherings.values()) {
            if (year != 0 && g.year() != year) {
                continue;
            }
            if (q.isEmpty() || matches(g, q)) {
                out.add(g);
            }
        }
        return out;
    }

    private boolean matches(Gathering g, String q) {
        List<String> fields = new ArrayList<>(g.aliases());
        fields.add(g.id());
        fields.add(g.name());
        if (g.city() != null) {
            fields.add(g.city());
        }
        if (g.venue() != null) {
            fields.add(g.venue());
        }
        if (g.host() != null) {
            fields.add(g.host());
            country(g.host()).ifPresent(c -> fields.add(c.name()));
        }
        return fields.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(q));
    }
}
