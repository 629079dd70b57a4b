package io.jointclear.tariff.reassessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A batch what-if over the stored declarations of a period, run in the background. Its counters are
 * read while it runs (status, n of N); the result is a CSV file once it is {@code DONE}.
 */
public final class WhatIfJob {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    private final UUID id;
    private final String startedBy;
    private final LocalDate from;
    private final LocalDate to;
    private final WhatIf.Scenario scenario;
    private final Instant createdAt;
    private final Path result;
    private volatile Status status = Status.QUEUED;
    private volatile long total = -1;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong withProblems = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;
    private final Map<String, BigDecimal[]> sums = new TreeMap<>();

    WhatIfJob(UUID id, String startedBy, LocalDate from, LocalDate to, WhatIf.Scenario scenario, Instant createdAt, Path result) {
        this.id = id;
        this.startedBy = startedBy;
        this.from = from;
        this.to = to;
        this.scenario = scenario;
        this.createdAt = createdAt;
        this.result = result;
    }

    /** What the job resource shows. */
    public record View(UUID id, Status status, LocalDate from, LocalDate to, String startedBy, long processed, long total,
                       long lines, long withProblems, Instant createdAt, Instant startedAt, Instant finishedAt,
                       Long elapsedMillis, String failure, List<Sum> totals, String result) {
    }

    /** Per authority and tax code over the whole batch: actual, scenario and their difference. */
    public record Sum(String authority, String code, BigDecimal actual, BigDecimal scenario, BigDecimal difference) {
    }

    public View view(Instant now) {
        Instant s = startedAt;
        Instant f = finishedAt;
        Long elapsed = s == null ? null : java.time.Duration.between(s, f == null ? now : f).toMillis();
        List<Sum> totals;
        synchronized (sums) {
            totals = sums.entrySet().stream().map(e -> {
                String[] k = e.getKey().split(":", 2);
                BigDecimal[] v = e.getValue();
                return new Sum(k[0], k[1], v[0], v[1], v[1].subtract(v[0]));
            }).toList();
        }
        return new View(id, status, from, to, startedBy, processed.get(), total, lines.get(), withProblems.get(), createdAt,
                s, f, elapsed, failure, totals, status == Status.DONE ? "/api/v1/assessments/what-if/batch/" + id + "/result" : null);
    }

    void add(String authority, Map<String, BigDecimal[]> perCode) {
        synchronized (sums) {
            perCode.forEach((code, v) -> sums.merge(authority + ':' + code, v.clone(),
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])}));
        }
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    @JsonIgnore
    public Path result() {
        return result;
    }

    WhatIf.Scenario scenario() {
        return scenario;
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    AtomicLong processed() {
        return processed;
    }

    AtomicLong lines() {
        return lines;
    }

    AtomicLong withProblems() {
        return withProblems;
    }

    long total() {
        return total;
    }

    void running(long total, Instant at) {
        this.total = total;
        this.startedAt = at;
        this.status = Status.RUNNING;
    }

    void done(Instant at) {
        this.finishedAt = at;
        this.status = Status.DONE;
    }

    void failed(String why, Instant at) {
        this.failure = why;
        this.finishedAt = at;
        this.status = Status.FAILED;
    }
}
