package dev.chancery.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of reads as of now ({@code chancery.query.current.*}). */
@ConfigMapping(prefix = "chancery.query.current")
public interface CurrentReadConfig {

    /**
     * How long ago an answer may have been current and still be served while the newer one is computed; a request
     * may ask for less with {@code Cache-Control: max-age=N} or {@code no-cache}. 0 makes every read wait for the
     * current answer.
     */
    @WithDefault("2s")
    Duration maxStaleness();

    /**
     * For reads that accept it, an answer confirmed current at most this long ago is served without reading the
     * gathering's version again (at most one version read per gathering per interval, whatever the request rate);
     * an older one, still within the staleness a read accepts, is served while the version is read in the background.
     * It bounds how long a change can stay unseen by such reads, so it is most of the freshness of a gathering read
     * all the time (1 s until issue 23).
     */
    @WithDefault("500ms")
    Duration versionRecheck();
}
