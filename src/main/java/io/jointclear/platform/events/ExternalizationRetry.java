package io.jointclear.platform.events;

import io.jointclear.shared.ClusterJobs;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With Kafka, publications that failed (the broker was down, or the instance sending died and the
 * staleness monitor marked them) are sent again periodically, by one instance: an event reaches its
 * topic at least once, however long the broker was away. Without Kafka nothing is retried here —
 * the single instance republishes what it left unfinished at its next start, as before.
 */
@Component
@ConditionalOnProperty(KafkaOptional.BOOTSTRAP_SERVERS)
class ExternalizationRetry {

    private final FailedEventPublications failed;
    private final ClusterJobs jobs;
    private final Duration minAge;

    ExternalizationRetry(FailedEventPublications failed, ClusterJobs jobs,
                         @Value("${jointclear.events.retry-min-age:PT10S}") Duration minAge) {
        this.failed = failed;
        this.jobs = jobs;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${jointclear.events.retry-interval:PT15S}", initialDelayString = "${jointclear.events.retry-interval:PT15S}")
    void resubmitFailed() {
        jobs.runIfHolder("platform.event-retry",
                () -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(1_000)));
    }
}
