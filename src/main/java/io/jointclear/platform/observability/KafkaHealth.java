package io.jointclear.platform.observability;

import io.jointclear.platform.events.KafkaOptional;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/kafka} (group "kafka", contributor "kafkaBroker"), only when Kafka is configured: UP when the cluster
 * answers within 3 s. Not part of readiness — while Kafka is down filings go on and their events wait
 * in the outbox — so an operator watches it, the load balancer does not.
 */
@Component("kafkaBroker")
@ConditionalOnProperty(KafkaOptional.BOOTSTRAP_SERVERS)
class KafkaHealth extends AbstractHealthIndicator {

    private final KafkaAdmin admin;

    KafkaHealth(KafkaAdmin admin) {
        super("Kafka health check failed");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Map<String, Object> config = admin.getConfigurationProperties();
        try (AdminClient client = AdminClient.create(config)) {
            var cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(3_000));
            int nodes = cluster.nodes().get(3, TimeUnit.SECONDS).size();
            builder.up().withDetail("nodes", nodes).withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS));
        }
    }
}
