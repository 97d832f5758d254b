package dev.chancery.bench.load;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Which posted articles are visible yet: an article counts as visible when its id appears as a source
 * ({@code "articleId":"..."}) in a response of {@code GET /api/v1/gatherings/{id}/invitations} for a gathering its
 * invitation claims name. Responses are scanned as text, without building a tree.
 */
public final class Visibility {
    /** The read that detects visibility: every invitation of the gathering, with its 20 latest sources. */
    public static String invitationsUrl(String queryUrl, String gathering) {
        return queryUrl + "/api/v1/gatherings/" + URLEncoder.encode(gathering, StandardCharsets.UTF_8)
                + "/invitations?size=500&sources=20&sourceOrder=newest";
    }

    private record Pending(long acceptedNanos, Set<String> gatherings) {
    }

    private static final long POLL_TIMEOUT_SECONDS = 15;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong visible = new AtomicLong();
    private final AtomicLong registered = new AtomicLong();
    private volatile LongConsumer onVisible = delay -> { };
    private volatile LongConsumer onVisibleAt = at -> { };

    /** Called with (visible time - accepted time) in nanoseconds for each article seen. */
    public void onVisible(LongConsumer delayNanos, LongConsumer atNanos) {
        this.onVisible = delayNanos;
        this.onVisibleAt = atNanos;
    }

    public void register(String articleId, long acceptedNanos, Set<String> gatherings) {
        pending.put(articleId, new Pending(acceptedNanos, gatherings));
        registered.incrementAndGet();
    }

    public int pendingCount() {
        return pending.size();
    }

    public long visibleCount() {
        return visible.get();
    }

    public long registeredCount() {
        return registered.get();
    }

    /** When each article not yet seen was accepted. */
    public java.util.List<Long> pendingAcceptedNanos() {
        return pending.values().stream().map(Pending::acceptedNanos).toList();
    }

    /** Gatherings that pending articles wait on. */
    public Set<String> pendingGatherings() {
        Set<String> out = ConcurrentHashMap.newKeySet();
        pending.values().forEach(p -> out.addAll(p.gatherings()));
        return out;
    }

    /** Drops articles accepted before {@code olderThanNanos}; returns how many. */
    public int expire(long olderThanNanos) {
        int n = 0;
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            if (e.getValue().acceptedNanos() < olderThanNanos && pending.remove(e.getKey(), e.getValue())) {
                n++;
            }
        }
        return n;
    }

    /** Scans an invitations response received at {@code receivedNanos}. */
    public void scan(byte[] body, long receivedNanos) {
        if (pending.isEmpty() || body == null) {
            return;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String key = "\"articleId\"";
        int i = 0;
        while ((i = text.indexOf(key, i)) >= 0) {
            int open = text.indexOf('"', i + key.length() + 1);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            String id = text.substring(open + 1, close);
            Pending p = pending.remove(id);
            if (p != null) {
                visible.incrementAndGet();
                onVisible.accept(receivedNanos - p.acceptedNanos());
                onVisibleAt.accept(receivedNanos);
            }
            i = close + 1;
        }
    }

    /** One read of {@code url} (a gathering's invitations), scanned for pending articles; a failed read is skipped. */
    public void poll(LoadHttpClient client, String url) {
        try {
            LoadHttpClient.Reply r = client.get(url).toCompletableFuture().get(POLL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (r.status() == 200) {
                scan(r.body(), System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a failed or timed-out poll: the next one will see the article
        }
    }

    /**
     * Polls the invitations of the gatherings pending articles wait on, one read every {@code periodMillis}, until
     * none is left or {@code maxSeconds} have passed.
     */
    public void drain(LoadHttpClient client, Function<String, String> invitationsUrl, double maxSeconds,
            long periodMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        while (pendingCount() > 0 && System.nanoTime() < deadline) {
            for (String g : pendingGatherings()) {
                poll(client, invitationsUrl.apply(g));
                Thread.sleep(periodMillis);
                if (pendingCount() == 0) {
                    break;
                }
            }
        }
    }
}
