package dev.chancery.ingestion.service;

import java.util.List;

/**
 * The answer to a batch: counts and one result per non-blank line read, in line order.
 *
 * @param complete false when the batch was cut at a limit; the last result says which and where
 */
public record BatchReport(int lines, int accepted, int duplicate, int rejected, boolean complete,
        List<BatchLineResult> results) {

    public static BatchReport of(List<BatchLineResult> results, boolean complete) {
        int accepted = 0;
        int duplicate = 0;
        int rejected = 0;
        for (BatchLineResult r : results) {
            switch (r.status()) {
                case accepted -> accepted++;
                case duplicate -> duplicate++;
                case rejected -> rejected++;
            }
        }
        return new BatchReport(results.size(), accepted, duplicate, rejected, complete, List.copyOf(results));
    }
}
