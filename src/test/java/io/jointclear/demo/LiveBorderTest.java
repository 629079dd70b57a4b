package io.jointclear.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.OverdueArrival;
import io.jointclear.demo.LiveBorder.Stage;
import io.jointclear.reference.CodeLists.PortPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The live border's mix of work in progress, with a fixed clock and seed: every stage is populated at
 * the afternoon peak, more is in flight then than at night, officers still find work at night, and
 * late trucks show as overdue.
 */
class LiveBorderTest {

    private static final double RED_SHARE = 0.15;
    private static final BorderTraffic TRAFFIC = BorderTraffic.load(List.of(new PortPair("240", "Nuevo Laredo", "2304", "Laredo, TX")));
    /** 15:00 and 03:00 at the border (UTC−6). */
    private static final Clock PEAK = Clock.fixed(Instant.parse("2026-03-10T21:00:00Z"), ZoneOffset.UTC);
    private static final Clock NIGHT = Clock.fixed(Instant.parse("2026-03-11T09:00:00Z"), ZoneOffset.UTC);

    private final LiveBorder border = new LiveBorder(TRAFFIC.hourly, 12, Duration.ofMinutes(90));

    private LiveBorder.Mix mixAt(Clock clock, long seed) {
        Instant now = clock.instant();
        return border.mix(now.minus(Duration.ofHours(8)), now, RED_SHARE, new Random(seed));
    }

    @Test
    void atThePeakEveryStageHasWorkAndTrucksOnTheirWayAreTheLargestGroup() {
        LiveBorder.Mix mix = mixAt(PEAK, 20261126L);
        assertThat(mix.of(Stage.AWAITING_ARRIVAL)).isGreaterThan(mix.of(Stage.IN_PRIMARY));
        assertThat(mix.of(Stage.IN_PRIMARY)).isGreaterThanOrEqualTo(20);
        assertThat(mix.of(Stage.JOINT_INSPECTION)).isGreaterThanOrEqualTo(5);
        assertThat(mix.of(Stage.WAITING_OTHER_AUTHORITY)).isGreaterThanOrEqualTo(5);
        // most crossings of the last 8 hours are done: the queue is a realistic share, not the whole history
        assertThat(mix.of(Stage.DONE)).isGreaterThan(mix.inProgress());
        // joint inspections are a minority of the work in progress (red lanes are ~15 % of arrivals)
        assertThat(mix.of(Stage.JOINT_INSPECTION)).isLessThan(mix.of(Stage.IN_PRIMARY) + mix.of(Stage.WAITING_OTHER_AUTHORITY));
    }

    @Test
    void theSameSeedAndClockGiveTheSameMix() {
        assertThat(mixAt(PEAK, 7L)).isEqualTo(mixAt(PEAK, 7L));
        assertThat(mixAt(PEAK, 7L)).isNotEqualTo(mixAt(PEAK, 8L));
    }

    @Test
    void theNightIsQuieterButOfficersStillFindWork() {
        LiveBorder.Mix peak = mixAt(PEAK, 3L);
        LiveBorder.Mix night = mixAt(NIGHT, 3L);
        assertThat(night.inProgress()).isLessThan(peak.inProgress() / 2);
        assertThat(night.of(Stage.IN_PRIMARY) + night.of(Stage.JOINT_INSPECTION)).isPositive();
    }

    @Test
    void liveFilingsComeEveryFewSecondsAndMoreOftenInThePeak() {
        Random random = new Random(1);
        long peak = gaps(PEAK.instant(), random);
        long night = gaps(NIGHT.instant(), random);
        assertThat(peak / 1000.0).as("mean seconds between filings at 15:00").isBetween(3.0, 12.0);
        assertThat(night).isGreaterThan(peak * 2);
    }

    @Test
    void lateTrucksAreOverdueWhileTheyHaveNotArrived() {
        LiveBorder.Mix mix = mixAt(PEAK, 11L);
        assertThat(mix.overdue()).isPositive().isLessThan(mix.of(Stage.AWAITING_ARRIVAL) / 5);
        Random random = new Random(5);
        long late = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> border.lateness(random).compareTo(OverdueArrival.THRESHOLD) > 0).count();
        assertThat(late / 10_000.0).isCloseTo(LiveBorder.LATE_SHARE, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void overdueIsADomainRuleWithItsThreshold() {
        Instant now = PEAK.instant();
        var expected = now.minus(OverdueArrival.THRESHOLD).atOffset(ZoneOffset.ofHours(-6));
        assertThat(OverdueArrival.isOverdue(CrossingStatus.FILED, expected, now)).isFalse();
        assertThat(OverdueArrival.isOverdue(CrossingStatus.FILED, expected.minusSeconds(1), now)).isTrue();
        assertThat(OverdueArrival.isOverdue(CrossingStatus.ARRIVED, expected.minusHours(5), now)).isFalse();
        assertThat(OverdueArrival.isOverdue(CrossingStatus.FILED, null, now)).isFalse();
    }

    /** Mean gap in ms over 500 filings from {@code from}. */
    private long gaps(Instant from, Random random) {
        Instant t = from;
        for (int i = 0; i < 500; i++) {
            t = border.nextFiling(t, random);
        }
        return Duration.between(from, t).toMillis() / 500;
    }
}
