package io.jointclear.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Kafka is optional. Without {@code spring.kafka.bootstrap-servers} the Kafka auto-configuration is
 * left out and nothing is externalized, so a single instance runs exactly as before (no Kafka bean, no
 * publication waiting for a broker, no retries). With it, events annotated {@code @Externalized} go to
 * their topics through the event publication registry (the outbox), and failed publications are retried
 * ({@link ExternalizationRetry}). Defaults only: an explicit setting of the same property wins.
 */
public class KafkaOptional implements EnvironmentPostProcessor {

    /** The property whose presence switches Kafka on. */
    public static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    static final String SOURCE = "jointclearKafkaOptional";
    private static final String KAFKA_AUTO_CONFIGURATIONS = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
            + "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (enabled(environment)) {
            // A request to a broker that is down fails within seconds; the outbox keeps the event.
            settings.put("spring.kafka.producer.properties.max.block.ms", "10000");
            settings.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
            settings.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
            settings.put("spring.kafka.producer.acks", "all");
            settings.put("spring.kafka.producer.properties.enable.idempotence", "true");
            // A publication an instance began and never finished (it died) becomes FAILED, then is retried.
            settings.put("spring.modulith.events.staleness.processing", "PT5M");
            settings.put("spring.modulith.events.staleness.check-intervall", "PT1M");
            settings.put("management.endpoint.health.group.kafka.include", "kafkaBroker");
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, settings));
            return;
        }
        // Without a broker these win over any configuration: there is nothing to externalize to.
        settings.put("spring.modulith.events.externalization.enabled", "false");
        String excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        settings.put("spring.autoconfigure.exclude",
                excluded.isBlank() ? KAFKA_AUTO_CONFIGURATIONS : excluded + "," + KAFKA_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
    }

    static boolean enabled(ConfigurableEnvironment environment) {
        return StringUtils.hasText(environment.getProperty(BOOTSTRAP_SERVERS));
    }
}
