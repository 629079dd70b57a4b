package io.jointclear.courier.decisions;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.courier.detection.ReferenceBounds;
import io.jointclear.courier.detection.ValueReference;
import io.jointclear.courier.persistence.CourierDecisionStore;
import io.jointclear.courier.persistence.CourierDecisionStore.Decided;
import io.jointclear.courier.persistence.CourierDecisionStore.Findings;
import io.jointclear.courier.persistence.CourierDecisionStore.Target;
import io.jointclear.risk.RiskOutcomes;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officers' decisions on courier consignments: the officer of the authority the goods enter (MX southbound, US
 * northbound) releases, inspects, holds or sends a consignment to a regular pedimento, with what inspection found.
 * In one transaction: the decision row, the consignment's current decision, the audit entry, the outcome label for
 * the risk engine (a selected consignment's case) and the value reference its findings teach.
 */
@Service
public class ConsignmentDecisions {

    /** Audit action and subject of a decision. */
    public static final String AUDIT_ACTION = "COURIER_CONSIGNMENT_DECIDED";
    public static final String AUDIT_SUBJECT = "COURIER_CONSIGNMENT";
    /** Found value above the declared one by more than this share is a finding (undervaluation). */
    static final BigDecimal VALUE_TOLERANCE = new BigDecimal("1.10");
    /** Findings read to learn one reference (the newest). */
    static final int REFERENCE_WINDOW = 500;

    private final CourierDecisionStore store;
    private final AuditLog audit;
    private final RiskOutcomes outcomes;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int minSample;

    ConsignmentDecisions(CourierDecisionStore store, AuditLog audit, RiskOutcomes outcomes, MessageSource messages,
                         PlatformTransactionManager transactions, Clock clock,
                         @Value("${jointclear.courier.references.min-sample:5}") int minSample) {
        this.store = store;
        this.audit = audit;
        this.outcomes = outcomes;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.minSample = minSample;
    }

    /** Records the decision; a repeat of the current decision with the same findings and note stores nothing. */
    public DecisionView decide(Actor actor, UUID manifestId, DecisionRequest request) {
        DecisionKind kind = DecisionChecks.check(request);
        String guide = request.guide().strip();
        Findings findings = DecisionChecks.findings(request.findings());
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return transactions.execute(tx -> {
            Target target = store.lock(manifestId, guide).orElseThrow(() -> notFound(manifestId, guide));
            Authority authority = "SOUTHBOUND".equals(target.direction()) ? Authority.MX : Authority.US;
            if (!actor.isOfficerOf(authority)) {
                throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only an officer of " + authority
                        + " decides on consignments entering " + (authority == Authority.MX ? "Mexico" : "the United States"));
            }
            if (target.decision() != null) {
                Decided current = store.latest(manifestId, guide).orElseThrow();
                if (current.decision().equals(kind.name()) && Objects.equals(current.findings(), findings)
                        && Objects.equals(current.note(), note)) {
                    return view(current, true, actor);
                }
                DecisionKind before = DecisionKind.valueOf(target.decision());
                if (!before.next().contains(kind)) {
                    throw new ProblemException(409, "COURIER_DECISION_NOT_ALLOWED", "Decision not allowed",
                            "The consignment is under " + before + "; it may go on to " + (before.next().isEmpty() ? "nothing (final)"
                            : before.next().stream().map(Enum::name).sorted().toList()));
                }
            }
            Boolean hit = kind == DecisionKind.INSPECT ? null : hit(kind, target, findings);
            String referenceKey = referenceKey(target, findings);
            Decided decided = store.insert(manifestId, guide, kind.name(), authority.name(), actor.username(), findings,
                    referenceKey, hit, note, clock.instant());
            audit.append(AuditEntry.of(actor, AUDIT_ACTION, AUDIT_SUBJECT, manifestId + "/" + guide, authority, details(decided)));
            if (hit != null && target.riskCase() != null) {
                outcomes.recordOutcome(target.riskCase(), authority, hit);
            }
            if (referenceKey != null) {
                learn(referenceKey);
            }
            return view(decided, false, actor);
        });
    }

    /** The consignment's current decision as the actor may see it, or null when none was taken. */
    public DecisionView current(UUID manifestId, String guide, Actor actor) {
        return store.latest(manifestId, guide).map(d -> view(d, null, actor)).orElse(null);
    }

    /** The decided consignments of a manifest (officials), latest first. */
    public List<DecisionView> decided(UUID manifestId, int limit, Actor actor) {
        return store.decided(manifestId, limit).stream().map(d -> view(d, null, actor)).toList();
    }

    /**
     * Whether the inspection found something: anything but a release, a found value over the declared one by more
     * than 10 %, or another HS subheading than the declared one.
     */
    static boolean hit(DecisionKind kind, Target target, Findings f) {
        if (kind != DecisionKind.RELEASE) {
            return true;
        }
        if (f == null) {
            return false;
        }
        boolean undervalued = f.valueUsd() != null && f.valueUsd().compareTo(target.valueUsd().multiply(VALUE_TOLERANCE)) > 0;
        boolean reclassified = f.hs6() != null && target.hsCode() != null && target.hsCode().length() >= 6
                && !target.hsCode().startsWith(f.hs6());
        return undervalued || reclassified;
    }

    /** The reference the findings teach: found value and weight under the found HS6, else the declared one, else the class. */
    static String referenceKey(Target target, Findings f) {
        if (f == null || f.valueUsd() == null || f.weightKg() == null) {
            return null;
        }
        if (f.hs6() != null) {
            return f.hs6();
        }
        String declared = ValueReference.keyOf(target.hsCode(), null);
        if (declared != null) {
            return declared;
        }
        return ValueReference.descriptionClass(f.description() != null ? f.description() : target.description());
    }

    private void learn(String key) {
        ReferenceBounds.of(key, store.observations(key, REFERENCE_WINDOW), minSample)
                .ifPresent(r -> store.saveReference(r, "inspections: " + r.observations() + " findings (Tukey fences on ln USD/kg)",
                        clock.instant()));
    }

    private DecisionView view(Decided d, Boolean replayed, Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        String instruction = messages.getMessage("courier.decision.instruction." + d.decision(), null, d.decision(), locale);
        if (!actor.isOfficial()) {
            return new DecisionView(d.guide(), d.decision(), d.decidedAt(), instruction, null, null, null, null, null, replayed);
        }
        return new DecisionView(d.guide(), d.decision(), d.decidedAt(), instruction, d.authority(), d.officer(), d.findings(),
                d.hit(), d.note(), replayed);
    }

    private static Map<String, Object> details(Decided d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", d.decision());
        if (d.hit() != null) {
            out.put("hit", d.hit());
        }
        Findings f = d.findings();
        if (f != null) {
            put(out, "foundValueUsd", f.valueUsd());
            put(out, "foundWeightKg", f.weightKg());
            put(out, "foundHs6", f.hs6());
        }
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value instanceof BigDecimal b ? b.toPlainString() : value);
        }
    }

    private static ProblemException notFound(UUID manifestId, String guide) {
        return new ProblemException(404, "CONSIGNMENT_NOT_FOUND", "Consignment not found", "Manifest " + manifestId
                + " has no accepted consignment with guide " + (guide.length() > 60 ? guide.substring(0, 60) + "…" : guide));
    }
}
