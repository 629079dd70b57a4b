package io.jointclear.risk.admin;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.risk.model.ChampionChallenger;
import io.jointclear.risk.model.PlatformCase;
import io.jointclear.risk.model.PlatformModel;
import io.jointclear.risk.model.PlatformTraining;
import io.jointclear.risk.persistence.JdbcModelVersions;
import io.jointclear.risk.selection.ActiveModel;
import io.jointclear.risk.selection.SelectionJournal;
import io.jointclear.shared.Actor;
import io.jointclear.shared.CacheInvalidation;
import io.jointclear.shared.ReloadableCache;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
public class PlatformModels implements ReloadableCache {

    public static final String NAME = "platform-selectivity-gbdt";
    /** Cluster-wide cache name: an activation on any instance goes live on all within seconds. */
    static final String CACHE = "risk.model";
    private static final Logger log = LoggerFactory.getLogger(PlatformModels.class);
    /** Advisory lock key of the retraining job ("RISKMODL"). */
    private static final long RETRAIN_LOCK = 0x5249534b4d4f444cL;

    private final JdbcModelVersions versions;
    private final SelectionJournal journal;
    private final ActiveModel active;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CacheInvalidation caches;
    private final int minLabels;
    private final long seed;
    private final tools.jackson.databind.json.JsonMapper json;
    private final int challengeWeeks;
    private final int challengeMinLabels;

    PlatformModels(JdbcModelVersions versions, SelectionJournal journal, ActiveModel active, AuditLog audit,
                   TransactionTemplate transactions, Clock clock, CacheInvalidation caches,
                   tools.jackson.databind.json.JsonMapper json,
                   @Value("${jointclear.risk.model.min-labels:200}") int minLabels,
                   @Value("${jointclear.risk.model.seed:42}") long seed,
                   @Value("${jointclear.risk.model.challenge-weeks:2}") int challengeWeeks,
                   @Value("${jointclear.risk.model.challenge-min-labels:50}") int challengeMinLabels) {
        this.json = json;
        this.challengeWeeks = challengeWeeks;
        this.challengeMinLabels = challengeMinLabels;
        this.versions = versions;
        this.journal = journal;
        this.active = active;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.caches = caches;
        this.minLabels = minLabels;
        this.seed = seed;
        reload();
    }

