package io.jointclear.platform.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Kafka, when {@code spring.kafka.bootstrap-servers} is set ({@link KafkaOptional}): the topics of
 * every externalized event. Modulith sends each event after its transaction committed, on the
 * asynchronous listener threads, never on the thread that answers the filing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(KafkaOptional.BOOTSTRAP_SERVERS)
class KafkaEventsConfiguration {

    /** Created at start when missing (existing topics are left as they are). */
    @Bean
    KafkaAdmin.NewTopics jointclearTopics(@Value("${jointclear.events.partitions:6}") int partitions) {
        return new KafkaAdmin.NewTopics(ExternalizedEvents.all().stream()
                .map(t -> TopicBuilder.name(t.topic()).partitions(partitions).build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }
}
