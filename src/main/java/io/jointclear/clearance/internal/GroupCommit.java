package io.jointclear.clearance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of single filings: filings that arrive while a transaction is being written wait for
 * the next one and go in together, so under load many filings share one transaction, one set of
 * statements and one WAL flush, and at low load a filing waits for nobody. A filing is answered only
 * after its transaction committed.
 *
 * <p>If a shared transaction fails (a deadlock with another instance, a lost connection), none of its
 * filings was stored; each is then written again in a transaction of its own by the request that
 * sent it, so one filing's trouble never becomes another's.
 */
@Component
class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final FilingWriter writer;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final int maxBatch;
    private final int writers;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    private final DistributionSummary sizes;

    GroupCommit(FilingWriter writer, TransactionTemplate transactions, MeterRegistry meters,
                @Value("${jointclear.filing.group-commit.enabled:true}") boolean enabled,
                @Value("${jointclear.filing.group-commit.max-batch:64}") int maxBatch,
                @Value("${jointclear.filing.group-commit.writers:2}") int writers) {
        this.writer = writer;
        this.transactions = transactions;
        this.enabled = enabled;
        this.maxBatch = Math.max(1, maxBatch);
        this.writers = Math.max(1, writers);
        this.sizes = DistributionSummary.builder("jointclear.filing.group.size")
                .description("Single filings written in one shared transaction").register(meters);
    }

    /** A filing waiting for its transaction. */
    private record Pending(PreparedFiling filing, CompletableFuture<FilingOutcome> outcome) {
    }

    /** Writes the filing — with others arriving meanwhile — and returns once its transaction committed. */
    FilingOutcome write(PreparedFiling filing) {
        if (running) {
            Pending pending = new Pending(filing, new CompletableFuture<>());
            queue.add(pending);
            try {
                FilingOutcome outcome = pending.outcome().get();
                if (!(outcome instanceof FilingOutcome.AloneAfterBatch)) {
                    return outcome;
                }
            } catch (ExecutionException sharedTransactionFailed) {
                // nothing of the shared transaction stayed: write this filing on its own below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while filing", e);
            }
        }
        return writeAlone(filing);
    }

    /** Writes the filing in a transaction of its own, now. */
    FilingOutcome writeAlone(PreparedFiling filing) {
        return transactions.execute(tx -> writer.write(List.of(filing)).getFirst());
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                writeTogether(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        // stopping: whatever is still queued is written by its own request
        for (Pending left; (left = queue.poll()) != null; ) {
            left.outcome().completeExceptionally(new IllegalStateException("group commit stopped"));
        }
    }

    private void writeTogether(List<Pending> batch) {
        List<PreparedFiling> filings = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            filings.add(p.filing());
        }
        sizes.record(batch.size());
        try {
            List<FilingOutcome> outcomes = transactions.execute(tx -> writer.write(filings));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException | Error failed) {
            log.debug("Shared filing transaction of {} failed; each filing is written alone", batch.size(), failed);
            for (Pending p : batch) {
                p.outcome().completeExceptionally(failed);
            }
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread thread = Thread.ofPlatform().daemon().name("filing-writer-" + i).start(this::drain);
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, once its requests have finished. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
