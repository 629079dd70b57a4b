package io.jointclear.platform.observability;

import io.jointclear.platform.events.ExternalizedEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox as metrics, read from the event publication registry: publications not completed
 * ({@code jointclear.events.pending}, by status) and, per Kafka topic, the age of the oldest event not
 * yet on it ({@code jointclear.events.lag}, seconds; 0 when none waits). Refreshed every 15 s by each
 * instance (the registry is shared: every instance reports the cluster's figure).
 */
@Component
class EventPublicationMetrics {

    private static final List<String> STATUSES = List.of("PUBLISHED", "PROCESSING", "FAILED", "RESUBMITTED");

    private final JdbcTemplate jdbc;
    private final Map<String, String> topicsByType;
    private final MultiGauge pending;
    private final MultiGauge lag;

    EventPublicationMetrics(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.topicsByType = ExternalizedEvents.all().stream()
                .collect(Collectors.toMap(t -> t.type().getName(), ExternalizedEvents.Topic::topic));
        this.pending = MultiGauge.builder("jointclear.events.pending")
                .description("Event publications not completed yet (the outbox), by status").register(meters);
        this.lag = MultiGauge.builder("jointclear.events.lag").baseUnit("seconds")
                .description("Age of the oldest event not yet published to its Kafka topic").register(meters);
        Gauge.builder("jointclear.events.topics", topicsByType, Map::size)
                .description("Kafka topics the platform publishes to (when Kafka is configured)").register(meters);
        refresh();
    }

    @Scheduled(fixedDelayString = "${jointclear.events.metrics-interval:PT15S}", initialDelayString = "${jointclear.events.metrics-interval:PT15S}")
    void refresh() {
        try {
            Map<String, Long> byStatus = jdbc.query("""
                    SELECT coalesce(status, 'PUBLISHED'), count(*) FROM event_publication WHERE completion_date IS NULL GROUP BY 1""",
                    rs -> {
                        Map<String, Long> m = new java.util.HashMap<>();
                        while (rs.next()) {
                            m.put(rs.getString(1), rs.getLong(2));
                        }
                        return m;
                    });
            pending.register(STATUSES.stream().map(s -> MultiGauge.Row.of(Tags.of("status", s), byStatus.getOrDefault(s, 0L)))
                    .toList(), true);
            Map<String, Double> oldest = jdbc.query("""
                    SELECT event_type, extract(epoch FROM now() - min(publication_date)) FROM event_publication
                     WHERE completion_date IS NULL AND listener_id LIKE '%Externaliz%' GROUP BY event_type""",
                    rs -> {
                        Map<String, Double> m = new java.util.HashMap<>();
                        while (rs.next()) {
                            m.put(rs.getString(1), rs.getDouble(2));
                        }
                        return m;
                    });
            lag.register(topicsByType.entrySet().stream()
                    .map(e -> MultiGauge.Row.of(Tags.of("topic", e.getValue()), oldest.getOrDefault(e.getKey(), 0.0)))
                    .toList(), true);
        } catch (DataAccessException e) {
            // the database is down: the health endpoint says so; the gauges keep their last values
        }
    }
}
