package io.jointclear.operators.score;

import io.jointclear.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly run ({@code jointclear.operators.score.cron}, "-" switches it off). */
@Component
class ScoreSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScoreSchedule.class);

    private final ComplianceScores scores;

    ScoreSchedule(ComplianceScores scores) {
        this.scores = scores;
    }

    @Scheduled(cron = "${jointclear.operators.score.cron:0 30 2 * * *}", zone = "${jointclear.operators.score.zone:America/Mexico_City}")
    void nightly() {
        ComplianceScores.Run run = scores.compute("SCHEDULED", AuditEntry.SYSTEM);
        log.info("Compliance scores: {} operators scored over {} to {}", run.operators(), run.windowFrom(), run.windowTo());
    }
}
