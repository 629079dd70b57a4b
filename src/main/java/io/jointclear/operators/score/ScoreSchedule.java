package io.jointclear.operators.score;

import io.jointclear.audit.AuditEntry;
import io.jointclear.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly run ({@code jointclear.operators.score.cron}, "-" switches it off). */
@Component
class ScoreSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScoreSchedule.class);

    private final ComplianceScores scores;
    private final ClusterJobs jobs;

    ScoreSchedule(ComplianceScores scores, ClusterJobs jobs) {
        this.scores = scores;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${jointclear.operators.score.cron:0 30 2 * * *}", zone = "${jointclear.operators.score.zone:America/Mexico_City}")
    void nightly() {
        // one instance of the cluster scores each night
        jobs.runIfHolder("operators.score", () -> {
            ComplianceScores.Run run = scores.compute("SCHEDULED", AuditEntry.SYSTEM);
            log.info("Compliance scores: {} operators scored over {} to {}", run.operators(), run.windowFrom(), run.windowTo());
        });
    }
}
