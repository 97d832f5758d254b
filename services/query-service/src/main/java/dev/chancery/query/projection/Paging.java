package dev.chancery.query.projection;

import java.util.List;

/** Zero-based pages of an answer list. */
public final class Paging {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static <T> List<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }
}
