package dev.chancery.bench.cpu;

/** What a timed extraction loop did, as rates: per second over the loop, and CPU ms per article per thread. */
public record ExtractionRate(long articles, long sentences, long claims, int threads, double seconds) {

    public double articlesPerSec() {
        return articles / seconds;
    }

    public double sentencesPerSec() {
        return sentences / seconds;
    }

    public double claimsPerSec() {
        return claims / seconds;
    }

    /** Each thread is busy all the loop, so an article costs threads / (articles per second) seconds of CPU. */
    public double msPerArticle() {
        return threads * 1000.0 / articlesPerSec();
    }
}
