package io.jointclear.operators.proceedings;

import io.jointclear.audit.AuditEntry;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.proceedings.Proceeding.Cause;
import io.jointclear.operators.proceedings.Proceeding.Evidence;
import io.jointclear.operators.registry.DemoRegistry;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.score.ComplianceScores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO proceedings (profile {@code demo} only; every cause and document says DEMO): the resolved case that cancelled
 * patente 3999 of broker3's agency on 15 September 2025 (arts. 164-167 LA), and an open cancellation case against the
 * courier envios-pacifico (RGCE rule 3.7.3) notified a few business days ago, so its argument period is running.
 * Once the demo couriers have filed for a while, the scores are computed and the courier's irregularity rates and
 * score are attached to its case as evidence.
 */
@Component
@Profile("demo")
class DemoProceedings implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoProceedings.class);
    static final String DEMO_COURIER = "envios-pacifico";
    static final UUID COURIER_PROCEEDING = UUID.nameUUIDFromBytes("DEMO proceeding envios-pacifico".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
    static final LocalDate PATENTE_3999_OPENED = LocalDate.of(2025, 6, 2);
    static final LocalDate PATENTE_3999_NOTIFIED = LocalDate.of(2025, 6, 4);
    /** How long the demo couriers file before the courier's figures are attached. */
    static final Duration EVIDENCE_AFTER = Duration.ofMinutes(3);

    private final ProceedingStore store;
    private final Proceedings proceedings;
    private final ProceedingTerms terms;
    private final OperatorRegistry registry;
    private final ComplianceScores scores;
    private final EvidenceCheck evidence;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Thread follower;

    DemoProceedings(ProceedingStore store, Proceedings proceedings, ProceedingTerms terms, OperatorRegistry registry,
                    ComplianceScores scores, EvidenceCheck evidence, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.terms = terms;
        this.registry = registry;
        this.scores = scores;
        this.evidence = evidence;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        tx.executeWithoutResult(s -> {
            cancelledPatente();
            openCourierCase();
        });
        follower = Thread.ofPlatform().name("demo-proceedings").daemon(true).start(this::attachFiguresLater);
    }

    @Override
    public void destroy() {
        Thread t = follower;
        if (t != null) {
            t.interrupt();
        }
    }

    private void cancelledPatente() {
        UUID id = DemoRegistry.PATENTE_3999_PROCEEDING;
        Optional<io.jointclear.operators.registry.Authorisation> patente = registry.authorisation(AuthorisationKind.PATENTE, "3999");
        if (store.find(id).isPresent() || patente.isEmpty()) {
            return;
        }
        OperatorRef agent = registry.byId(patente.get().operatorId()).orElseThrow();
        Instant now = clock.instant();
        Proceeding p = Proceeding.open(id, agent, "3999", LegalBasis.ARTS_164_167_LA, List.of(
                new Cause("OMITTED_TAXES", "DEMO: IGI and IVA omitted above the art. 165 LA threshold, found at reconocimiento"),
                new Cause("FALSE_IMPORTER_DATA", "DEMO: pedimentos filed with an importer RFC not matching the goods' owner")),
                AuditEntry.SYSTEM, PATENTE_3999_OPENED, now);
        p.attach(new Evidence("DOCUMENT", "DEMO-ANAM-ACG-2025-0457", "DEMO: acta de inicio of the patente proceeding", AuditEntry.SYSTEM, now),
                PATENTE_3999_OPENED);
        p.notified(AuditEntry.SYSTEM, PATENTE_3999_NOTIFIED, now, terms);
        p.argumentsReceived(AuditEntry.SYSTEM, LocalDate.of(2025, 6, 17), now, "DEMO: the agent alleged the importer supplied the data",
                terms);
        List<AuthorisationSanctioned> sanctions = p.resolve(AuditEntry.SYSTEM, DemoRegistry.PATENTE_3999_CANCELLED_FROM, now,
                Proceeding.Outcome.CANCELLED, null, "DEMO: omitted taxes proven; liability under art. 53 LA", terms);
        store.insert(p);
        proceedings.audit(p, 0);
        sanctions.forEach(events::publishEvent);
        log.info("DEMO proceeding {}: patente 3999 cancelled from {}", id, DemoRegistry.PATENTE_3999_CANCELLED_FROM);
    }

    private void openCourierCase() {
        if (store.find(COURIER_PROCEEDING).isPresent()) {
            return;
        }
        Optional<OperatorRef> courier = registry.find(io.jointclear.operators.OperatorType.COURIER, DEMO_COURIER);
        Optional<io.jointclear.operators.registry.Authorisation> registration = courier.flatMap(c -> registrationOf(c));
        if (registration.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // opened two business days before notification; notified 4 business days ago: the 10-day period is running
        LocalDate notified = back(today, 4);
        LocalDate opened = back(notified, 2);
        Proceeding p = Proceeding.open(COURIER_PROCEEDING, courier.get(), registration.get().number(), LegalBasis.RGCE_3_7_3, List.of(
                new Cause("IRREGULAR_OPERATIONS", "DEMO: consignments split below the USD 117 threshold to one consignee"),
                new Cause("INCONSISTENCIES", "DEMO: origin declared US for goods shipped from Asia (false USMCA claim)")),
                AuditEntry.SYSTEM, opened, now);
        p.attach(new Evidence("DOCUMENT", "DEMO-ANAM-ACOA-2026-1182", "DEMO: acta de irregularidades of the courier's manifests",
                AuditEntry.SYSTEM, now), opened);
        p.notified(AuditEntry.SYSTEM, notified, now, terms);
        store.insert(p);
        proceedings.audit(p, 0);
        log.info("DEMO proceeding {}: cancellation case against courier {} open, arguments due {}", COURIER_PROCEEDING, DEMO_COURIER,
                p.argumentsDue);
    }

    private Optional<io.jointclear.operators.registry.Authorisation> registrationOf(OperatorRef courier) {
        return proceedings.authorisationOf(courier, registry.view(courier.id(), CourierProposals.PLATFORM).authorisations().stream()
                .filter(a -> a.kind() == AuthorisationKind.COURIER_REGISTRATION).map(a -> a.number()).findFirst().orElse(""));
    }

    /** The business day {@code n} business days before {@code day}. */
    private LocalDate back(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; ) {
            d = d.minusDays(1);
            if (terms.isBusinessDay(d)) {
                i++;
            }
        }
        return d;
    }

    /** After the demo couriers filed for a while: scores, then the courier's figures as evidence of its case. */
    private void attachFiguresLater() {
        try {
            Thread.sleep(EVIDENCE_AFTER);
            ComplianceScores.Run run = scores.compute("DEMO", AuditEntry.SYSTEM);
            tx.executeWithoutResult(s -> store.find(COURIER_PROCEEDING).filter(p -> p.status == Proceeding.Status.OPEN
                    && p.evidence.stream().noneMatch(e -> e.kind().equals("SCORE"))).ifPresent(p -> {
                OperatorRef courier = registry.byId(p.operatorId).orElseThrow();
                int before = p.steps.size();
                try {
                    p.attach(evidence.checked(new ProceedingRequests.EvidenceBody("COURIER_IRREGULARITY", DEMO_COURIER, null), courier,
                            AuditEntry.SYSTEM, clock.instant(), "evidence"), LocalDate.now(clock));
                } catch (io.jointclear.shared.ProblemException noManifests) {
                    log.info("DEMO proceeding: courier {} has no manifests yet, no irregularity figures attached", DEMO_COURIER);
                }
                try {
                    p.attach(evidence.checked(new ProceedingRequests.EvidenceBody("SCORE", run.id().toString(), null), courier,
                            AuditEntry.SYSTEM, clock.instant(), "evidence"), LocalDate.now(clock));
                } catch (io.jointclear.shared.ProblemException noHistory) {
                    log.info("DEMO proceeding: courier {} has no history scored yet, no score attached", DEMO_COURIER);
                }
                store.update(p);
                proceedings.audit(p, before);
            }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("DEMO proceedings: figures not attached: {}", e.getMessage());
        }
    }
}
