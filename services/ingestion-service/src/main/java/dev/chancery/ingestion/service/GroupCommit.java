package dev.chancery.ingestion.service;

import dev.chancery.ingestion.repository.ArticleListing;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.store.DuplicateFactException;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.StreamAppend;
import dev.chancery.platform.store.Transactions;
import dev.chancery.platform.store.WrongExpectedVersionException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends ArticleIngested facts with their listing rows, several articles per transaction when they arrive together:
 * while one transaction is being committed, the articles submitted meanwhile wait and then go in the next one (at
 * most {@link #MOST} articles or {@link #MOST_BYTES} of text). An article alone is written at once, so grouping adds no
 * wait; under load one commit (and its WAL flush) serves many articles. If a group's transaction fails (a repeat
 * among them, a bad row, the database), each of its articles is written again in a transaction of its own, so that
 * every submitter gets its own answer: created, a repeat (false), or its own failure.
 */
@ApplicationScoped
public class GroupCommit {
    static final int MOST = 32;
    static final int MOST_BYTES = 4 * 1024 * 1024;

    private record Pending(FactEnvelope<ArticleIngested> fact, UniEmitter<? super Boolean> answer) {
    }

    private final Transactions transactions;
    private final FactStore store;
    private final ArticleListing listing;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean writing;

    public GroupCommit(Transactions transactions, FactStore store, ArticleListing listing) {
        this.transactions = transactions;
        this.store = store;
        this.listing = listing;
    }

    /** @return true if the article was appended, false if its stream already existed (a repeat) */
    public Uni<Boolean> append(FactEnvelope<ArticleIngested> fact) {
        return Uni.createFrom().emitter(answer -> {
            synchronized (this) {
                waiting.add(new Pending(fact, answer));
                if (writing) {
                    return;
                }
                writing = true;
            }
            writeNext();
        });
    }

    private void writeNext() {
        List<Pending> group = next();
        if (group.isEmpty()) {
            return;
        }
        if (group.size() == 1) {
            alone(group.get(0)).subscribe().with(done -> writeNext());
            return;
        }
        together(group).subscribe().with(created -> {
            try {
                group.forEach(p -> p.answer().complete(true));
            } finally {
                writeNext(); // whatever a submitter's callback does, the articles waiting behind it go on
            }
        }, failure -> oneByOne(group).subscribe().with(done -> writeNext(), f -> writeNext()));
    }

    private synchronized List<Pending> next() {
        List<Pending> group = new ArrayList<>();
        long bytes = 0;
        while (!waiting.isEmpty() && group.size() < MOST
                && (group.isEmpty() || bytes + size(waiting.peek()) <= MOST_BYTES)) {
            Pending p = waiting.poll();
            bytes += size(p);
            group.add(p);
        }
        if (group.isEmpty()) {
            writing = false;
        }
        return group;
    }

    private static long size(Pending p) {
        String body = p.fact().payload().body();
        return body == null ? 0 : body.length();
    }

    private Uni<Void> together(List<Pending> group) {
        List<StreamAppend> appends = group.stream().map(p -> new StreamAppend(p.fact().streamId(),
                ExpectedVersion.noStream(), List.of(p.fact()))).toList();
        return transactions.inTransaction(conn -> store.appendAll(conn, appends)
                .call(stored -> listing.addAll(conn, stored))).replaceWithVoid();
    }

    /** Each article of a failed group alone, in the order submitted, so that of two twins the first is the one kept. */
    private Uni<Void> oneByOne(List<Pending> group) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Pending p : group) {
            all = all.chain(() -> alone(p));
        }
        return all;
    }

    /** One article in a transaction of its own; its answer completes either way, so the chain never fails. */
    private Uni<Void> alone(Pending p) {
        return transactions.inTransaction(conn -> store.append(conn, p.fact().streamId(), ExpectedVersion.noStream(),
                        List.of(p.fact())).call(stored -> listing.addAll(conn, stored)))
                .map(stored -> true)
                .onFailure(f -> f instanceof WrongExpectedVersionException || f instanceof DuplicateFactException)
                .recoverWithItem(false)
                .invoke(created -> p.answer().complete(created))
                .onFailure().invoke(f -> p.answer().fail(f))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
