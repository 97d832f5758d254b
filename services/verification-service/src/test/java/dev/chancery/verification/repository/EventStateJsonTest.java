package dev.chancery.verification.repository;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.verification.domain.ClaimBuilder;
import dev.chancery.verification.domain.ClaimSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A claim summary is stored without what it works out itself (identities, publication day), and read back equal. */
class EventStateJsonTest {

    @Test
    void derivedFieldsAreNotStoredAndComeBackWhenRead() throws Exception {
        ClaimSummary summary = ClaimSummary.of(ClaimBuilder.call("c1").in("Daily").between("KAZ", "USA")
                .on("2025-12-23").build());
        assertThat(summary.identities()).containsExactly("KAZ", "USA");

        String json = EventStateJson.write(summary);
        JsonNode stored = ChanceryJson.mapper().readTree(json);
        assertThat(stored.has("identities")).isFalse();
        assertThat(stored.has("publishedDay")).isFalse();
        assertThat(stored.get("actors")).hasSize(2);

        ClaimSummary read = ChanceryJson.mapper().readValue(json, ClaimSummary.class);
        assertThat(read).isEqualTo(summary);
        assertThat(read.identities()).containsExactly("KAZ", "USA");
        assertThat(read.publishedDay()).isEqualTo(summary.publishedDay()).isNotNull();
    }
}
