package io.jointclear.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.CodeLists.PortPair;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulator's traffic follows the BTS files: busy ports, heavy chapters and the afternoon peak. */
class BorderTrafficTest {

    private static final PortPair LAREDO = new PortPair("240", "Nuevo Laredo", "2304", "Laredo, TX");
    private static final PortPair EL_PASO = new PortPair("070", "Ciudad Juárez", "2402", "El Paso, TX");
    private static final PortPair DEL_RIO = new PortPair("280", "Ciudad Acuña", "2302", "Del Rio, TX");

    private final BorderTraffic traffic = BorderTraffic.load(List.of(LAREDO, EL_PASO, DEL_RIO));

    @Test
    void portPairsFollowTruckCounts() {
        assertThat(traffic.pairs.share(LAREDO)).isGreaterThan(traffic.pairs.share(EL_PASO));
        assertThat(traffic.pairs.share(EL_PASO)).isGreaterThan(traffic.pairs.share(DEL_RIO));
        Random random = new Random(1);
        long laredo = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> traffic.pairs.pick(random)).filter(LAREDO::equals).count();
        assertThat(laredo / 10_000.0).isCloseTo(traffic.pairs.share(LAREDO), org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void goodsFollowTradeByChapter() {
        // machinery and electrical equipment (84, 85) and vehicles (87) dominate truck trade with Mexico
        double machines = traffic.northbound.items().stream().filter(p -> p.chapter().matches("8[457]"))
                .mapToDouble(traffic.northbound::share).sum();
        assertThat(machines).isGreaterThan(0.5);
        assertThat(traffic.southbound.items()).allSatisfy(p -> assertThat(traffic.southbound.share(p)).isPositive());
    }

    @Test
    void arrivalsPeakInTheAfternoon() {
        assertThat(traffic.hourly[15]).isGreaterThan(traffic.hourly[9]).isGreaterThan(traffic.hourly[3]);
        assertThat(java.util.Arrays.stream(traffic.hourly).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void irregularCrossingsDisagreeBetweenTheSides() {
        Random random = new Random(7);
        CrossingFactory factory = new CrossingFactory(100);
        Instant t = Instant.parse("2026-03-10T15:00:00Z");
        var plan = CrossingFactory.plan(1, random, traffic, true, 1.0, t, t.plusSeconds(3600));
        var filing = factory.filing(plan, random, 0);
        var mx = filing.declarations().getFirst().lines().getFirst();
        var us = filing.declarations().get(1).lines().getFirst();
        assertThat(mx.quantity().value().compareTo(us.quantity().value()) != 0 || mx.value().compareTo(us.value()) != 0).isTrue();
        assertThat(filing.declarations().getFirst().exchangeRate()).isBetween(new java.math.BigDecimal("17"), new java.math.BigDecimal("20"));
    }

    @Test
    void demoClockMovesOnlyTheCallingThread() throws Exception {
        DemoClock clock = new DemoClock(java.time.Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), java.time.ZoneOffset.UTC));
        Instant past = Instant.parse("2026-11-20T08:00:00Z");
        Instant[] other = new Instant[1];
        Instant inside = clock.at(past, () -> {
            Thread t = Thread.ofPlatform().start(() -> other[0] = clock.instant());
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return clock.instant();
        });
        assertThat(inside).isEqualTo(past);
        assertThat(other[0]).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }
}
