package io.jointclear.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionScheduled;
import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics projection applies an event delivered twice (at-least-once: an outbox republication
 * after a restart, a retry, a second instance resubmitting) exactly as once. Same context as
 * ClusterConsistencyIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "jointclear.cluster.cache-reconcile-interval=PT2S")
class ProjectionRedeliveryIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventDeliveredTwiceLeavesTheFactAsOnce() throws Exception {
        UUID id = UUID.randomUUID();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object> history = List.of(
                new CrossingEvents.CrossingFiled(id, "NORTHBOUND", "240", "2304", t, Map.of("MX.IGI", new BigDecimal("1500.00")),
                        new BigDecimal("21000.00"), "07"),
                new CrossingEvents.CrossingArrived(id, t.plusSeconds(60)),
                new CrossingEvents.LanesSelected(id, "240", "2304", Map.of(Authority.MX, Lane.GREEN, Authority.US, Lane.RED), true,
                        t.plusSeconds(61)),
                new InspectionScheduled(UUID.randomUUID(), id, "Nuevo Laredo", "240", "2304", "red lane", t.plusSeconds(62)),
                new CrossingEvents.DecisionRecorded(id, Authority.US, Decision.HOLD, "officer-us", CrossingStatus.HELD, t.plusSeconds(90)),
                new CrossingEvents.CrossingReleased(id, t.plusSeconds(60), t.plusSeconds(300)));
        history.forEach(this::deliver);
        Map<String, Object> once = fact(id, true);

        history.forEach(this::deliver);
        Thread.sleep(1_000);
        assertThat(awaitHandled()).isTrue();
        assertThat(fact(id, false)).isEqualTo(once);
        assertThat(once).containsEntry("lane_us", "RED").containsEntry("held", true).containsEntry("inspection_scheduled", true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM statistics.crossing_fact WHERE crossing_id = ?", Integer.class, id)).isEqualTo(1);
    }

    private void deliver(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    /** The fact once every listener handled its events (they run after the commit, asynchronously). */
    private Map<String, Object> fact(UUID id, boolean complete) throws InterruptedException {
        assertThat(awaitHandled()).as("the projection's publications completed").isTrue();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM statistics.crossing_fact WHERE crossing_id = ?", id);
        if (complete) {
            assertThat(row.get("released_at")).isNotNull();
        }
        return row;
    }

    private boolean awaitHandled() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Integer open = jdbc.queryForObject("""
                    SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%CrossingFactProjection%'""",
                    Integer.class);
            if (open == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
