package dev.chancery.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HTTP limits every service answers with a problem document ({@code chancery.http.*}). */
@ConfigMapping(prefix = "chancery.http")
public interface HttpLimitsConfig {

    /** API requests in progress at once; beyond it 503 (see InFlightLimit). */
    @WithDefault("256")
    int maxInFlight();

    /** Characters of the request line (method, target, version); beyond it 414. */
    @WithDefault("8192")
    int maxRequestLine();

    /** Bytes of all request headers; beyond it 431. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
