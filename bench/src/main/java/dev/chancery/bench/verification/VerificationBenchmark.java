package dev.chancery.bench.verification;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.Outcome;

import java.util.List;

/**
 * Feeds synthetic claims (default 1,000,000) through the verification domain over a bounded LRU event lookup and
 * prints, per block of 100,000 claims, the throughput, the heap used after a GC, the events retained and created,
 * to show that per-claim time and memory stay flat as events grow. Args: [claims] [lookup capacity].
 */
public final class VerificationBenchmark {
    private VerificationBenchmark() {
    }

    public static void main(String[] args) {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int block = 100_000;
        BoundedEventLookup lookup = new BoundedEventLookup(capacity);
        ClaimVerifier verifier = new ClaimVerifier(lookup);
        SyntheticClaims claims = new SyntheticClaims();
        long published = 0, created = 0;
        System.out.printf("claims=%d lookupCapacity=%d events%n", total, capacity);
        System.out.println("block      claims/s   heapUsedMB  eventsRetained  eventsCreated  published  evictions");
        long blockStart = System.nanoTime();
        for (long n = 0; n < total; n++) {
            ClaimExtracted claim = claims.claim(n);
            List<Outcome> outcomes = verifier.onClaim(claim);
            for (Outcome o : outcomes) {
                if (o.state().revision() <= 1 && o.payload() != null) {
                    created++;
                }
                if (o.payload() != null) {
                    published++;
                }
            }
            lookup.store(outcomes);
            if ((n + 1) % block == 0) {
                double seconds = (System.nanoTime() - blockStart) / 1e9;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                System.out.printf("%-9d %9.0f %12d %15d %14d %10d %10d%n", (n + 1) / block, block / seconds, usedMb,
                        lookup.size(), created, published, lookup.evictions);
                blockStart = System.nanoTime();
            }
        }
    }
}
