package io.jointclear.risk.selection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What selectivity has learned about a party (importer/exporter tax id): when it was first seen and
 * how many of its inspections found something. Fed by selections and by inspection outcomes.
 */
public final class PartyHistory {

    /** Pseudo-inspections at the overall hit rate a party's own rate is shrunk towards. */
    static final double PRIOR_WEIGHT = 5;

    public record Record(Instant firstSeen, int inspections, int hits) {
    }

    private final Map<String, Record> parties = new ConcurrentHashMap<>();
    private volatile long allInspections;
    private volatile long allHits;

    public void seen(String party, Instant at) {
        if (party != null) {
            parties.putIfAbsent(party, new Record(at, 0, 0));
        }
    }

    public synchronized void outcome(String party, boolean hit, Instant at) {
        allInspections++;
        if (hit) {
            allHits++;
        }
        if (party != null) {
            parties.merge(party, new Record(at, 1, hit ? 1 : 0),
                    (a, b) -> new Record(a.firstSeen().isBefore(b.firstSeen()) ? a.firstSeen() : b.firstSeen(),
                            a.inspections() + 1, a.hits() + b.hits()));
        }
    }

    /** A clean inspection of the party turned out to be a hit after all (a later finding). */
    public synchronized void upgradeToHit(String party) {
        allHits++;
        if (party != null) {
            parties.computeIfPresent(party, (k, r) -> new Record(r.firstSeen(), r.inspections(), Math.min(r.inspections(), r.hits() + 1)));
        }
    }

    public Record of(String party) {
        return party == null ? null : parties.get(party);
    }

    public Long ageDays(String party, Instant at) {
        Record r = of(party);
        return r == null ? null : Duration.between(r.firstSeen(), at).toDays();
    }

    /** Overall hit rate of inspections (with a neutral 0.1 prior before any outcome). */
    public double priorHitRate() {
        return (allHits + 1.0) / (allInspections + 10.0);
    }

    /** Party hit rate shrunk towards the overall rate. */
    public double hitRate(String party) {
        Record r = of(party);
        double prior = priorHitRate();
        if (r == null) {
            return prior;
        }
        return (r.hits() + PRIOR_WEIGHT * prior) / (r.inspections() + PRIOR_WEIGHT);
    }

    /** Log-odds of the party's hit rate against the overall rate: the score contribution of its history. */
    public double logOddsRatio(String party) {
        Record r = of(party);
        if (r == null || r.inspections() == 0) {
            return 0;
        }
        double p = hitRate(party);
        double q = priorHitRate();
        return Math.log(p / (1 - p)) - Math.log(q / (1 - q));
    }
}
