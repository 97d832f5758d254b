package dev.chancery.bench.cost;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cost of an article from two snapshots: growth per article, each key and the sum. */
class CostSnapshotTest {
    private static final CostSnapshot BEFORE = new CostSnapshot(
            Map.of("chancery.articles.v1", 100L, "chancery.claims.v1", 800L),
            Map.of("ingestion", 100L), Map.of("query.processed_facts", 1000L), Map.of("ingestion", 50L, "query", 10L), 500);

    @Test
    void perArticleIsEachKeysGrowthOverTheArticles() {
        CostSnapshot after = new CostSnapshot(
                Map.of("chancery.articles.v1", 110L, "chancery.claims.v1", 880L, "chancery.verdicts.v2", 70L),
                Map.of("ingestion", 110L), Map.of("query.processed_facts", 1200L, "query.gatherings", 50L), Map.of("ingestion", 60L, "query", 15L), 560);

        Map<String, Double> cost = after.perArticle(BEFORE, 10);

        assertThat(cost.get("facts.bus.chancery.articles.v1")).isEqualTo(1.0);
        assertThat(cost.get("facts.bus.chancery.claims.v1")).isEqualTo(8.0);
        // a topic that had no record before counts from 0
        assertThat(cost.get("facts.bus.chancery.verdicts.v2")).isEqualTo(7.0);
        assertThat(cost.get("facts.bus")).isCloseTo(16.0, within(1e-9));
        // rows per schema are its tables' rows summed; each table shows too, one new since before counting from 0
        assertThat(cost.get("rows.query")).isEqualTo(25.0);
        assertThat(cost.get("rows.query.processed_facts")).isEqualTo(20.0);
        assertThat(cost.get("rows.query.gatherings")).isEqualTo(5.0);
        assertThat(cost.get("rows")).isEqualTo(25.0);
        assertThat(cost.get("transactions")).isCloseTo(1.5, within(1e-9));
        assertThat(cost.get("transactions.query")).isEqualTo(0.5);
        assertThat(cost.get("commits.database")).isEqualTo(6.0);
    }

    @Test
    void noArticleNoCost() {
        assertThat(BEFORE.perArticle(BEFORE, 0)).isEmpty();
    }

    @Test
    void transactionsAreReadFromTheMetersOfBothOutcomes() {
        String metrics = """
                # TYPE chancery_store_transactions_total counter
                chancery_store_transactions_total{outcome="commit"} 1234.0
                chancery_store_transactions_total{outcome="rollback"} 6.0
                chancery_facts_appended_total{type="ArticleIngested"} 99.0
                """;
        assertThat(ServiceTransactions.parse(metrics)).isEqualTo(1240);
        assertThat(ServiceTransactions.parse("jvm_threads_live_threads 12.0\n")).isZero();
    }
}
