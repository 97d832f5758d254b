package dev.chancery.query.rest;

/** The shared descriptions of the sources and sourceOrder parameters. */
final class SourceDoc {
    static final String MAX = "At most this many sources per row, 0-500 (default 50); sourceCount gives the total "
            + "and the event endpoint lists every claim";
    static final String ORDER = "Which sources to list first when there are more: oldest (the first reports, "
            + "default) or newest";

    private SourceDoc() {
    }
}
