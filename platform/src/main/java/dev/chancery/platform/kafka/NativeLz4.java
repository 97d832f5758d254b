package dev.chancery.platform.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.util.Native;
import org.jboss.logging.Logger;

/**
 * Gives the Kafka clients lz4-java's native codec. lz4-java tries its JNI library only when it was loaded by the
 * system class loader, so under Quarkus's class loader the clients compressed and decompressed every fact batch with
 * its pure-Java codec: about 9 % of the query service's CPU during a rebuild, C1-compiled as the services run (JFR).
 * Loaded when the service starts, before any client compresses or decompresses its first batch (that is when
 * Kafka's codecs ask {@link LZ4Factory#fastestInstance()}); where the library cannot load, the Java codec stays.
 */
@ApplicationScoped
public class NativeLz4 {
    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!load()) {
            LOG.info("lz4-java's native library did not load; Kafka batches use its Java codec");
        }
    }

    /** Loads the native library if it is not yet; true when Kafka's codecs will get the native one. */
    public static boolean load() {
        try {
            Native.load();
        } catch (Throwable e) {
            LOG.debugf("lz4-java native library: %s", e);
        }
        return Native.isLoaded();
    }

    /** True when {@link LZ4Factory#fastestInstance()} is the native codec. */
    public static boolean inUse() {
        return Native.isLoaded() && LZ4Factory.fastestInstance() == LZ4Factory.nativeInstance();
    }
}
