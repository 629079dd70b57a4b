package io.jointclear.platform.idempotency;

import io.jointclear.shared.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys older than the retention (30 days unless configured): a later repeat is a new request. */
@Component
class IdempotencyRetention {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final IdempotentAnswers answers;
    private final Clock clock;
    private final Duration retention;
    private final ClusterJobs jobs;

    IdempotencyRetention(IdempotentAnswers answers, Clock clock, ClusterJobs jobs,
                         @Value("${jointclear.idempotency.retention:30d}") Duration retention) {
        this.answers = answers;
        this.clock = clock;
        this.jobs = jobs;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${jointclear.idempotency.purge-interval:1h}", initialDelayString = "${jointclear.idempotency.purge-interval:1h}")
    void purge() {
        try {
            jobs.runIfHolder("platform.idempotency-purge", () -> {
                int purged = answers.purge(clock.instant().minus(retention));
                if (purged > 0) {
                    log.info("Forgot {} idempotency key(s) older than {}", purged, retention);
                }
            });
        } catch (DataAccessException e) {
            log.warn("Purging idempotency keys failed, retrying on the next turn: {}", e.getMessage());
        }
    }
}
