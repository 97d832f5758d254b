package dev.chancery.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This JVM's own stop-the-world collections while a load runs (count, total, longest; millisecond resolution). In
 * the load generator JVM, each pause stalls the generator and is charged to the requests due meanwhile, so the
 * latency figures contain them and this says how much; in the bench JVM, it says how long the Kafka broker it hosts
 * was stopped meanwhile.
 */
public final class GcPauses implements AutoCloseable {
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong totalMs = new AtomicLong();
    private final AtomicLong maxMs = new AtomicLong();
    private final NotificationListener listener = this::onNotification;

    private GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // concurrent cycles (ZGC's, Shenandoah's, G1's concurrent bean on newer JDKs) do not stop the generator
            if (gc instanceof NotificationEmitter emitter && !gc.getName().contains("Concurrent")
                    && !gc.getName().contains("Cycles")) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts counting the pauses from now. */
    public static GcPauses start() {
        return new GcPauses();
    }

    private void onNotification(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            long ms = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo().getDuration();
            count.incrementAndGet();
            totalMs.addAndGet(ms);
            maxMs.accumulateAndGet(ms, Math::max);
        }
    }

    /** Count, total and longest pause so far. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count.get());
        m.put("totalMs", totalMs.get());
        m.put("maxMs", maxMs.get());
        return m;
    }

    public long maxMs() {
        return maxMs.get();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // was not listening to that one
                }
            }
        }
    }
}
