package dev.chancery.bench.cost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline had done at one moment, in the units an article's cost is told in: records on each fact topic,
 * facts in each service's store, rows each service's schema had written (inserted, updated or deleted), the
 * transactions each service counted ({@code chancery_store_transactions_total}) and the database's commits. Two
 * snapshots around a window, divided by the articles that went through it, are the cost of an article.
 * {@code rowsWritten} is keyed by table ({@code <schema>.<table>}), so that the tables behind a schema's rows show.
 */
public record CostSnapshot(Map<String, Long> topicRecords, Map<String, Long> storeFacts, Map<String, Long> rowsWritten,
        Map<String, Long> serviceTransactions, long databaseCommits) {

    /**
     * Per article, between {@code before} and this snapshot: {@code facts.bus.<topic>}, {@code facts.bus} (all
     * topics), {@code facts.store.<service>}, {@code rows.<schema>}, {@code rows.<schema>.<table>}, {@code rows}
     * (all), {@code transactions.<service>}, {@code transactions} (all services) and {@code commits.database}. Empty
     * when no article went through.
     */
    public Map<String, Double> perArticle(CostSnapshot before, long articles) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (articles <= 0) {
            return out;
        }
        add(out, "facts.bus", topicRecords, before.topicRecords, articles);
        add(out, "facts.store", storeFacts, before.storeFacts, articles);
        add(out, "rows", bySchema(rowsWritten), bySchema(before.rowsWritten), articles);
        Map<String, Double> tables = new TreeMap<>();
        add(tables, "rows", rowsWritten, before.rowsWritten, articles);
        tables.remove("rows");
        out.putAll(tables);
        add(out, "transactions", serviceTransactions, before.serviceTransactions, articles);
        out.put("commits.database", (double) (databaseCommits - before.databaseCommits) / articles);
        return out;
    }

    /** Rows per schema: the tables' ({@code <schema>.<table>}) summed. */
    private static Map<String, Long> bySchema(Map<String, Long> tables) {
        Map<String, Long> schemas = new TreeMap<>();
        tables.forEach((table, n) -> schemas.merge(table.substring(0, Math.max(0, table.indexOf('.'))), n, Long::sum));
        return schemas;
    }

    /** Each key's growth per article (a key missing before counts from 0), then their sum under {@code prefix}. */
    private static void add(Map<String, Double> out, String prefix, Map<String, Long> after, Map<String, Long> before,
            long articles) {
        Map<String, Double> each = new TreeMap<>();
        after.forEach((k, v) -> each.put(k, (double) (v - before.getOrDefault(k, 0L)) / articles));
        out.put(prefix, each.values().stream().mapToDouble(Double::doubleValue).sum());
        each.forEach((k, v) -> out.put(prefix + "." + k, v));
    }
}
