package dev.chancery.bench.verification;

import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.InMemoryEventLookup;
import dev.chancery.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The verification domain on the end-to-end phases' workload: the bench corpus (400 generated articles, seed 42)
 * extracted once, then posted again and again ({@link RepostedClaims}), so that its events grow by one copy's claims
 * per pass as they do while the e2e phases run. Prints, per pass, the domain's time per article
 * ({@link ClaimVerifier#onClaim} alone, not the in-memory store) beside pass 0's, and the largest event. Run it with
 * the verification service's JIT ({@code -XX:TieredStopAtLevel=1}) to see what the service pays. Args: [passes].
 */
public final class GrowingEventsBenchmark {
    private GrowingEventsBenchmark() {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        NlpModels models = new NlpModels();
        ClaimExtractor extractor = new ClaimExtractor(ReferenceData.load(), models);
        List<ClaimExtracted> corpus = new ArrayList<>();
        List<CorpusArticle> articles = Corpus.generate(400, 42);
        articles.forEach(a -> corpus.addAll(extractor.extract(a.ingested())));
        System.out.printf("corpus: %d articles, %d claims per pass%n", articles.size(), corpus.size());
        System.out.println("pass  largest event (claims)  domain ms/article  x pass 0");
        InMemoryEventLookup lookup = new InMemoryEventLookup();
        ClaimVerifier verifier = new ClaimVerifier(lookup);
        double first = 0;
        for (int pass = 0; pass < passes; pass++) {
            long nanos = 0;
            for (ClaimExtracted claim : corpus) {
                ClaimExtracted copy = RepostedClaims.copy(claim, pass);
                long start = System.nanoTime();
                List<Outcome> outcomes = verifier.onClaim(copy);
                nanos += System.nanoTime() - start;
                lookup.store(outcomes);
            }
            double perArticle = nanos / 1e6 / articles.size();
            first = pass == 0 ? perArticle : first;
            int largest = lookup.all().stream().mapToInt(e -> e.claims().size()).max().orElse(0);
            System.out.printf("%-5d %23d %18.2f %9.2f%n", pass, largest, perArticle, perArticle / first);
        }
        System.out.printf("events: %d%n", lookup.all().stream().map(EventState::eventId).distinct().count());
    }
}
