package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.load.Visibility;

/** What the e2e phases drive: the services' URLs, the two HTTP clients, and the articles they post. */
record PlatformUnderTest(Settings settings, Results results, Http http, LoadHttpClient client, String ingestion,
        String query, TrackedArticles tracked) {

    String articlesUrl() {
        return ingestion + "/api/v1/articles";
    }

    String invitationsUrl(String gathering) {
        return Visibility.invitationsUrl(query, gathering);
    }

    /** Posts the next tracked article. */
    TrackedArticles.Posted post() throws Exception {
        return tracked.post(client, articlesUrl());
    }
}
