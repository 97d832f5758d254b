package dev.chancery.bench.verification;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.SourceInfo;

/**
 * The claims of a corpus article posted again, as the end-to-end phases post the corpus: the k-th copy is a new
 * article (its own id and URL) whose claims say the same things, so they join the events of the earlier copies and
 * those events grow by one copy's claims per pass.
 */
final class RepostedClaims {
    private RepostedClaims() {
    }

    /** The claim as extracted from the {@code copy}-th posting of its article (copy 0 is the claim itself). */
    static ClaimExtracted copy(ClaimExtracted c, int copy) {
        if (copy == 0) {
            return c;
        }
        String article = c.articleId() + "~" + copy;
        SourceInfo s = c.source();
        SourceInfo source = s == null ? null : new SourceInfo(article, s.url() == null ? null : s.url() + "?copy=" + copy,
                s.outlet(), s.outletKind(), s.originalOutlet(), s.publishedAt());
        return new ClaimExtracted(c.claimId() + "~" + copy, article, c.extractorVersion(), c.type(), c.plover(),
                c.cameo(), c.actors(), c.gathering(), c.date(), c.modality(), c.attribution(), c.evidence(),
                c.deniedType(), source);
    }
}
