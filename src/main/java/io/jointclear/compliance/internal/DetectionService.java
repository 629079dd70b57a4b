package io.jointclear.compliance.internal;

import io.jointclear.compliance.DetectionView;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.compliance.DetectionConfirmed;
import io.jointclear.compliance.detection.Finding;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening of declared lines and the analyst's workflow: list, confirm (publishes {@link DetectionConfirmed}
 * once, and the decision becomes a label of the next training), dismiss. Detections are confidential
 * targeting: officials, analysts, auditors and administrators read them; analysts and Mexican officers decide.
 */
@Service
public class DetectionService {

    static final Set<String> READERS = Set.of(Roles.ANALYST, Roles.OFFICER_MX, Roles.OFFICER_US, Roles.AUDITOR, Roles.ADMIN);
    static final Set<String> DECIDERS = Set.of(Roles.ANALYST, Roles.OFFICER_MX);
    static final int MAX_REASON = 2000;
    static final int MAX_LIST = 1000;

    private final DetectionStore store;
    private final ActiveDetector detector;
    private final DetectionTexts texts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    DetectionService(DetectionStore store, ActiveDetector detector, DetectionTexts texts, ApplicationEventPublisher events,
                     AuditLog audit, Clock clock) {
        this.store = store;
        this.detector = detector;
        this.texts = texts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Screens lines not screened before; returns the detections opened. Idempotent per declaration line. */
    @Transactional
    int screen(List<Screened> lines) {
        int opened = 0;
        Instant now = clock.instant();
        for (Screened s : lines) {
            Screened known = s.line().importerSector13() != null ? s : withPadron(s);
            Finding f = detector.get().examine(known.line());
            if (store.screen(known, f.misclassified(), now) && f.misclassified()) {
                store.insert(UUID.randomUUID(), known, f, now);
                opened++;
            }
        }
        return opened;
    }

    private Screened withPadron(Screened s) {
        return store.sector13(s.importerRfc()).map(registered -> new Screened(new io.jointclear.compliance.detection.DeclaredLine(
                s.line().id(), s.line().date(), s.line().description(), s.line().declaredCode(), s.line().quantity(),
                s.line().unit(), s.line().valueUsd(), s.line().origin(), s.line().densityKgL(), s.line().distill90C(),
                s.line().sulfurPpm(), registered, s.line().transport(), s.line().customsOffice()), s.declarationNumber(),
                s.lineNumber(), s.crossingId(), s.importerRfc(), s.filer())).orElse(s);
    }

    public List<DetectionView> list(Actor actor, String status, int limit) {
        requireAny(actor, READERS);
        if (status != null && !Set.of(StoredDetection.OPEN, StoredDetection.CONFIRMED, StoredDetection.DISMISSED).contains(status)) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid list parameter",
                    "status must be OPEN, CONFIRMED or DISMISSED");
        }
        if (limit < 1 || limit > MAX_LIST) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid list parameter",
                    "limit must be between 1 and " + MAX_LIST);
        }
        return store.list(status, limit).stream().map(this::view).toList();
    }

    public io.jointclear.compliance.DetectionSummary summary(Actor actor) {
        requireAny(actor, READERS);
        return store.summary();
    }

    DetectionView get(Actor actor, UUID id) {
        requireAny(actor, READERS);
        return view(found(id));
    }

    @Transactional
    DetectionView confirm(Actor actor, UUID id, String reason) {
        StoredDetection d = decide(actor, id, reason, StoredDetection.CONFIRMED);
        events.publishEvent(new DetectionConfirmed(d.id(), d.crossingId(), d.declarationNumber(), d.line().date(),
                d.importerRfc(), d.line().declaredCode(), d.proposedCode(), d.taxAtStake(), view(d).explanation(),
                actor.username()));
        return view(found(id));
    }

    @Transactional
    DetectionView dismiss(Actor actor, UUID id, String reason) {
        decide(actor, id, reason, StoredDetection.DISMISSED);
        return view(found(id));
    }

    private StoredDetection decide(Actor actor, UUID id, String reason, String status) {
        requireAny(actor, DECIDERS);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ProblemException(400, "INVALID_REQUEST", "Reason required",
                    "A reason of 1 to " + MAX_REASON + " characters is required to confirm or dismiss a detection");
        }
        StoredDetection d = found(id);
        if (!store.decide(id, status, actor.username(), reason.strip(), clock.instant())) {
            throw new ProblemException(409, "DETECTION_ALREADY_DECIDED", "Detection already decided",
                    "Detection " + id + " was already " + found(id).status().toLowerCase(java.util.Locale.ROOT));
        }
        audit.append(new AuditEntry(actor.username(), "DETECTION_" + status, "DETECTION", id.toString(), Authority.MX,
                new TreeMap<>(Map.of("declaration", d.declarationNumber(), "line", String.valueOf(d.lineNumber()),
                        "proposed", d.proposedCode(), "reason", reason.strip()))));
        return d;
    }

    StoredDetection found(UUID id) {
        return store.get(id).orElseThrow(() -> new ProblemException(404, "DETECTION_NOT_FOUND", "Detection not found",
                "No detection " + id));
    }

    static void requireAny(Actor actor, Set<String> roles) {
        if (actor == null || actor.roles().stream().noneMatch(roles::contains)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden",
                    "Misclassification detections are for officials and analysts (confidential targeting)");
        }
    }

    DetectionView view(StoredDetection d) {
        List<DetectionView.EvidenceText> evidence = texts.evidence(d.evidence());
        return new DetectionView(d.id(), d.declarationNumber(), d.lineNumber(), d.crossingId(), d.line().date(),
                d.importerRfc(), d.line().description(), d.line().declaredCode(), d.proposedCode(), d.family(),
                d.taxAtStake() == null ? null : new DetectionView.Money(d.taxAtStake(), "MXN"),
                texts.explanation(d, evidence), evidence, d.score().doubleValue(), d.status(), d.decidedBy(), d.decidedAt(),
                d.decisionReason(), d.detectedAt());
    }
}
