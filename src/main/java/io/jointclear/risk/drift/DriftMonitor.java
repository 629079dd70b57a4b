package io.jointclear.risk.drift;

import io.jointclear.risk.Drift;
import io.jointclear.risk.persistence.JdbcDrift;
import io.jointclear.shared.ClusterJobs;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures weekly drift over the selection journal (counts by SQL, {@link JdbcDrift}) and keeps the alerts.
 * A segment drifts when the PSI of its risk-score bins against the baseline weeks reaches the threshold; its
 * hit rate collapses when it falls to {@code collapseRatio} of the baseline's or below. Both need enough
 * declarations / inspections on each side, so a thin segment does not raise noise. Weeks start on Monday, UTC.
 */
@Service
public class DriftMonitor implements Drift {

    /** At most this many segments are listed in a report (alerts first, then the largest). */
    static final int MAX_SEGMENTS = 500;
    private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);

    private final JdbcDrift store;
    private final DriftProperties settings;
    private final Clock clock;
    private final ClusterJobs jobs;

    DriftMonitor(JdbcDrift store, DriftProperties settings, Clock clock, ClusterJobs jobs) {
        this.jobs = jobs;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    @Transactional(readOnly = true)
    public Report report(LocalDate day) {
        LocalDate week = monday(day);
        LocalDate from = week.minusWeeks(settings.baselineWeeks());
        Map<Segment, Tally> tallies = new LinkedHashMap<>();
        for (JdbcDrift.Count c : store.counts(start(from), start(week), start(week.plusWeeks(1)))) {
            tallies.computeIfAbsent(c.segment(), s -> new Tally()).add(c);
        }
        long weekTotal = tallies.values().stream().mapToLong(t -> sum(t.week)).sum();
        long baseTotal = tallies.values().stream().mapToLong(t -> sum(t.base)).sum();
        long[] weekMix = new long[tallies.size()];
        long[] baseMix = new long[tallies.size()];
        List<SegmentDrift> segments = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Segment, Tally> e : tallies.entrySet()) {
            weekMix[i] = sum(e.getValue().week);
            baseMix[i++] = sum(e.getValue().base);
            segments.add(drift(e.getKey(), e.getValue(), weekTotal, baseTotal));
        }
        segments.sort(Comparator.comparing((SegmentDrift s) -> s.alerts().isEmpty())
                .thenComparing(Comparator.comparingLong(SegmentDrift::declarations).reversed()));
        double overall = weekTotal == 0 || baseTotal == 0 ? 0 : PopulationStability.index(baseMix, weekMix);
        return new Report(week, from, settings.baselineWeeks(), settings.psiThreshold(), settings.collapseRatio(), weekTotal,
                baseTotal, overall, List.copyOf(segments.subList(0, Math.min(MAX_SEGMENTS, segments.size()))));
    }

    @Override
    @Transactional
    public List<Alert> check(LocalDate day) {
        Report report = report(day);
        Instant now = clock.instant();
        int stored = 0;
        for (SegmentDrift s : report.segments()) {
            for (String kind : s.alerts()) {
                double threshold = POPULATION_SHIFT.equals(kind) ? settings.psiThreshold() : settings.collapseRatio();
                stored += store.store(new Alert(0, report.week(), s.segment(), kind, s.psi(), s.share(), s.baselineShare(),
                        s.hitShare(), s.baselineHitShare(), (int) s.inspected(), threshold, now)) ? 1 : 0;
            }
        }
        if (stored > 0) {
            log.info("risk drift: {} new alert(s) for the week of {}", stored, report.week());
        }
        return store.alerts(report.week(), report.week(), MAX_SEGMENTS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> alerts(LocalDate from, int limit) {
        return store.alerts(monday(from), LocalDate.of(9999, 12, 31), limit);
    }

    /** The last complete week, on the schedule {@code jointclear.risk.drift.cron} (off by default). */
    @Scheduled(cron = "${jointclear.risk.drift.cron:-}")
    void checkLastWeek() {
        // one instance of the cluster checks each week
        jobs.runIfHolder("risk.drift", () -> check(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusWeeks(1)));
    }

    private SegmentDrift drift(Segment segment, Tally t, long weekTotal, long baseTotal) {
        long n = sum(t.week);
        long nb = sum(t.base);
        Double psi = n >= settings.minDeclarations() && nb >= settings.minDeclarations() ? PopulationStability.index(t.base, t.week) : null;
        Double hitShare = t.inspected == 0 ? null : t.hits / (double) t.inspected;
        Double baseHitShare = t.baseInspected == 0 ? null : t.baseHits / (double) t.baseInspected;
        List<String> alerts = new ArrayList<>();
        if (psi != null && psi >= settings.psiThreshold()) {
            alerts.add(POPULATION_SHIFT);
        }
        if (t.inspected >= settings.minInspections() && t.baseInspected >= settings.minInspections() && baseHitShare > 0
                && hitShare <= settings.collapseRatio() * baseHitShare) {
            alerts.add(HIT_RATE_COLLAPSE);
        }
        return new SegmentDrift(segment, n, nb, weekTotal == 0 ? 0 : n / (double) weekTotal, baseTotal == 0 ? 0 : nb / (double) baseTotal,
                psi, t.inspected, t.hits, hitShare, t.baseInspected, baseHitShare, List.copyOf(alerts));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** One segment's counts by score bin in the week and in the baseline, and its inspections and hits. */
    private static final class Tally {
        final long[] week = new long[PopulationStability.bins()];
        final long[] base = new long[PopulationStability.bins()];
        long inspected;
        long hits;
        long baseInspected;
        long baseHits;

        void add(JdbcDrift.Count c) {
            if (c.measuredWeek()) {
                week[c.bin()] += c.declarations();
                inspected += c.inspected();
                hits += c.hits();
            } else {
                base[c.bin()] += c.declarations();
                baseInspected += c.inspected();
                baseHits += c.hits();
            }
        }
    }
}
