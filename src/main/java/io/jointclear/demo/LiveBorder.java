package io.jointclear.demo;

import io.jointclear.clearance.OverdueArrival;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The timing of demo traffic, so that at any time of day the border shows a realistic mix of work in
 * progress: trucks announced and on their way, in primary, under joint inspection, released by one
 * authority and waiting for the other. Live filings come every few seconds, more in the afternoon
 * peak and fewer at night (the BTS hourly profile); a share of arrived crossings is left to the human
 * officers for {@link #officerGrace} before the simulated officers step in, so officers always find
 * work; a few trucks arrive well after their announced time and show as overdue meanwhile.
 */
final class LiveBorder {

    /** Where a crossing stands in the simulated flow at a moment. */
    enum Stage { AWAITING_ARRIVAL, IN_PRIMARY, JOINT_INSPECTION, WAITING_OTHER_AUTHORITY, DONE }

    /** Share of trucks that arrive after the overdue threshold. */
    static final double LATE_SHARE = 0.04;
    /** Share of arrived crossings the simulated officers leave to the human officers for a while. */
    static final double LEFT_TO_OFFICERS_SHARE = 0.2;
    private static final ZoneOffset BORDER = ZoneOffset.ofHours(-6);

    private final double[] hourly;
    private final double meanIntervalSeconds;
    private final Duration officerGrace;

    /**
     * @param hourly              relative arrivals per hour at the border (sum 1)
     * @param meanIntervalSeconds mean seconds between live filings in an average hour
     * @param officerGrace        how long crossings left to the human officers wait before the simulated ones act
     */
    LiveBorder(double[] hourly, double meanIntervalSeconds, Duration officerGrace) {
        this.hourly = hourly.clone();
        this.meanIntervalSeconds = meanIntervalSeconds;
        this.officerGrace = officerGrace;
    }

    /** The next live filing after {@code after}: exponential gaps whose mean follows the hour of day, 1–120 s. */
    Instant nextFiling(Instant after, Random random) {
        double hourFactor = Math.max(hourly[after.atOffset(BORDER).getHour()] * 24, 0.2);
        double seconds = -Math.log(1 - random.nextDouble()) * meanIntervalSeconds / hourFactor;
        return after.plusMillis((long) (Math.clamp(seconds, 1.0, 120.0) * 1000));
    }

    /** The arrival announced in a live filing made at {@code filed}: 10 to 60 minutes later. */
    Instant expectedArrival(Instant filed, Random random) {
        return filed.plusSeconds(600 + random.nextInt(3000));
    }

    /** How late the truck really arrives: mostly on time, {@link #LATE_SHARE} beyond the overdue threshold. */
    Duration lateness(Random random) {
        if (random.nextDouble() < LATE_SHARE) {
            return OverdueArrival.THRESHOLD.plusMinutes(30 + random.nextInt(150));
        }
        return Duration.ofSeconds(random.nextInt(600));
    }

    /**
     * The officers' side of a crossing that arrives at {@code arrival}: a green lane is decided after a
     * few minutes in primary, a red one after a joint inspection; the other authority follows minutes
     * later. {@code join}, {@code finding} and {@code end} are null for a green lane.
     */
    Timeline timeline(Instant arrival, boolean red, Random random) {
        boolean left = random.nextDouble() < LEFT_TO_OFFICERS_SHARE;
        Duration grace = left ? officerGrace.plusMinutes(random.nextInt(30)) : Duration.ZERO;
        if (!red) {
            Instant first = arrival.plus(grace).plusSeconds(minutes(random, 4, 20));
            return new Timeline(arrival, null, null, null, first, first.plusSeconds(minutes(random, 3, 25)), left);
        }
        Instant join = arrival.plus(grace).plusSeconds(minutes(random, 8, 30));
        Instant finding = join.plusSeconds(minutes(random, 15, 45));
        Instant end = finding.plusSeconds(minutes(random, 5, 30));
        Instant first = end.plusSeconds(minutes(random, 3, 15));
        return new Timeline(arrival, join, finding, end, first, first.plusSeconds(minutes(random, 3, 25)), left);
    }

    /** Seconds between {@code from} and {@code to} minutes, with random seconds. */
    static long minutes(Random random, int from, int to) {
        return (from + random.nextInt(Math.max(1, to - from))) * 60L + random.nextInt(60);
    }

    /** One crossing's planned officers' side. */
    record Timeline(Instant arrival, Instant join, Instant finding, Instant end, Instant firstDecision, Instant secondDecision,
                    boolean leftToOfficers) {

        Stage stageAt(Instant now) {
            if (now.isBefore(arrival)) {
                return Stage.AWAITING_ARRIVAL;
            }
            if (now.isBefore(join != null ? join : firstDecision)) {
                return Stage.IN_PRIMARY;
            }
            if (now.isBefore(firstDecision)) {
                return Stage.JOINT_INSPECTION;
            }
            return now.isBefore(secondDecision) ? Stage.WAITING_OTHER_AUTHORITY : Stage.DONE;
        }
    }

    /**
     * The mix of work in progress at {@code now} after live filing since {@code since}, as the
     * simulator would produce it (for tests and the log): crossings per stage, plus overdue ones.
     */
    Mix mix(Instant since, Instant now, double redShare, Random random) {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        int overdue = 0;
        for (Instant filed = nextFiling(since, random); filed.isBefore(now); filed = nextFiling(filed, random)) {
            Instant expected = expectedArrival(filed, random);
            Instant arrival = expected.plus(lateness(random));
            Timeline t = timeline(arrival, random.nextDouble() < redShare, random);
            Stage stage = t.stageAt(now);
            stages.merge(stage, 1, Integer::sum);
            if (stage == Stage.AWAITING_ARRIVAL && OverdueArrival.isOverdue(io.jointclear.clearance.CrossingStatus.FILED,
                    expected.atOffset(ZoneOffset.UTC), now)) {
                overdue++;
            }
        }
        return new Mix(stages, overdue);
    }

    /** Crossings per stage and how many of those awaiting arrival are overdue. */
    record Mix(Map<Stage, Integer> stages, int overdue) {

        int of(Stage stage) {
            return stages.getOrDefault(stage, 0);
        }

        int inProgress() {
            return stages.entrySet().stream().filter(e -> e.getKey() != Stage.DONE).mapToInt(Map.Entry::getValue).sum();
        }
    }
}
