package io.jointclear.tariff.reassessment;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.StoredDeclarations;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Batch what-if over the stored declarations of a period, both countries, in the background: one job
 * at a time (others wait, a few at most), the stored declarations streamed from a cursor into a
 * bounded queue and assessed twice (actual, scenario) by one worker per core; progress in the log and
 * in the job resource; the result a CSV file, one row per declaration and tax code. Jobs live in memory
 * (a restart forgets them; their CSV files are temporary).
 */
@Service
public class WhatIfBatch implements DisposableBean {

    static final int MAX_WAITING = 3;
    static final int MAX_KEPT = 20;
    static final String CSV_HEADER = "crossingId,authority,number,date,lines,code,currency,actual,scenario,difference,problem\r\n";
    private static final Logger log = LoggerFactory.getLogger(WhatIfBatch.class);
    private static final StoredDeclarations.Stored END = new StoredDeclarations.Stored(null, null, null, null, null);

    private final WhatIf whatIf;
    private final StoredDeclarations stored;
    private final Clock clock;
    private final MessageSource messages;
    private final Map<UUID, WhatIfJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(MAX_WAITING), r -> new Thread(r, "what-if-batch"));
    private final Path directory;

    WhatIfBatch(WhatIf whatIf, StoredDeclarations stored, Clock clock, MessageSource messages) throws IOException {
        this.whatIf = whatIf;
        this.stored = stored;
        this.clock = clock;
        this.messages = messages;
        this.directory = Files.createTempDirectory("jointclear-what-if");
    }

    /** Analysts and administrators run batch what-ifs. */
    public static void requireAnalyst(Actor actor) {
        if (!actor.hasAnyRole(Roles.ANALYST, Roles.ADMIN)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Batch what-ifs are for analysts and administrators");
        }
    }

    /** Validates the request at once (400 before anything runs), then queues the job. */
    public WhatIfJob start(LocalDate from, LocalDate to, WhatIf.Scenario scenario, Actor actor) {
        requireAnalyst(actor);
        RefundService.checkPeriod(from, to);
        WhatIf.Engines engines = whatIf.engines(scenario);
        UUID id = UUID.randomUUID();
        WhatIfJob job = new WhatIfJob(id, actor.username(), from, to, scenario, clock.instant(), directory.resolve(id + ".csv"));
        try {
            runner.execute(() -> run(job, engines, actor));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new ProblemException(429, "TOO_MANY_JOBS", "Too many jobs",
                    "One batch runs at a time and " + MAX_WAITING + " may wait; try again when one has finished");
        }
        jobs.put(id, job);
        forgetOldest();
        return job;
    }

    public WhatIfJob get(UUID id, Actor actor) {
        requireAnalyst(actor);
        WhatIfJob job = jobs.get(id);
        if (job == null) {
            throw new ProblemException(404, "JOB_NOT_FOUND", "Job not found", "No what-if job " + id);
        }
        return job;
    }

    public List<WhatIfJob.View> list(Actor actor) {
        requireAnalyst(actor);
        return jobs.values().stream().map(j -> j.view(clock.instant()))
                .sorted(Comparator.comparing(WhatIfJob.View::createdAt).reversed()).toList();
    }

    /** Runs a job on the runner thread: a reader streams, the workers assess and write. */
    void run(WhatIfJob job, WhatIf.Engines engines, Actor actor) {
        StoredDeclarations.Query query = new StoredDeclarations.Query(null, job.from(), job.to(), null, actor);
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<StoredDeclarations.Stored> queue = new ArrayBlockingQueue<>(4096);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "what-if-worker"));
        try (BufferedWriter out = Files.newBufferedWriter(job.result(), StandardCharsets.UTF_8)) {
            out.write(CSV_HEADER);
            java.time.Instant started = clock.instant(); // the count is part of the job's time
            job.running(stored.count(query), started);
            log.info("What-if {}: {} declarations from {} to {}, {} workers", job.id(), job.total(), job.from(), job.to(), workers);
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> work(job, engines, queue, out)));
            }
            Progress progress = new Progress(job);
            stored.stream(query, s -> {
                put(queue, s);
                progress.maybeLog();
            });
            for (int i = 0; i < workers; i++) {
                put(queue, END);
            }
            for (var f : running) {
                f.get();
            }
            job.done(clock.instant());
            log.info("What-if {}: done, {} declarations ({} lines, {} with problems) in {} ms", job.id(), job.processed().get(),
                    job.lines().get(), job.withProblems().get(), job.view(clock.instant()).elapsedMillis());
        } catch (Exception e) {
            log.warn("What-if {} failed", job.id(), e);
            job.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        } finally {
            pool.shutdownNow();
        }
    }

    private void work(WhatIfJob job, WhatIf.Engines engines, BlockingQueue<StoredDeclarations.Stored> queue, BufferedWriter out) {
        StringBuilder chunk = new StringBuilder(1 << 16);
        Map<String, Map<String, BigDecimal[]>> sums = new HashMap<>();
        int pending = 0;
        while (true) {
            StoredDeclarations.Stored s = take(queue);
            if (s == END) {
                flush(job, out, chunk, sums);
                return;
            }
            compare(job, engines, s, chunk, sums);
            if (++pending == 256) {
                flush(job, out, chunk, sums);
                pending = 0;
            }
        }
    }

    /** Assesses one declaration twice and writes its rows; a problem is a row of its own. */
    private void compare(WhatIfJob job, WhatIf.Engines engines, StoredDeclarations.Stored s, StringBuilder chunk,
                         Map<String, Map<String, BigDecimal[]>> sums) {
        String prefix = s.crossingId() + "," + s.authority() + "," + s.number() + "," + s.request().date() + ","
                + s.request().lines().size() + ",";
        job.lines().addAndGet(s.request().lines().size());
        try {
            Assessment actual = engines.actual().assess(s.request());
            Assessment scenario = engines.assessScenario(s.request());
            Map<String, BigDecimal> a = totals(actual);
            Map<String, BigDecimal> sc = totals(scenario);
            Map<String, BigDecimal> diff = WhatIfResult.minus(sc, a);
            Map<String, BigDecimal[]> bucket = sums.computeIfAbsent(s.authority().name(), k -> new HashMap<>());
            for (String code : diff.keySet()) {
                BigDecimal x = a.getOrDefault(code, BigDecimal.ZERO);
                BigDecimal y = sc.getOrDefault(code, BigDecimal.ZERO);
                chunk.append(prefix).append(code).append(',').append(actual.currency()).append(',').append(x.toPlainString())
                        .append(',').append(y.toPlainString()).append(',').append(diff.get(code).toPlainString()).append(",\r\n");
                bucket.merge(code, new BigDecimal[] {x, y}, (p, q) -> new BigDecimal[] {p[0].add(q[0]), p[1].add(q[1])});
            }
        } catch (ProblemException e) {
            job.withProblems().incrementAndGet();
            chunk.append(prefix).append(",,,,,").append(e.code()).append("\r\n");
        } catch (RuntimeException e) {
            // one declaration the engine cannot handle must not stop the batch (nor leave the reader blocked)
            log.warn("What-if {}: {} {} could not be assessed", job.id(), s.authority(), s.number(), e);
            job.withProblems().incrementAndGet();
            chunk.append(prefix).append(",,,,,ASSESSMENT_FAILED\r\n");
        }
        job.processed().incrementAndGet();
    }

    private static Map<String, BigDecimal> totals(Assessment a) {
        Map<String, BigDecimal> m = new HashMap<>();
        a.totals().forEach(t -> m.put(t.code(), t.amount()));
        return m;
    }

    private static void flush(WhatIfJob job, BufferedWriter out, StringBuilder chunk, Map<String, Map<String, BigDecimal[]>> sums) {
        synchronized (out) {
            try {
                out.append(chunk);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        chunk.setLength(0);
        sums.forEach(job::add);
        sums.clear();
    }

    /** Logs n of N every 10 % (at most every second), so a long batch shows it is moving. */
    private final class Progress {
        private final WhatIfJob job;
        private long nextAt;
        private long lastLog;

        Progress(WhatIfJob job) {
            this.job = job;
            this.nextAt = Math.max(1, job.total() / 10);
        }

        void maybeLog() {
            long n = job.processed().get();
            long now = clock.millis();
            if (n >= nextAt && now - lastLog >= 1000) {
                lastLog = now;
                nextAt = n + Math.max(1, job.total() / 10);
                log.info(messages.getMessage("whatif.batch.progress", new Object[] {job.id(), n, job.total()}, Locale.ENGLISH));
            }
        }
    }

    private static void put(BlockingQueue<StoredDeclarations.Stored> queue, StoredDeclarations.Stored s) {
        try {
            queue.put(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static StoredDeclarations.Stored take(BlockingQueue<StoredDeclarations.Stored> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void forgetOldest() {
        while (jobs.size() > MAX_KEPT) {
            jobs.values().stream().filter(j -> j.status() == WhatIfJob.Status.DONE || j.status() == WhatIfJob.Status.FAILED)
                    .min(Comparator.comparing(j -> j.view(clock.instant()).createdAt()))
                    .ifPresentOrElse(j -> {
                        jobs.remove(j.id());
                        j.result().toFile().delete();
                    }, () -> { });
            if (jobs.size() > MAX_KEPT && jobs.values().stream().noneMatch(j -> j.status() == WhatIfJob.Status.DONE
                    || j.status() == WhatIfJob.Status.FAILED)) {
                return;
            }
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
