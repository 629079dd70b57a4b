package io.jointclear.operators.score;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import io.jointclear.risk.PartyScores;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' compliance scores: computed from the platform's own history for every operator it knows (nightly and on
 * demand), stored run by run, read by officials (any operator) and by an operator (its own only), and fed to
 * selectivity as a feature of the importer.
 */
@Service
public class ComplianceScores implements PartyScores {

    private final ScoreStore store;
    private final ScoreSettings settings;
    private final ScoreCalculator calculator;
    private final OperatorDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Map<String, BigDecimal> importerScores;

    ComplianceScores(ScoreStore store, ScoreSettings settings, OperatorDirectory directory, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.calculator = new ScoreCalculator(settings);
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A finished run: when, how many operators, over which days. */
    public record Run(UUID id, java.time.Instant computedAt, int operators, LocalDate windowFrom, LocalDate windowTo) {
    }

    /** Recomputes every score (officers and analysts on demand; the schedule nightly). */
    @Transactional
    public Run recompute(Actor actor) {
        if (!actor.hasAnyRole(Roles.OFFICER_MX, Roles.OFFICER_US, Roles.ANALYST, Roles.ADMIN)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Officers and analysts recompute scores");
        }
        return compute("ON_DEMAND", actor.username());
    }

    /** One run over the window that ends today (in the score's zone) and starts {@code windowMonths} months back. */
    @Transactional
    public Run compute(String trigger, String by) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(settings.zone())));
        LocalDate to = today.plusDays(1);
        LocalDate from = today.withDayOfMonth(1).minusMonths(settings.windowMonths() - 1L);
        UUID runId = UUID.randomUUID();
        List<ScoreStore.Counted> counted = store.count(from, to, settings.zone());
        List<Object[]> rows = new ArrayList<>();
        List<CourierRate> couriers = new ArrayList<>();
        int scored = 0;
        for (ScoreStore.Counted c : counted) {
            boolean courier = c.type().equals(OperatorType.COURIER.name());
            ScoreCalculator.Result r = calculator.score(c.counts(), courier);
            rows.add(new Object[] {runId, c.type(), c.code(), c.month() == null ? null : java.sql.Date.valueOf(c.month()), r.score(),
                    r.evidence(), store.partsJson(r.parts())});
            if (c.month() == null) {
                scored++;
                if (courier) {
                    couriers.add(new CourierRate(c.code(), c.counts().consignments(), c.counts().flagged(), runId));
                }
            }
        }
        java.time.Instant now = clock.instant();
        store.saveRun(runId, now, trigger, by, from, today, scored);
        store.saveScores(runId, rows);
        audit.append(AuditEntry.of(by, "COMPLIANCE_SCORES_COMPUTED", "SCORE_RUN", runId.toString(), null,
                Map.of("operators", scored, "from", from, "to", today, "trigger", trigger)));
        importerScores = null;
        events.publishEvent(new ScoresComputed(runId, List.copyOf(couriers)));
        return new Run(runId, now, scored, from, today);
    }

    /** A courier's irregularity over the window of a run (the proposal policy reads it). */
    public record CourierRate(String courierId, long consignments, long flagged, UUID runId) {
    }

    /** Published after each run, in its transaction. */
    public record ScoresComputed(UUID runId, List<CourierRate> couriers) {
    }

    /** The operator's score with its parts and trend: officials see any, an operator only its own. */
    @Transactional(readOnly = true)
    public OperatorScoreView of(Actor actor, UUID operatorId) {
        OperatorRef operator = operators().byId(operatorId).orElseThrow(() -> new ProblemException(404, "OPERATOR_NOT_FOUND",
                "Operator not found", "No operator " + operatorId + " in the registry"));
        if (!actor.isOfficial() && !isOwn(actor, operator)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "An operator sees its own score only");
        }
        List<ScoreStore.Stored> rows = store.latest(operator.type().name(), operator.code());
        if (rows.isEmpty() || rows.get(0).month() != null) {
            return new OperatorScoreView(operator.id(), operator.type().name(), operator.code(), null, 0, List.of(), List.of(), null, null,
                    null, null);
        }
        ScoreStore.Stored window = rows.get(0);
        List<OperatorScoreView.Month> trend = rows.subList(1, rows.size()).stream()
                .map(r -> new OperatorScoreView.Month(r.month(), r.score(), r.evidence())).toList();
        LocalDate windowTo = LocalDate.ofInstant(window.computedAt(), ZoneId.of(settings.zone()));
        return new OperatorScoreView(operator.id(), operator.type().name(), operator.code(), window.score(), window.evidence(),
                window.parts(), trend, window.runId(), window.computedAt(),
                windowTo.withDayOfMonth(1).minusMonths(settings.windowMonths() - 1L), windowTo);
    }

    /** Whether the operator is the organisation the actor acts for. */
    static boolean isOwn(Actor actor, OperatorRef operator) {
        return switch (operator.type()) {
            case AGENCY -> actor.agency() != null && actor.hasRole(Roles.BROKER) && actor.agency().id().equals(operator.code());
            case CUSTOMS_AGENT -> actor.agency() != null && actor.hasRole(Roles.BROKER) && actor.agency().patentes().contains(operator.code());
            case US_BROKER -> actor.agency() != null && actor.hasRole(Roles.BROKER) && actor.agency().filerCodes().contains(operator.code());
            case CARRIER -> actor.carrier() != null && actor.hasRole(Roles.CARRIER) && actor.carrier().equalsIgnoreCase(operator.code());
            case COURIER -> actor.courier() != null && actor.hasRole(Roles.COURIER) && actor.courier().id().equals(operator.code());
            default -> false;
        };
    }

    @Override
    public OptionalDouble scoreOf(String partyTaxId) {
        Map<String, BigDecimal> scores = importerScores;
        if (scores == null) {
            scores = new ConcurrentHashMap<>(store.latestWindowScores(OperatorType.IMPORTER.name()));
            importerScores = scores;
        }
        BigDecimal s = scores.get(partyTaxId.toUpperCase(java.util.Locale.ROOT));
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s.doubleValue());
    }

    private OperatorDirectory operators() {
        return directory;
    }
}
