package io.jointclear.risk.admin;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.risk.model.PlatformCase;
import io.jointclear.risk.model.PlatformModel;
import io.jointclear.risk.model.PlatformTraining;
import io.jointclear.risk.persistence.JdbcModelVersions;
import io.jointclear.risk.selection.ActiveModel;
import io.jointclear.risk.selection.SelectionJournal;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform model's life cycle: trained on the selection journal's inspection outcomes, stored as a
 * version with its metrics, activated for live selectivity, loaded again at start-up. Retraining on a
 * schedule ({@code jointclear.risk.model.retrain-cron}, off by default) runs on one instance at a time
 * (PostgreSQL advisory lock); the other instances reload the active version instead.
 */
@Service
public class PlatformModels {

    public static final String NAME = "platform-selectivity-gbdt";
    private static final Logger log = LoggerFactory.getLogger(PlatformModels.class);
    /** Advisory lock key of the retraining job ("RISKMODL"). */
    private static final long RETRAIN_LOCK = 0x5249534b4d4f444cL;

    private final JdbcModelVersions versions;
    private final SelectionJournal journal;
    private final ActiveModel active;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int minLabels;
    private final long seed;

    PlatformModels(JdbcModelVersions versions, SelectionJournal journal, ActiveModel active, AuditLog audit,
                   TransactionTemplate transactions, Clock clock,
                   @Value("${jointclear.risk.model.min-labels:200}") int minLabels,
                   @Value("${jointclear.risk.model.seed:42}") long seed) {
        this.versions = versions;
        this.journal = journal;
        this.active = active;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.minLabels = minLabels;
        this.seed = seed;
        reload();
    }

    /** Trains on the journal and activates the new version (ADMIN); 422 below the label minimum. */
    public JdbcModelVersions.ModelVersion trainAndActivate(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw RiskAdministration.forbidden("Only an administrator trains and activates risk models");
        }
        Trained t = transactions.execute(tx -> trainAndStore(actor.username()));
        goLive(t);
        return t.version();
    }

    /** Live selectivity goes back to rules only (ADMIN); the versions stay stored. */
    public void deactivate(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw RiskAdministration.forbidden("Only an administrator deactivates risk models");
        }
        transactions.executeWithoutResult(tx -> {
            versions.deactivate(NAME);
            audit.append(AuditEntry.of(actor, "RISK_MODEL_DEACTIVATED", "RISK_MODEL", NAME, null, Map.of()));
        });
        active.deactivate();
    }

    @Scheduled(cron = "${jointclear.risk.model.retrain-cron:-}")
    void retrainOnSchedule() {
        try {
            Trained t = transactions.execute(tx -> versions.tryTransactionLock(RETRAIN_LOCK) ? trainAndStore("scheduler") : null);
            if (t != null) {
                goLive(t);
                return;
            }
            log.info("risk model retraining runs on another instance; reloading the active version");
        } catch (ProblemException e) {
            log.info("risk model not retrained: {}", e.getMessage());
        }
        reload();
    }

    /** Loads the stored active version (or none) into live selectivity. */
    public void reload() {
        versions.active(NAME).ifPresentOrElse(
                s -> active.activate(PlatformModel.load(s.model(), s.encoding()), s.name() + "/" + s.version()),
                active::deactivate);
    }

    private record Trained(JdbcModelVersions.ModelVersion version, PlatformModel model) {
    }

    /** Live only once the version is committed as the active one. */
    private void goLive(Trained t) {
        active.activate(t.model(), NAME + "/" + t.version().version());
    }

    private Trained trainAndStore(String by) {
        Instant now = clock.instant();
        List<PlatformCase> cases = journal.history(Instant.EPOCH, now.plusSeconds(1)).stream()
                .map(SelectionJournal.Entry::asCase)
                .toList();
        PlatformTraining.Result result = PlatformTraining.train(cases, minLabels, seed);
        String metrics = result.metrics().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        var version = versions.storePlatform(NAME, "xgboost4j 3.4.0 binary:logistic", seed, PlatformModel.settings(seed).toString(),
                "risk.selection journal: " + result.labelled() + " labelled declarations (" + result.hits() + " hits); measured on the newest "
                        + Math.round(PlatformTraining.TEST_SHARE * 100) + " %", metrics, by, now, result.model().bytes(),
                result.model().encodingJson(), result.labelled());
        versions.activate(version.id(), now);
        Map<String, Object> details = Map.of("labelled", result.labelled(), "seed", seed, "metrics", metrics);
        audit.append(AuditEntry.of(by, "RISK_MODEL_ACTIVATED", "RISK_MODEL", NAME + "/" + version.version(), null, details));
        return new Trained(version, result.model());
    }
}