    /** Trains on the journal and activates the new version (ADMIN); 422 below the label minimum. */
    public JdbcModelVersions.ModelVersion trainAndActivate(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw RiskAdministration.forbidden("Only an administrator trains and activates risk models");
        }
        Trained t = transactions.execute(tx -> activated(trainAndStore(actor.username()), actor.username()));
        goLive(t);
        return t.version();
    }

    /** A retrained version and what the champion/challenger comparison decided. */
    public record Challenged(JdbcModelVersions.ModelVersion version, boolean activated, String reason, Map<String, Object> metrics) {
    }

    /**
     * Retrains on the journal and activates the new version only if it beats the active one on the last weeks
     * ({@link ChampionChallenger}); the decision is stored with both models' figures (ADMIN, or the schedule).
     */
    public Challenged challenge(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw RiskAdministration.forbidden("Only an administrator retrains risk models");
        }
        return challengeAndGoLive(actor.username());
    }

    public List<JdbcModelVersions.Challenge> challenges() {
        return versions.challenges(NAME, 50);
    }

    private Challenged challengeAndGoLive(String by) {
        ChallengeResult r = transactions.execute(tx -> challengeAndStore(by));
        if (r.challenged().activated()) {
            goLive(r.trained());
        }
        return r.challenged();
    }

    /** Live selectivity goes back to rules only (ADMIN); the versions stay stored. */
    public void deactivate(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw RiskAdministration.forbidden("Only an administrator deactivates risk models");
        }
        transactions.executeWithoutResult(tx -> {
            versions.deactivate(NAME);
            caches.invalidateEverywhere(CACHE);
            audit.append(AuditEntry.of(actor, "RISK_MODEL_DEACTIVATED", "RISK_MODEL", NAME, null, Map.of()));
        });
        active.deactivate();
    }

    @Scheduled(cron = "${jointclear.risk.model.retrain-cron:-}")
    void retrainOnSchedule() {
        try {
            ChallengeResult r = transactions.execute(tx -> versions.tryTransactionLock(RETRAIN_LOCK) ? challengeAndStore("scheduler") : null);
            if (r != null) {
                log.info("risk model retrained: {} {}", r.challenged().activated() ? "activated" : "refused", r.challenged().reason());
                if (r.challenged().activated()) {
                    goLive(r.trained());
                }
                return;
            }
            log.info("risk model retraining runs on another instance; reloading the active version");
        } catch (ProblemException e) {
            log.info("risk model not retrained: {}", e.getMessage());
        }
        reload();
    }

    @Override
    public String cacheName() {
        return CACHE;
    }

    /** Loads the stored active version (or none) into live selectivity. */
    @Override
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

    private List<PlatformCase> journalCases(Instant now) {
        return journal.history(Instant.EPOCH, now.plusSeconds(1)).stream().map(SelectionJournal.Entry::asCase).toList();
    }

    /** Trains on the whole journal (inverse-propensity weights) and stores the version, not yet active. */
    private Trained trainAndStore(String by) {
        Instant now = clock.instant();
        PlatformTraining.Result result = PlatformTraining.train(journalCases(now), minLabels, seed);
        String metrics = json.writeValueAsString(result.metrics());
        var version = versions.storePlatform(NAME, "xgboost4j 3.4.0 binary:logistic, inverse-propensity weights", seed,
                PlatformModel.settings(seed).toString(), "risk.selection journal: " + result.labelled() + " labelled declarations ("
                        + result.hits() + " hits); measured on the newest " + Math.round(PlatformTraining.TEST_SHARE * 100) + " %",
                metrics, by, now, result.model().bytes(), result.model().encodingJson(), result.labelled());
        return new Trained(version, result.model());
    }

    private Trained activated(Trained t, String by) {
        versions.activate(t.version().id(), clock.instant());
        caches.invalidateEverywhere(CACHE);
        Map<String, Object> details = Map.of("seed", seed, "metrics", t.version().metrics());
        audit.append(AuditEntry.of(by, "RISK_MODEL_ACTIVATED", "RISK_MODEL", NAME + "/" + t.version().version(), null, details));
        return t;
    }

    private record ChallengeResult(Trained trained, Challenged challenged) {
    }

    /** Trains a challenger, compares it with the stored active version on the last weeks, stores the decision. */
    private ChallengeResult challengeAndStore(String by) {
        Trained t = trainAndStore(by);
        Instant now = clock.instant();
        Instant recentFrom = now.minus(java.time.Duration.ofDays(7L * challengeWeeks));
        List<PlatformCase> labelled = PlatformTraining.labelled(journalCases(now));
        List<PlatformCase> earlier = labelled.stream().filter(c -> c.at().isBefore(recentFrom)).toList();
        List<PlatformCase> recent = labelled.stream().filter(c -> !c.at().isBefore(recentFrom)).toList();
        var champion = versions.active(NAME).orElse(null);
        long earlierHits = earlier.stream().filter(PlatformCase::hit).count();
        ChampionChallenger.Decision d;
        if (champion != null && (earlierHits == 0 || earlierHits == earlier.size())) {
            d = new ChampionChallenger.Decision(false, "no labels with both outcomes before the last " + challengeWeeks
                    + " weeks to train the challenger's measuring copy on", Map.of("earlierLabelled", earlier.size()));
        } else {
            d = ChampionChallenger.decide(champion == null ? null : PlatformModel.load(champion.model(), champion.encoding()),
                    champion == null ? null : PlatformModel.train(earlier, seed), recent, challengeMinLabels);
        }
        String metrics = json.writeValueAsString(d.metrics());
        versions.storeChallenge(NAME, t.version().version(), champion == null ? null : champion.version(), challengeWeeks, metrics,
                d.activate(), d.reason(), now);
        if (d.activate()) {
            activated(t, by);
        } else {
            audit.append(AuditEntry.of(by, "RISK_MODEL_REFUSED", "RISK_MODEL", NAME + "/" + t.version().version(), null,
                    Map.of("reason", d.reason(), "metrics", metrics)));
        }
        return new ChallengeResult(t, new Challenged(t.version(), d.activate(), d.reason(), d.metrics()));
    }
}
