package dev.chancery.query.write;

import io.vertx.mutiny.sqlclient.Row;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A projection record's components as table columns: one column per component, named in snake_case, so that
 * a table's columns, the values it writes and the versions it reads back cannot drift from the record.
 */
final class RecordColumns<F extends Record> {
    private final RecordComponent[] components;
    private final List<String> names;
    private final Constructor<F> constructor;

    RecordColumns(Class<F> type) {
        this.components = type.getRecordComponents();
        this.names = Arrays.stream(components).map(c -> snake(c.getName())).toList();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
    }

    List<String> names() {
        return names;
    }

    /** The values of every column, in order, as the SQL client takes them. */
    List<Object> values(F record) {
        List<Object> out = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            out.add(sql(component(record, c)));
        }
        return out;
    }

    Object value(F record, String column) {
        return component(record, components[names.indexOf(column)]);
    }

    /** A record from the {@code present} columns of a row; the others are null (0 for numbers). */
    F from(Row row, Collection<String> present) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            Object v = present.contains(names.get(i)) ? row.getValue(names.get(i)) : null;
            args[i] = type == Instant.class && v != null ? ((OffsetDateTime) v).toInstant()
                    : type == int.class && v == null ? 0 : v;
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    static Object sql(Object value) {
        return value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value;
    }

    private static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
